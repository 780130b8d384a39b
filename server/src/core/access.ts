import { Role } from '@nuanxin/shared';
import type { Actor } from './context.js';
import { forbidden } from './errors.js';

/** What an actor may do. Where they may do it is the data gate's business (their subtree). */
export type Permission =
  | 'data.read'
  | 'data.write'
  | 'sensitive.reveal'
  | 'units.manage'
  | 'accounts.manage'
  | 'apiClients.manage'
  | 'audit.read';

// DOMAIN.md section 2: administrators manage units, accounts and settings; case workers enter
// data; viewers read and report; API clients read, or read and write, by their scope.
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SYSTEM_ADMIN: [
    'data.read',
    'data.write',
    'sensitive.reveal',
    'units.manage',
    'accounts.manage',
    'apiClients.manage',
    'audit.read',
  ],
  UNIT_ADMIN: [
    'data.read',
    'data.write',
    'sensitive.reveal',
    'units.manage',
    'accounts.manage',
    'apiClients.manage',
    'audit.read',
  ],
  CASE_WORKER: ['data.read', 'data.write', 'sensitive.reveal'],
  VIEWER: ['data.read'],
};

/** Whether the actor holds the permission through any role (or, for API clients, its scope). */
export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'apiClient') {
    return (
      permission === 'data.read' || (permission === 'data.write' && actor.scope === 'read_write')
    );
  }
  return actor.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/** Throws FORBIDDEN unless the actor holds the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden(`Missing permission: ${permission}`);
}

/** Roles an administrator may grant: never more than they hold themselves. */
export function grantableRoles(actor: Actor): Role[] {
  if (actor.kind !== 'account') return [];
  if (actor.roles.includes(Role.SYSTEM_ADMIN))
    return [Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.CASE_WORKER, Role.VIEWER];
  if (actor.roles.includes(Role.UNIT_ADMIN))
    return [Role.UNIT_ADMIN, Role.CASE_WORKER, Role.VIEWER];
  return [];
}
