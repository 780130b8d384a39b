import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role, UnitKind } from '@nuanxin/shared';
import { Account } from '../modules/accounts/account.entity.js';
import { hashPassword } from '../modules/auth/password-hasher.js';
import { Unit } from '../modules/units/unit.entity.js';
import { DataGate, SYSTEM_SCOPE } from './data-gate.js';

export type BootstrapResult =
  { created: false } | { created: true; username: string; generatedPassword: string | undefined };

/** A random password that meets the policy: letters of both cases, digits and a symbol. */
function generatePassword(): string {
  return `Nx-${randomBytes(12).toString('base64url')}7a`;
}

/**
 * On an empty database, creates the root unit (全国) and the `admin` system administrator.
 * Runs in one transaction and takes a lock, so two servers starting together create one admin.
 */
export async function bootstrap(
  dataSource: DataSource,
  adminPassword?: string,
): Promise<BootstrapResult> {
  return new DataGate(dataSource).run(SYSTEM_SCOPE, async ({ manager: m }) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('nuanxin.bootstrap'))`);
    if ((await m.count(Unit)) > 0) return { created: false };
    const root = m.create(Unit, {
      code: '000000',
      name: '全国',
      kind: UnitKind.NATIONAL,
      parentId: null,
    });
    await m.insert(Unit, root);
    const password = adminPassword ?? generatePassword();
    await m.insert(Account, {
      username: 'admin',
      displayName: '系统管理员',
      unitId: root.id,
      roles: [Role.SYSTEM_ADMIN],
      passwordHash: await hashPassword(password),
      // A generated password was shown on a console: it should be replaced at first sign-in.
      mustChangePassword: adminPassword === undefined,
    });
    return {
      created: true,
      username: 'admin',
      generatedPassword: adminPassword ? undefined : password,
    };
  });
}
