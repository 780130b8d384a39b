import { Role } from '@nuanxin/shared';

// Mirrors server/src/core/access.ts: case workers and administrators enter data and may unmask
// ID numbers and phones; viewers only read.
const WRITER_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.CASE_WORKER];

/** Whether the account may create, edit, transfer and close files and record assessments. */
export function canWriteHouseholds(roles: readonly Role[]): boolean {
  return roles.some((role) => WRITER_ROLES.includes(role));
}

/** Whether the account may ask for an unmasked ID number or phone (every reveal is audited). */
export function canRevealSensitive(roles: readonly Role[]): boolean {
  return roles.some((role) => WRITER_ROLES.includes(role));
}
