import {
  FAMILY_CATEGORIES,
  type FamilyCategory,
  HARDSHIP_LEVELS,
  type HardshipLevel,
  HOUSEHOLD_STATUSES,
  type HouseholdStatus,
  isEnumValue,
  RESIDENCE_TYPES,
  type ResidenceType,
  RISK_LEVELS,
  type RiskLevel,
} from '@nuanxin/shared';
import type { HouseholdFilter, HouseholdSort } from '../../gql/graphql';

export const HOUSEHOLD_SORTS = [
  'FILE_NUMBER',
  'REGISTERED_ON_DESC',
  'RISK',
] as const satisfies readonly HouseholdSort[];
export const DEFAULT_SORT: HouseholdSort = 'FILE_NUMBER';

/**
 * Age bands of a living parent. 49 and over is the hospital nursing insurance's threshold
 * (DOMAIN.md section 6); the others are the usual ten-year bands of the reports.
 */
export const AGE_BANDS = {
  '49+': { min: 49 },
  lt60: { max: 59 },
  '60-69': { min: 60, max: 69 },
  '70-79': { min: 70, max: 79 },
  '80+': { min: 80 },
} as const satisfies Record<string, { min?: number; max?: number }>;
export type AgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_KEYS = Object.keys(AGE_BANDS) as AgeBand[];

/** The household list's filters, sort and page as they appear in the URL. */
export type HouseholdListParams = {
  search?: string;
  unitId?: string;
  categories: FamilyCategory[];
  hardshipLevels: HardshipLevel[];
  residenceTypes: ResidenceType[];
  riskLevels: RiskLevel[];
  /** Empty: the server's default, files in the register (ACTIVE). */
  statuses: HouseholdStatus[];
  ageBand?: AgeBand;
  livingAlone?: boolean;
  sort: HouseholdSort;
  /** The `after` cursors of the pages visited, oldest first; empty on the first page. */
  cursors: string[];
};

export const EMPTY_LIST_PARAMS: HouseholdListParams = {
  categories: [],
  hardshipLevels: [],
  residenceTypes: [],
  riskLevels: [],
  statuses: [],
  sort: DEFAULT_SORT,
  cursors: [],
};

const SEARCH_MAX_LENGTH = 50;
// Cursors are base64url (server/src/core/pagination.ts); anything else is not one of ours.
const CURSOR = /^[A-Za-z0-9_-]{1,500}$/;

function readList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]) {
  const raw = params.get(key)?.split(',') ?? [];
  return [...new Set(raw.filter((value): value is T => isEnumValue(allowed, value)))];
}

/** Reads the list state from the query string, ignoring values that make no sense. */
export function readHouseholdParams(params: URLSearchParams): HouseholdListParams {
  const search = params.get('q')?.trim().slice(0, SEARCH_MAX_LENGTH);
  const age = params.get('age');
  const alone = params.get('alone');
  const sort = params.get('sort');
  return {
    search: search || undefined,
    unitId: params.get('unit') || undefined,
    categories: readList(params, 'category', FAMILY_CATEGORIES),
    hardshipLevels: readList(params, 'hardship', HARDSHIP_LEVELS),
    residenceTypes: readList(params, 'residence', RESIDENCE_TYPES),
    riskLevels: readList(params, 'risk', RISK_LEVELS),
    statuses: readList(params, 'status', HOUSEHOLD_STATUSES),
    ageBand: isEnumValue(AGE_BAND_KEYS, age) ? age : undefined,
    livingAlone: alone === '1' ? true : alone === '0' ? false : undefined,
    sort: isEnumValue(HOUSEHOLD_SORTS, sort) ? sort : DEFAULT_SORT,
    cursors: params.getAll('after').filter((cursor) => CURSOR.test(cursor)),
  };
}

/** The query string for the list state; empty values are left out, so a clean list has a clean URL. */
export function writeHouseholdParams(values: HouseholdListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (values.search) params.set('q', values.search);
  if (values.unitId) params.set('unit', values.unitId);
  const lists = [
    ['category', values.categories],
    ['hardship', values.hardshipLevels],
    ['residence', values.residenceTypes],
    ['risk', values.riskLevels],
    ['status', values.statuses],
  ] as const;
  for (const [key, list] of lists) if (list.length) params.set(key, list.join(','));
  if (values.ageBand) params.set('age', values.ageBand);
  if (values.livingAlone !== undefined) params.set('alone', values.livingAlone ? '1' : '0');
  if (values.sort !== DEFAULT_SORT) params.set('sort', values.sort);
  for (const cursor of values.cursors) params.append('after', cursor);
  return params;
}

/** Whether any filter narrows the list (the sort and page do not count). */
export function hasActiveFilter(values: HouseholdListParams): boolean {
  return (
    !!values.search ||
    !!values.unitId ||
    values.categories.length > 0 ||
    values.hardshipLevels.length > 0 ||
    values.residenceTypes.length > 0 ||
    values.riskLevels.length > 0 ||
    values.statuses.length > 0 ||
    !!values.ageBand ||
    values.livingAlone !== undefined
  );
}

/** The GraphQL filter for the list state. */
export function toHouseholdFilter(values: HouseholdListParams): HouseholdFilter {
  const band = values.ageBand ? AGE_BANDS[values.ageBand] : undefined;
  const orNull = <T>(list: T[]) => (list.length ? list : null);
  return {
    search: values.search ?? null,
    unitId: values.unitId ?? null,
    categories: orNull(values.categories),
    hardshipLevels: orNull(values.hardshipLevels),
    residenceTypes: orNull(values.residenceTypes),
    riskLevels: orNull(values.riskLevels),
    statuses: orNull(values.statuses),
    minParentAge: band && 'min' in band ? band.min : null,
    maxParentAge: band && 'max' in band ? band.max : null,
    livingAlone: values.livingAlone ?? null,
  };
}
