import { UNIT_KINDS, type UnitKind } from '@nuanxin/shared';

/**
 * Which kinds may sit directly under which (DOMAIN.md section 2). A copy of the server's table
 * in server/src/modules/units/unit.service.ts, which refuses anything else with
 * NOT_ALLOWED_UNDER_PARENT; keep the two alike.
 */
export const ALLOWED_CHILD_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  NATIONAL: ['PROVINCE'],
  PROVINCE: ['CITY', 'DISTRICT', 'FUNCTIONAL_ZONE'],
  CITY: ['DISTRICT', 'FUNCTIONAL_ZONE', 'ENTERPRISE', 'TOWN'],
  DISTRICT: ['TOWN', 'FUNCTIONAL_ZONE', 'ENTERPRISE'],
  FUNCTIONAL_ZONE: ['TOWN', 'ENTERPRISE', 'VILLAGE'],
  ENTERPRISE: ['TOWN', 'VILLAGE'],
  TOWN: ['VILLAGE'],
  VILLAGE: [],
};

/** The kinds a unit of `kind` may be moved under. */
export function parentKindsFor(kind: UnitKind): UnitKind[] {
  return UNIT_KINDS.filter((parent) => ALLOWED_CHILD_KINDS[parent].includes(kind));
}

/** Division and statistical codes are digits only (2 to 20), as the server checks. */
export const UNIT_CODE_PATTERN = /^\d{2,20}$/;
