import { UNIT_KINDS } from '@nuanxin/shared';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CHILD_KINDS, parentKindsFor } from './unit-rules';

describe('unit kinds', () => {
  it('follow the tree of DOMAIN.md section 2, as the server does', () => {
    expect(ALLOWED_CHILD_KINDS).toEqual({
      NATIONAL: ['PROVINCE'],
      PROVINCE: ['CITY', 'DISTRICT', 'FUNCTIONAL_ZONE'],
      CITY: ['DISTRICT', 'FUNCTIONAL_ZONE', 'ENTERPRISE', 'TOWN'],
      DISTRICT: ['TOWN', 'FUNCTIONAL_ZONE', 'ENTERPRISE'],
      FUNCTIONAL_ZONE: ['TOWN', 'ENTERPRISE', 'VILLAGE'],
      ENTERPRISE: ['TOWN', 'VILLAGE'],
      TOWN: ['VILLAGE'],
      VILLAGE: [],
    });
  });

  it('name the parents a unit may move under', () => {
    expect(parentKindsFor('TOWN')).toEqual(['CITY', 'DISTRICT', 'FUNCTIONAL_ZONE', 'ENTERPRISE']);
    expect(parentKindsFor('VILLAGE')).toEqual(['FUNCTIONAL_ZONE', 'ENTERPRISE', 'TOWN']);
    expect(parentKindsFor('NATIONAL')).toEqual([]);
    for (const kind of UNIT_KINDS) {
      for (const parent of parentKindsFor(kind)) {
        expect(ALLOWED_CHILD_KINDS[parent]).toContain(kind);
      }
    }
  });
});
