import {
  BIRTHDAY_CALENDARS,
  CAUSES_OF_DEATH,
  CONTACT_KINDS,
  DISABILITY_TYPES,
  ELDER_CARE_WISHES,
  FAMILY_CATEGORIES,
  formatFen,
  HARDSHIP_LEVELS,
  HOUSEHOLD_STATUSES,
  INCOME_SOURCES,
  isEnumValue,
  LIVING_ARRANGEMENTS,
  MARITAL_STATUSES,
  MEMBER_RELATIONS,
  NEEDS,
  RESIDENCE_TYPES,
  RISK_LEVELS,
  SEXES,
} from '@nuanxin/shared';
import type { TFunction } from 'i18next';

/** The enums of a household file, by their key under `households.enum` in the locale files. */
export const ENUMS = {
  category: FAMILY_CATEGORIES,
  status: HOUSEHOLD_STATUSES,
  risk: RISK_LEVELS,
  hardship: HARDSHIP_LEVELS,
  residence: RESIDENCE_TYPES,
  living: LIVING_ARRANGEMENTS,
  relation: MEMBER_RELATIONS,
  sex: SEXES,
  marital: MARITAL_STATUSES,
  calendar: BIRTHDAY_CALENDARS,
  cause: CAUSES_OF_DEATH,
  disability: DISABILITY_TYPES,
  need: NEEDS,
  income: INCOME_SOURCES,
  elderCare: ELDER_CARE_WISHES,
  contactKind: CONTACT_KINDS,
} as const;
export type EnumName = keyof typeof ENUMS;

/** Which enum a field's values belong to (household, member, history and assessment fields). */
const FIELD_ENUMS: Record<string, EnumName> = {
  category: 'category',
  fromCategory: 'category',
  toCategory: 'category',
  status: 'status',
  riskLevel: 'risk',
  hardshipLevel: 'hardship',
  residenceType: 'residence',
  livingArrangement: 'living',
  relation: 'relation',
  sex: 'sex',
  maritalStatus: 'marital',
  birthdayCalendar: 'calendar',
  causeOfDeath: 'cause',
  disabilityType: 'disability',
  needs: 'need',
  incomeSources: 'income',
  elderCareWish: 'elderCare',
  kind: 'contactKind',
};

const MONEY_FIELDS = new Set(['yearlyIncomeFen', 'debtFen']);

/** An enum value's label in the current language, or the value itself if unknown. */
export function enumLabel(t: TFunction, name: EnumName, value: string): string {
  const values = ENUMS[name] as readonly string[];
  return isEnumValue(values, value) ? t(`households.enum.${name}.${value}` as never) : value;
}

const GRADES = [1, 2, 3, 4] as const;

/** A disability grade as the certificate writes it: 一级 to 四级. */
export function gradeLabel(t: TFunction, grade: number): string {
  const known = GRADES.find((g) => g === grade);
  return known ? t(`households.grade.${known}`) : String(grade);
}

/** A field's value as text for the differences and the history: labels, yuan, 是/否, "—". */
export function formatFieldValue(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    return (
      value.map((item) => formatFieldValue(field, item, t)).join(t('households.separator')) || '—'
    );
  }
  if (typeof value === 'boolean') return value ? t('households.yes') : t('households.no');
  if (MONEY_FIELDS.has(field) && typeof value === 'number' && Number.isSafeInteger(value)) {
    return formatFen(value);
  }
  if (field === 'disabilityGrade' && typeof value === 'number') return gradeLabel(t, value);
  const enumName = FIELD_ENUMS[field];
  if (enumName && typeof value === 'string') return enumLabel(t, enumName, value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
