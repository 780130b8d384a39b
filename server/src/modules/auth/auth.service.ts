import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError } from '../../core/errors.js';
import type { AccountActor, RequestMeta } from '../../core/context.js';
import { withTransaction } from '../../core/transaction.js';
import { Account } from '../accounts/account.entity.js';
import { Session } from './session.entity.js';
import { verifyAgainstDummy, verifyPassword } from './password-hasher.js';

export const SESSION_COOKIE = 'nuanxin_session';
const TOKEN_PREFIX = 'nx_';
/** Failures in a row before an account is locked, and for how long (DOMAIN.md section 2). */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;
/** Sliding expiry is written back at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () =>
  new AppError('UNAUTHENTICATED', 'Invalid username or password', {
    reason: 'INVALID_CREDENTIALS',
  });

export type SignIn = { token: string; expiresAt: Date; account: Account };

export type AuthServiceOptions = { sessionIdleMinutes: number };

/** Sign-in, sessions and sign-out. */
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: AuthServiceOptions,
  ) {}

  private get idleMs() {
    return this.options.sessionIdleMinutes * 60_000;
  }

  /** Checks the password and opens a session; counts failures and locks after too many. */
  async login(username: string, password: string, meta: RequestMeta): Promise<SignIn> {
    const name = username.trim();
    if (!name || !password) throw invalidCredentials();
    const accounts = this.dataSource.getRepository(Account);
    const account = await accounts
      .createQueryBuilder('a')
      .where('lower(a.username) = lower(:name)', { name })
      .getOne();
    if (!account) {
      await verifyAgainstDummy(password);
      throw invalidCredentials();
    }
    const now = new Date();
    if (account.lockedUntil && account.lockedUntil > now) {
      await verifyAgainstDummy(password);
      throw new AppError(
        'UNAUTHENTICATED',
        `Account locked after ${MAX_FAILED_SIGN_INS} failed sign-ins; try again later`,
        { reason: 'ACCOUNT_LOCKED', lockedUntil: account.lockedUntil.toISOString() },
      );
    }
    const ok = await verifyPassword(account.passwordHash, password);
    if (!ok || !account.isActive) {
      if (!ok) await this.recordFailure(account.id);
      throw invalidCredentials();
    }
    return withTransaction(this.dataSource, async (m) => {
      await m.update(Account, account.id, {
        failedSignIns: 0,
        lockedUntil: null,
        lastSignInAt: now,
      });
      const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + this.idleMs);
      await m.insert(Session, {
        tokenHash: hashToken(token),
        accountId: account.id,
        lastSeenAt: now,
        expiresAt,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      });
      const fresh = await m.findOneOrFail(Account, {
        where: { id: account.id },
        relations: { unit: true },
      });
      return { token, expiresAt, account: fresh };
    });
  }

  private async recordFailure(accountId: string) {
    // One statement, so concurrent failures cannot lose a count.
    await this.dataSource.query(
      `UPDATE account SET failed_sign_ins = failed_sign_ins + 1,
         locked_until = CASE WHEN failed_sign_ins + 1 >= $2
           THEN now() + make_interval(mins => $3) ELSE locked_until END
       WHERE id = $1`,
      [accountId, MAX_FAILED_SIGN_INS, LOCKOUT_MINUTES],
    );
  }

  /** Resolves a bearer or cookie token to the acting account; null if unknown, expired or revoked. */
  async authenticate(token: string | undefined): Promise<AccountActor | null> {
    if (!token || !token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const rows: Array<{
      session_id: string;
      account_id: string;
      unit_id: string;
      roles: string[];
      last_seen_at: Date;
    }> = await this.dataSource.query(
      `SELECT s.id AS session_id, a.id AS account_id, a.unit_id, a.roles, s.last_seen_at
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.is_active`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.query(
        `UPDATE session SET last_seen_at = now(), expires_at = now() + make_interval(secs => $2)
          WHERE id = $1`,
        [row.session_id, this.idleMs / 1000],
      );
    }
    return {
      kind: 'account',
      accountId: row.account_id,
      unitId: row.unit_id,
      roles: row.roles as AccountActor['roles'],
      sessionId: row.session_id,
    };
  }

  /** Ends a session server-side; its token stops working at once. */
  async logout(sessionId: string): Promise<void> {
    await this.dataSource
      .getRepository(Session)
      .update({ id: sessionId }, { revokedAt: new Date() });
  }

  /** The signed-in account with its unit. */
  async currentAccount(actor: AccountActor): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOne({
      where: { id: actor.accountId },
      relations: { unit: true },
    });
  }
}
