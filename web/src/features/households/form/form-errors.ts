import { type HouseholdViolation, todayInShanghai, validateHousehold } from '@nuanxin/shared';
import type { CombinedError } from 'urql';
import { errorDetail } from '../../../graphql/errors';
import { serverFieldPath } from '../../../graphql/form-errors';
import {
  formToHouseholdFields,
  type HouseholdFormValues,
  MEMBER_FIELDS,
  memberFieldName,
  memberIndex,
  type MemberList,
} from './form-values';

/** A field of the form, as antd names it: `address`, `['parents', 1, 'idNumber']`. */
export type FormFieldName = string | (string | number)[];

/** Household fields with a form field of the same name (money is typed in yuan). */
const HOUSEHOLD_FORM_FIELDS: Record<string, string> = {
  unitId: 'unitId',
  category: 'category',
  categoryChangeReason: 'categoryChangeReason',
  registeredOn: 'registeredOn',
  address: 'address',
  phone: 'phone',
  residenceType: 'residenceType',
  livingArrangement: 'livingArrangement',
  tags: 'tags',
  incomeSources: 'incomeSources',
  yearlyIncomeFen: 'yearlyIncome',
  debtFen: 'debt',
  debtNote: 'debtNote',
  hardshipLevel: 'hardshipLevel',
  biggestDifficulty: 'biggestDifficulty',
  needs: 'needs',
  elderCareWish: 'elderCareWish',
  wishes: 'wishes',
  familyDoctorName: 'familyDoctorName',
  familyDoctorPhone: 'familyDoctorPhone',
  familyDoctorSignedOn: 'familyDoctorSignedOn',
};

const CONTACT_FIELDS = ['kind', 'name', 'phone', 'organization'];

/**
 * The form field a violation path points at (`members.3.idNumber` → the first child's ID
 * number), or undefined for rules about the file as a whole (`members`: no parent, no child).
 */
export function formFieldOf(
  path: string,
  values: Pick<HouseholdFormValues, 'parents' | 'children' | 'contacts'>,
): FormFieldName | undefined {
  const parts = serverFieldPath(path).split('.');
  const [head, index, field] = parts;
  if (head === 'members' && index !== undefined && field !== undefined) {
    const member = memberFieldName(values, Number(index));
    if (!member || !(MEMBER_FIELDS as readonly string[]).includes(field)) return undefined;
    return [...member, field];
  }
  if (head === 'contacts' && index !== undefined && field !== undefined) {
    const i = Number(index);
    if (!Number.isInteger(i) || i >= (values.contacts?.length ?? 0)) return undefined;
    return CONTACT_FIELDS.includes(field) ? ['contacts', i, field] : undefined;
  }
  if (head === 'tags') return 'tags';
  if (parts.length === 1 && head) return HOUSEHOLD_FORM_FIELDS[head];
  return undefined;
}

/** The API path of a form field, to find its violations. */
export function violationPathOf(
  name: FormFieldName,
  values: Pick<HouseholdFormValues, 'parents' | 'children'>,
): string[] {
  if (typeof name === 'string') {
    const paths = Object.entries(HOUSEHOLD_FORM_FIELDS)
      .filter(([, formName]) => formName === name)
      .map(([path]) => path);
    return name === 'tags' ? ['tags'] : paths;
  }
  const [list, index, field] = name;
  if (list === 'contacts') return [`contacts.${index}.${field}`];
  return [`members.${memberIndex(values, list as MemberList, Number(index))}.${field}`];
}

/** Every rule of the shared validation, on the form as it stands. */
export function validateForm(values: HouseholdFormValues, today = todayInShanghai()) {
  return validateHousehold(formToHouseholdFields(values), { today });
}

/** The violations that belong to a form field (the tags field takes each tag's). */
export function violationsOf(
  violations: HouseholdViolation[],
  name: FormFieldName,
  values: HouseholdFormValues,
): HouseholdViolation[] {
  const paths = violationPathOf(name, values);
  return violations.filter((v) =>
    paths.some((path) => v.field === path || (path === 'tags' && v.field.startsWith('tags.'))),
  );
}

/** Violations of the file as a whole, which no single field can show. */
export function fileViolations(
  violations: HouseholdViolation[],
  values: HouseholdFormValues,
): HouseholdViolation[] {
  return violations.filter((v) => formFieldOf(v.field, values) === undefined);
}

export type ServerViolation = { field: string; reason?: string; message: string };

/**
 * The violations of a BAD_USER_INPUT error: every one of `extensions.violations`, or the single
 * field the error names.
 */
export function serverViolations(error: CombinedError): ServerViolation[] {
  const { code, field, reason, extensions } = errorDetail(error);
  if (code !== 'BAD_USER_INPUT') return [];
  const list = Array.isArray(extensions.violations) ? extensions.violations : [];
  const parsed = list.flatMap((item): ServerViolation[] => {
    const v = item as Partial<ServerViolation> | null;
    return v && typeof v.field === 'string' && typeof v.message === 'string'
      ? [{ field: v.field, reason: v.reason, message: v.message }]
      : [];
  });
  if (parsed.length) return parsed;
  const message = error.graphQLErrors[0]?.message;
  return field && message ? [{ field, reason, message }] : [];
}
