import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { Role, UnitKind } from '@nuanxin/shared';
import { DataGate, SYSTEM_SCOPE } from '../core/data-gate.js';
import { Account } from '../modules/accounts/account.entity.js';
import { hashPassword } from '../modules/auth/password-hasher.js';
import { Unit } from '../modules/units/unit.entity.js';

/** Runs test set-up or assertions as system work (row-level security sees every unit). */
export function asSystem<T>(
  ds: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return new DataGate(ds).run(SYSTEM_SCOPE, (tx) => work(tx.manager));
}

const suffix = () => randomBytes(3).toString('hex');

/** A unit; without a parent it becomes a root. Path and depth come back from the database. */
export async function buildUnit(
  ds: DataSource,
  attrs: Partial<Pick<Unit, 'name' | 'kind' | 'code' | 'parentId' | 'isActive'>> = {},
): Promise<Unit> {
  return new DataGate(ds).run(SYSTEM_SCOPE, async ({ manager }) => {
    const units = manager.getRepository(Unit);
    const unit = units.create({
      name: attrs.name ?? `测试单位${suffix()}`,
      kind: attrs.kind ?? (attrs.parentId ? UnitKind.TOWN : UnitKind.NATIONAL),
      code: attrs.code ?? null,
      parentId: attrs.parentId ?? null,
      isActive: attrs.isActive ?? true,
    });
    await units.insert(unit);
    return units.findOneByOrFail({ id: unit.id });
  });
}

export const TEST_PASSWORD = 'Correct-Horse-42';

/** An account in the given unit (a new root unit when none is given), with a known password. */
export async function buildAccount(
  ds: DataSource,
  attrs: Partial<Pick<Account, 'username' | 'displayName' | 'roles' | 'isActive' | 'unitId'>> & {
    password?: string;
  } = {},
): Promise<Account & { password: string }> {
  const unitId = attrs.unitId ?? (await buildUnit(ds)).id;
  const password = attrs.password ?? TEST_PASSWORD;
  const passwordHash = await hashPassword(password);
  return new DataGate(ds).run(SYSTEM_SCOPE, async ({ manager }) => {
    const accounts = manager.getRepository(Account);
    const account = accounts.create({
      username: attrs.username ?? `user_${suffix()}`,
      displayName: attrs.displayName ?? `测试用户${suffix()}`,
      unitId,
      roles: attrs.roles ?? [Role.CASE_WORKER],
      isActive: attrs.isActive ?? true,
      passwordHash,
    });
    await accounts.insert(account);
    return Object.assign(await accounts.findOneByOrFail({ id: account.id }), { password });
  });
}
