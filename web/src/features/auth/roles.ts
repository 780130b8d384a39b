import { Role } from '@nuanxin/shared';

const ADMINISTRATOR_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.UNIT_ADMIN];

/** Administrators manage units, accounts, API clients and read the audit log (server/core/access.ts). */
export function isAdministrator(roles: readonly Role[]): boolean {
  return roles.some((role) => ADMINISTRATOR_ROLES.includes(role));
}

/**
 * Roles this user may give others: never more than they hold. Mirrors the server's
 * `grantableRoles`, which refuses anything else with FORBIDDEN.
 */
export function grantableRoles(roles: readonly Role[]): Role[] {
  if (roles.includes(Role.SYSTEM_ADMIN)) {
    return [Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.CASE_WORKER, Role.VIEWER];
  }
  if (roles.includes(Role.UNIT_ADMIN)) return [Role.UNIT_ADMIN, Role.CASE_WORKER, Role.VIEWER];
  return [];
}
