import { describe, expect, it } from 'vitest';
import {
  CAUSES_OF_DEATH,
  ERROR_CODES,
  FAMILY_CATEGORIES,
  HARDSHIP_LEVELS,
  HOUSEHOLD_STATUSES,
  isEnumValue,
  LIVING_ARRANGEMENTS,
  MARITAL_STATUSES,
  RESIDENCE_TYPES,
  RISK_LEVELS,
  Role,
  ROLES,
  SEXES,
  UNIT_KINDS,
} from './enums.js';
import {
  causeOfDeathLabels,
  errorCodeLabels,
  familyCategoryLabels,
  hardshipLevelLabels,
  householdStatusLabels,
  livingArrangementLabels,
  maritalStatusLabels,
  residenceTypeLabels,
  riskLevelLabels,
  roleLabels,
  sexLabels,
  unitKindLabels,
} from './labels.js';

describe('enums and labels', () => {
  const pairs: Array<[string, readonly string[], Record<string, string>]> = [
    ['UnitKind', UNIT_KINDS, unitKindLabels],
    ['Role', ROLES, roleLabels],
    ['FamilyCategory', FAMILY_CATEGORIES, familyCategoryLabels],
    ['ResidenceType', RESIDENCE_TYPES, residenceTypeLabels],
    ['LivingArrangement', LIVING_ARRANGEMENTS, livingArrangementLabels],
    ['HardshipLevel', HARDSHIP_LEVELS, hardshipLevelLabels],
    ['HouseholdStatus', HOUSEHOLD_STATUSES, householdStatusLabels],
    ['Sex', SEXES, sexLabels],
    ['RiskLevel', RISK_LEVELS, riskLevelLabels],
    ['CauseOfDeath', CAUSES_OF_DEATH, causeOfDeathLabels],
    ['MaritalStatus', MARITAL_STATUSES, maritalStatusLabels],
    ['ErrorCode', ERROR_CODES, errorCodeLabels],
  ];

  it.each(pairs)('%s: every value has a distinct, non-empty label', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    const texts = values.map((v) => labels[v]);
    expect(texts.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('lists values in declaration order, each equal to its key', () => {
    expect(UNIT_KINDS).toEqual([
      'NATIONAL',
      'PROVINCE',
      'CITY',
      'DISTRICT',
      'FUNCTIONAL_ZONE',
      'ENTERPRISE',
      'TOWN',
      'VILLAGE',
    ]);
    expect(Object.entries(Role).every(([k, v]) => k === v)).toBe(true);
  });

  it('labels unit kinds as the UI expects', () => {
    expect(UNIT_KINDS.map((k) => unitKindLabels[k]).join('/')).toBe(
      '全国/省/市/区县/功能区/驻地企业/镇街/村居',
    );
  });

  it('guards enum values', () => {
    expect(isEnumValue(ROLES, 'VIEWER')).toBe(true);
    expect(isEnumValue(ROLES, 'viewer')).toBe(false);
    expect(isEnumValue(ROLES, undefined)).toBe(false);
  });
});
