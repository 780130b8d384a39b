import type { DataSource } from 'typeorm';
import { grantableRoles, requirePermission } from '../../core/access.js';
import type { Caller } from '../../core/context.js';
import { DataGate, scopeOf, type ScopedTx } from '../../core/data-gate.js';
import { isUniqueViolation } from '../../core/db-errors.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { decodeCursor, toConnection, type Connection } from '../../core/pagination.js';
import { diff, type AuditService } from '../audit/audit.service.js';
import { checkPasswordPolicy, revokeSessions } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password-hasher.js';
import { Unit } from '../units/unit.entity.js';
import { checkVersion, escapeLike, isUuid } from '../units/unit.service.js';
import { Account } from './account.entity.js';
import type { AccountFilter, CreateAccountInput, UpdateAccountInput } from './account.inputs.js';

const AUDITED_FIELDS: (keyof Account & string)[] = [
  'username',
  'displayName',
  'phone',
  'unitId',
  'roles',
  'isActive',
  'mustChangePassword',
];

/** Accounts of the administrator's subtree: who may sign in, where, with which roles. */
export class AccountService {
  private readonly gate: DataGate;

  constructor(
    dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.gate = new DataGate(dataSource);
  }

  private async load(tx: ScopedTx, id: string): Promise<Account> {
    if (!isUuid(id)) throw notFound('Account');
    const account = await tx
      .restrict(
        tx.manager
          .createQueryBuilder(Account, 'a')
          .innerJoinAndSelect('a.unit', 'u')
          .where('a.id = :id', { id })
          .setLock('pessimistic_write', undefined, ['a']),
        'u',
      )
      .getOne();
    if (!account) throw notFound('Account');
    return account;
  }

  private async unitInScope(tx: ScopedTx, id: string, field: string): Promise<Unit> {
    const unit = isUuid(id)
      ? await tx
          .restrict(tx.manager.createQueryBuilder(Unit, 'u').where('u.id = :id', { id }), 'u')
          .getOne()
      : null;
    // Outside the subtree reads exactly like missing, so ids leak nothing.
    if (!unit) throw notFound('Unit');
    if (!unit.isActive) throw badInput(field, 'UNIT_INACTIVE', 'The unit is inactive');
    return unit;
  }

  private checkRoles(caller: Caller, roles: readonly string[], field: string) {
    const allowed = grantableRoles(caller.actor);
    const extra = roles.filter((r) => !allowed.includes(r as never));
    if (extra.length) throw forbidden(`You cannot grant ${extra.join(', ')}`);
    if (new Set(roles).size !== roles.length)
      throw badInput(field, 'DUPLICATE', 'A role is listed twice');
  }

  /** An account in the caller's subtree. */
  async get(caller: Caller, id: string): Promise<Account> {
    requirePermission(caller.actor, 'accounts.manage');
    return this.gate.run(scopeOf(caller.actor), (tx) => this.load(tx, id));
  }

  /** Accounts in the caller's subtree, by username. */
  async list(
    caller: Caller,
    filter: AccountFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<Account>> {
    requirePermission(caller.actor, 'accounts.manage');
    const cursor = decodeCursor(after);
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const qb = tx.restrict(
        tx.manager.createQueryBuilder(Account, 'a').innerJoinAndSelect('a.unit', 'u'),
        'u',
      );
      if (filter.unitId) {
        const unit = await this.unitInScope(tx, filter.unitId, 'filter.unitId').catch(() => {
          throw notFound('Unit');
        });
        qb.andWhere('u.path LIKE :unitPrefix', { unitPrefix: `${unit.path}%` });
      }
      if (filter.role) qb.andWhere(':role = ANY(a.roles)', { role: filter.role });
      if (filter.isActive != null)
        qb.andWhere('a.is_active = :isActive', { isActive: filter.isActive });
      if (filter.search) {
        qb.andWhere('(a.username ILIKE :search OR a.display_name LIKE :search)', {
          search: `%${escapeLike(filter.search)}%`,
        });
      }
      const totalCount = await qb.getCount();
      if (cursor) qb.andWhere('lower(a.username) > :after', { after: String(cursor[0]) });
      const rows = await qb
        .addSelect('lower(a.username)', 'username_key')
        .orderBy('username_key')
        .take(first + 1)
        .getMany();
      return toConnection(rows, first, totalCount, (a) => [a.username.toLowerCase()]);
    });
  }

  /** Creates an account in the caller's subtree; the person changes the password at first sign-in. */
  async create(caller: Caller, input: CreateAccountInput): Promise<Account> {
    requirePermission(caller.actor, 'accounts.manage');
    this.checkRoles(caller, input.roles, 'input.roles');
    checkPasswordPolicy('input.password', input.password, input.username);
    const passwordHash = await hashPassword(input.password);
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const unit = await this.unitInScope(tx, input.unitId, 'input.unitId');
      const account = tx.manager.create(Account, {
        username: input.username,
        displayName: input.displayName.trim(),
        phone: input.phone ?? null,
        unitId: unit.id,
        roles: input.roles,
        passwordHash,
        mustChangePassword: true,
      });
      try {
        await tx.manager.insert(Account, account);
      } catch (err) {
        if (isUniqueViolation(err, 'account_username_idx')) {
          throw conflict('This username is taken', {
            field: 'input.username',
            reason: 'DUPLICATE_USERNAME',
          });
        }
        throw err;
      }
      const created = await this.load(tx, account.id);
      await this.audit.record(tx, caller, {
        action: 'account.create',
        entityType: 'Account',
        entityId: created.id,
        unitId: created.unitId,
        changes: diff(null, created, AUDITED_FIELDS),
      });
      return created;
    });
  }

  /** Changes an account's name, phone, unit or roles. */
  async update(caller: Caller, input: UpdateAccountInput): Promise<Account> {
    requirePermission(caller.actor, 'accounts.manage');
    if (input.roles) this.checkRoles(caller, input.roles, 'input.roles');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const before = await this.load(tx, input.id);
      checkVersion(before, input.version);
      const isSelf = caller.actor.kind === 'account' && caller.actor.accountId === before.id;
      if (isSelf && (input.roles || input.unitId))
        throw forbidden('You cannot change your own roles or unit');
      // Demoting an administrator with more rights than yours is granting in reverse.
      this.checkRoles(caller, before.roles, 'input.roles');
      const patch: Partial<Account> = { version: before.version + 1 };
      if (input.displayName != null) patch.displayName = input.displayName.trim();
      if (input.phone !== undefined) patch.phone = input.phone;
      if (input.roles) patch.roles = input.roles;
      if (input.unitId)
        patch.unitId = (await this.unitInScope(tx, input.unitId, 'input.unitId')).id;
      await tx.manager.update(Account, before.id, patch);
      const after = await this.load(tx, before.id);
      if (input.roles || input.unitId) await revokeSessions(tx, before.id); // rights changed: sign in again
      await this.audit.record(tx, caller, {
        action: 'account.update',
        entityType: 'Account',
        entityId: after.id,
        unitId: after.unitId,
        changes: diff(before, after, AUDITED_FIELDS),
      });
      return after;
    });
  }

  /** Enables or disables an account; disabling ends all its sessions at once. */
  async setActive(caller: Caller, id: string, isActive: boolean): Promise<Account> {
    requirePermission(caller.actor, 'accounts.manage');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const before = await this.load(tx, id);
      if (caller.actor.kind === 'account' && caller.actor.accountId === id)
        throw forbidden('You cannot disable yourself');
      this.checkRoles(caller, before.roles, 'roles');
      await tx.manager.update(Account, id, {
        isActive,
        version: before.version + 1,
        ...(isActive ? { failedSignIns: 0, lockedUntil: null } : {}),
      });
      if (!isActive) await revokeSessions(tx, id);
      const after = await this.load(tx, id);
      await this.audit.record(tx, caller, {
        action: isActive ? 'account.enable' : 'account.disable',
        entityType: 'Account',
        entityId: id,
        unitId: after.unitId,
        changes: diff(before, after, AUDITED_FIELDS),
      });
      return after;
    });
  }

  /** An administrator sets a new password: it must be changed at next sign-in; sessions end; the lock lifts. */
  async resetPassword(caller: Caller, id: string, newPassword: string): Promise<Account> {
    requirePermission(caller.actor, 'accounts.manage');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const before = await this.load(tx, id);
      this.checkRoles(caller, before.roles, 'roles');
      checkPasswordPolicy('newPassword', newPassword, before.username);
      await tx.manager.update(Account, id, {
        passwordHash: await hashPassword(newPassword),
        passwordChangedAt: new Date(),
        mustChangePassword: true,
        failedSignIns: 0,
        lockedUntil: null,
        version: before.version + 1,
      });
      await revokeSessions(tx, id);
      const after = await this.load(tx, id);
      await this.audit.record(tx, caller, {
        action: 'account.reset_password',
        entityType: 'Account',
        entityId: id,
        unitId: after.unitId,
        changes: diff(before, after, AUDITED_FIELDS),
      });
      return after;
    });
  }
}
