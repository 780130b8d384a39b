import type { DataSource } from 'typeorm';
import { validatePassword } from '@nuanxin/shared';
import type { AccountActor, Actor, Caller, RequestMeta } from '../../core/context.js';
import { DataGate, SYSTEM_SCOPE, type ScopedTx } from '../../core/data-gate.js';
import { AppError, badInput } from '../../core/errors.js';
import { Account } from '../accounts/account.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { Session } from './session.entity.js';
import { API_CLIENT_SECRET_PREFIX, hashToken, newToken, SESSION_TOKEN_PREFIX } from './tokens.js';

export const SESSION_COOKIE = 'nuanxin_session';
/** Failures in a row before an account is locked, and for how long (DOMAIN.md section 2). */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

const invalidCredentials = () =>
  new AppError('UNAUTHENTICATED', 'Invalid username or password', {
    reason: 'INVALID_CREDENTIALS',
  });

export type SignIn = { token: string; expiresAt: Date; account: Account };

export type AuthServiceOptions = { sessionIdleMinutes: number; passwordMaxAgeDays: number };

/** Sign-in, sessions, API client credentials on each request, and password changes. */
export class AuthService {
  private readonly gate: DataGate;

  constructor(
    dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly options: AuthServiceOptions,
  ) {
    this.gate = new DataGate(dataSource);
  }

  private get idleMs() {
    return this.options.sessionIdleMinutes * 60_000;
  }

  /** Checks the password and opens a session; counts failures and locks after too many. */
  async login(username: string, password: string, meta: RequestMeta): Promise<SignIn> {
    const name = username.trim();
    if (!name || !password) throw invalidCredentials();
    // Sign-in happens before anyone's scope is known: the lookup is system work.
    const outcome = await this.gate.run(SYSTEM_SCOPE, async (tx) => {
      const account = await tx.manager
        .createQueryBuilder(Account, 'a')
        .where('lower(a.username) = lower(:name)', { name })
        .setLock('pessimistic_write')
        .getOne();
      if (!account) {
        await verifyAgainstDummy(password);
        await this.audit.record(
          tx,
          { actor: null, meta },
          {
            action: 'auth.login_failed',
            details: { username: name.slice(0, 64), reason: 'UNKNOWN_USER' },
          },
        );
        return { error: invalidCredentials() };
      }
      const who = { actor: null, meta };
      const now = new Date();
      if (account.lockedUntil && account.lockedUntil > now) {
        await verifyAgainstDummy(password);
        await this.audit.record(
          tx,
          who,
          this.loginEntry(account, 'auth.login_failed', { reason: 'LOCKED' }),
        );
        return {
          error: new AppError(
            'UNAUTHENTICATED',
            `Account locked after ${MAX_FAILED_SIGN_INS} failed sign-ins; try again later`,
            {
              reason: 'ACCOUNT_LOCKED',
              lockedUntil: account.lockedUntil.toISOString(),
            },
          ),
        };
      }
      if (!(await verifyPassword(account.passwordHash, password))) {
        const failures = account.failedSignIns + 1;
        const lockedUntil =
          failures >= MAX_FAILED_SIGN_INS
            ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000)
            : account.lockedUntil;
        await tx.manager.update(Account, account.id, { failedSignIns: failures, lockedUntil });
        await this.audit.record(
          tx,
          who,
          this.loginEntry(account, 'auth.login_failed', { reason: 'WRONG_PASSWORD', failures }),
        );
        return { error: invalidCredentials() };
      }
      if (!account.isActive) {
        await this.audit.record(
          tx,
          who,
          this.loginEntry(account, 'auth.login_failed', { reason: 'DISABLED' }),
        );
        return { error: invalidCredentials() };
      }
      await tx.manager.update(Account, account.id, {
        failedSignIns: 0,
        lockedUntil: null,
        lastSignInAt: now,
      });
      const token = newToken(SESSION_TOKEN_PREFIX);
      const expiresAt = new Date(now.getTime() + this.idleMs);
      await tx.manager.insert(Session, {
        tokenHash: hashToken(token),
        accountId: account.id,
        lastSeenAt: now,
        expiresAt,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      });
      await this.audit.record(tx, who, this.loginEntry(account, 'auth.login'));
      const fresh = await tx.manager.findOneOrFail(Account, {
        where: { id: account.id },
        relations: { unit: true },
      });
      return { signIn: { token, expiresAt, account: fresh } };
    });
    // The failure is recorded (committed) first, then reported.
    if ('error' in outcome) throw outcome.error;
    return outcome.signIn;
  }

  private loginEntry(account: Account, action: string, details?: Record<string, unknown>) {
    return {
      action,
      entityType: 'Account',
      entityId: account.id,
      unitId: account.unitId,
      details: { username: account.username, ...details },
    };
  }

  /** Resolves a session token or API client secret to its actor; null if unknown, expired or revoked. */
  async authenticate(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    if (token.startsWith(API_CLIENT_SECRET_PREFIX)) {
      const [row] = (await this.gate.run(SYSTEM_SCOPE, (tx) =>
        tx.manager.query(`SELECT * FROM nuanxin_api_client_actor($1)`, [hashToken(token)]),
      )) as Array<{
        client_id: string;
        name: string;
        unit_id: string;
        unit_path: string;
        scope: 'read' | 'read_write';
      }>;
      return row
        ? {
            kind: 'apiClient',
            clientId: row.client_id,
            name: row.name,
            unitId: row.unit_id,
            unitPath: row.unit_path,
            scope: row.scope,
          }
        : null;
    }
    if (!token.startsWith(SESSION_TOKEN_PREFIX)) return null;
    const [row] = (await this.gate.run(SYSTEM_SCOPE, (tx) =>
      tx.manager.query(`SELECT * FROM nuanxin_session_actor($1, $2)`, [
        hashToken(token),
        this.idleMs / 1000,
      ]),
    )) as Array<{
      session_id: string;
      account_id: string;
      display_name: string;
      unit_id: string;
      unit_path: string;
      roles: AccountActor['roles'];
      must_change_password: boolean;
      password_changed_at: Date;
    }>;
    if (!row) return null;
    return {
      kind: 'account',
      accountId: row.account_id,
      name: row.display_name,
      unitId: row.unit_id,
      unitPath: row.unit_path,
      roles: row.roles,
      mustChangePassword: row.must_change_password || this.isExpired(row.password_changed_at),
      sessionId: row.session_id,
    };
  }

  /** Passwords expire (DOMAIN.md section 2): an old one is treated like one an administrator set. */
  private isExpired(changedAt: Date): boolean {
    const maxAgeDays = this.options.passwordMaxAgeDays;
    return maxAgeDays > 0 && Date.now() - changedAt.getTime() > maxAgeDays * 86_400_000;
  }

  /** Ends a session server-side; its token stops working at once. */
  async logout(caller: Caller & { actor: AccountActor }): Promise<void> {
    await this.gate.run(SYSTEM_SCOPE, async (tx) => {
      await tx.manager.update(Session, { id: caller.actor.sessionId }, { revokedAt: new Date() });
      await this.audit.record(tx, caller, {
        action: 'auth.logout',
        entityType: 'Account',
        entityId: caller.actor.accountId,
        unitId: caller.actor.unitId,
      });
    });
  }

  /** The signed-in account with its unit. */
  async currentAccount(actor: AccountActor): Promise<Account | null> {
    const account = await this.gate.run(SYSTEM_SCOPE, (tx) =>
      tx.manager.findOne(Account, { where: { id: actor.accountId }, relations: { unit: true } }),
    );
    // An expired password shows as one to change, as the server enforces it.
    if (account) account.mustChangePassword = actor.mustChangePassword;
    return account;
  }

  /**
   * A user changes their own password: the current one is checked, the new one must meet the
   * policy, and every other session of the account ends.
   */
  async changePassword(
    caller: Caller & { actor: AccountActor },
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const { actor } = caller;
    await this.gate.run(SYSTEM_SCOPE, async (tx) => {
      const account = await tx.manager.findOneByOrFail(Account, { id: actor.accountId });
      if (!(await verifyPassword(account.passwordHash, currentPassword))) {
        throw badInput('currentPassword', 'WRONG_PASSWORD', 'The current password is wrong');
      }
      checkPasswordPolicy('newPassword', newPassword, account.username);
      if (await verifyPassword(account.passwordHash, newPassword)) {
        throw badInput(
          'newPassword',
          'SAME_AS_CURRENT',
          'The new password must differ from the current one',
        );
      }
      await tx.manager.update(Account, account.id, {
        passwordHash: await hashPassword(newPassword),
        passwordChangedAt: new Date(),
        mustChangePassword: false,
      });
      await revokeSessions(tx, account.id, actor.sessionId);
      await this.audit.record(tx, caller, {
        action: 'account.change_password',
        entityType: 'Account',
        entityId: account.id,
        unitId: account.unitId,
      });
    });
  }
}

/** BAD_USER_INPUT naming the field and the first rule the password breaks. */
export function checkPasswordPolicy(field: string, password: string, username: string): void {
  const failures = validatePassword(password, { username });
  const first = failures[0];
  if (first) throw badInput(field, first.rule, first.message);
}

/** Ends every session of an account (but one, when given): after a password change or deactivation. */
export async function revokeSessions(
  tx: ScopedTx,
  accountId: string,
  exceptSessionId?: string,
): Promise<void> {
  const qb = tx.manager
    .createQueryBuilder()
    .update(Session)
    .set({ revokedAt: () => 'now()' })
    .where('account_id = :accountId AND revoked_at IS NULL', { accountId });
  if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
  await qb.execute();
}
