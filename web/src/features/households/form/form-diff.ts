import { type MemberRelation, normalizeIdNumber, toHalfWidth } from '@nuanxin/shared';
import {
  allMembers,
  type ContactFormValues,
  emptySensitive,
  formToHouseholdFields,
  HOUSEHOLD_FIELDS,
  type HouseholdField,
  type HouseholdFormValues,
  MEMBER_FIELDS,
  type MemberField,
  memberFields,
  type MemberFormValues,
  newMemberKey,
  type SensitiveValue,
  splitMembers,
  yuanFieldToFen,
} from './form-values';

// What changed between two versions of the form, and how to reapply the user's changes on a
// newer version (the "someone saved first" dialog).

const blank = (value: string | null | undefined): string | null => {
  const v = value?.trim() ?? '';
  return v === '' ? null : v;
};

/** The value a sensitive field compares as: its masked form while it is what is stored. */
function comparable(field: SensitiveValue | undefined): string | null {
  if (!field) return null;
  if (!field.isUnlocked) return field.masked;
  const typed = blank(toHalfWidth(field.value));
  if (field.revealed !== null && typed !== null && field.revealed === typed) return field.masked;
  if (field.revealed !== null && typed !== null) {
    // An ID number typed with a lower-case x is the same number.
    if (normalizeIdNumber(field.revealed) === normalizeIdNumber(typed)) return field.masked;
  }
  return typed;
}

function sorted<T extends string>(list: T[] | undefined): T[] {
  return [...(list ?? [])].sort();
}

/** The household's own fields as comparable values (API names, fen, masked sensitive values). */
function comparableHousehold(values: HouseholdFormValues): Record<HouseholdField, unknown> {
  const fields = formToHouseholdFields(values);
  const yuan = (text: string | undefined) => {
    const fen = yuanFieldToFen(text);
    return fen === undefined ? (text?.trim() ?? null) : fen;
  };
  return {
    category: fields.category ?? null,
    registeredOn: fields.registeredOn || null,
    address: fields.address || null,
    phone: comparable(values.phone),
    residenceType: fields.residenceType ?? null,
    livingArrangement: fields.livingArrangement ?? null,
    tags: fields.tags,
    incomeSources: sorted(fields.incomeSources ?? []),
    yearlyIncomeFen: yuan(values.yearlyIncome),
    debtFen: yuan(values.debt),
    debtNote: fields.debtNote,
    hardshipLevel: fields.hardshipLevel ?? null,
    biggestDifficulty: fields.biggestDifficulty,
    needs: sorted(fields.needs ?? []),
    elderCareWish: fields.elderCareWish,
    wishes: fields.wishes,
    familyDoctorName: fields.familyDoctorName,
    familyDoctorPhone: fields.familyDoctorPhone,
    familyDoctorSignedOn: fields.familyDoctorSignedOn,
  };
}

function comparableMember(m: MemberFormValues): Record<MemberField, unknown> {
  const fields = memberFields(m);
  return {
    relation: fields.relation ?? null,
    name: fields.name || null,
    sex: fields.sex ?? null,
    ethnicity: fields.ethnicity,
    idNumber: comparable(m.idNumber),
    birthDate: fields.birthDate,
    birthdayCalendar: fields.birthdayCalendar,
    phone: comparable(m.phone),
    maritalStatus: fields.maritalStatus,
    healthStatus: fields.healthStatus,
    chronicDiseases: fields.chronicDiseases,
    mentalState: fields.mentalState,
    hobbies: fields.hobbies,
    hasPension: fields.hasPension,
    hasMedicalInsurance: fields.hasMedicalInsurance,
    usesSmartphone: fields.usesSmartphone,
    usesWechat: fields.usesWechat,
    isDeceased: fields.isDeceased,
    deathDate: fields.deathDate,
    causeOfDeath: fields.causeOfDeath,
    disabilityType: fields.disabilityType,
    disabilityGrade: fields.disabilityGrade,
    note: fields.note,
  };
}

function comparableContacts(values: HouseholdFormValues): unknown {
  return formToHouseholdFields(values).contacts ?? [];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** One difference between two versions of the form, named by API field. */
export type FormChange =
  | { kind: 'household'; field: HouseholdField; old: unknown; new: unknown }
  | {
      kind: 'member';
      key: string;
      name: string;
      field: MemberField;
      old: unknown;
      new: unknown;
    }
  | { kind: 'memberAdded'; key: string; name: string; relation: MemberRelation | null }
  | { kind: 'memberRemoved'; key: string; name: string; relation: MemberRelation | null }
  | { kind: 'contacts'; old: ContactFormValues[]; new: ContactFormValues[] };

/** What differs from `from` to `to`, field by field; members are matched by their key. */
export function formChanges(from: HouseholdFormValues, to: HouseholdFormValues): FormChange[] {
  const changes: FormChange[] = [];
  const a = comparableHousehold(from);
  const b = comparableHousehold(to);
  for (const field of HOUSEHOLD_FIELDS) {
    if (!same(a[field], b[field]))
      changes.push({ kind: 'household', field, old: a[field], new: b[field] });
  }
  const before = new Map(allMembers(from).map((m) => [m.key, m]));
  const after = new Map(allMembers(to).map((m) => [m.key, m]));
  for (const [key, m] of after) {
    const old = before.get(key);
    const name = m.name?.trim() || old?.name?.trim() || '';
    if (!old) {
      changes.push({ kind: 'memberAdded', key, name, relation: m.relation ?? null });
      continue;
    }
    const x = comparableMember(old);
    const y = comparableMember(m);
    for (const field of MEMBER_FIELDS) {
      if (!same(x[field], y[field]))
        changes.push({ kind: 'member', key, name, field, old: x[field], new: y[field] });
    }
  }
  for (const [key, m] of before) {
    if (!after.has(key))
      changes.push({
        kind: 'memberRemoved',
        key,
        name: m.name?.trim() ?? '',
        relation: m.relation ?? null,
      });
  }
  if (!same(comparableContacts(from), comparableContacts(to))) {
    changes.push({ kind: 'contacts', old: from.contacts, new: to.contacts });
  }
  return changes;
}

/** Whether the user changed anything since `base`. */
export function isFormChanged(base: HouseholdFormValues, current: HouseholdFormValues): boolean {
  return (
    formChanges(base, current).length > 0 ||
    (current.categoryChangeReason?.trim() ?? '') !== (base.categoryChangeReason?.trim() ?? '') ||
    (current.unitId ?? null) !== (base.unitId ?? null)
  );
}

/** A change's identity, to tell whether both sides changed the same thing. */
export function changeKey(change: FormChange): string {
  switch (change.kind) {
    case 'household':
      return change.field;
    case 'member':
      return `members.${change.key}.${change.field}`;
    case 'memberAdded':
    case 'memberRemoved':
      return `members.${change.key}`;
    case 'contacts':
      return 'contacts';
  }
}

/** The form fields behind each household field (money is typed in yuan). */
const FORM_FIELDS: Record<HouseholdField, keyof HouseholdFormValues> = {
  category: 'category',
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

function mergeMember(
  base: MemberFormValues,
  mine: MemberFormValues,
  theirs: MemberFormValues,
): MemberFormValues {
  const b = comparableMember(base);
  const m = comparableMember(mine);
  const merged: MemberFormValues = { ...theirs };
  for (const field of MEMBER_FIELDS) {
    if (!same(b[field], m[field])) Object.assign(merged, { [field]: mine[field] });
  }
  return merged;
}

/**
 * Reapplies the user's edits on top of a newer version: every field the user changed since
 * `base` keeps the user's value; every other field takes the newer version's. Members are
 * matched by id; members the user added stay, those the user removed stay removed, and those
 * added by someone else are kept.
 */
export function mergeFormValues(
  base: HouseholdFormValues,
  mine: HouseholdFormValues,
  theirs: HouseholdFormValues,
): HouseholdFormValues {
  const merged: HouseholdFormValues = {
    ...theirs,
    categoryChangeReason: mine.categoryChangeReason,
  };
  const b = comparableHousehold(base);
  const m = comparableHousehold(mine);
  for (const field of HOUSEHOLD_FIELDS) {
    if (!same(b[field], m[field])) {
      const name = FORM_FIELDS[field];
      Object.assign(merged, { [name]: mine[name] });
    }
  }
  if (!same(comparableContacts(base), comparableContacts(mine))) merged.contacts = mine.contacts;

  const baseMembers = new Map(allMembers(base).map((x) => [x.key, x]));
  const theirMembers = new Map(allMembers(theirs).map((x) => [x.key, x]));
  const myKeys = new Set(allMembers(mine).map((x) => x.key));
  const members: MemberFormValues[] = [];
  for (const member of allMembers(mine)) {
    const before = baseMembers.get(member.key);
    const current = theirMembers.get(member.key);
    if (!before) members.push(member);
    else if (current) members.push(mergeMember(before, member, current));
    else if (!same(comparableMember(before), comparableMember(member))) {
      // Removed by someone else but edited here: keep the user's work as a new member. The
      // stored ID number and phone went with the removed member; what was not typed is empty.
      const unlocked = (field: SensitiveValue) => (field.isUnlocked ? field : emptySensitive());
      members.push({
        ...member,
        id: undefined,
        key: newMemberKey(),
        idNumber: unlocked(member.idNumber),
        phone: unlocked(member.phone),
      });
    }
  }
  for (const member of allMembers(theirs)) {
    if (!baseMembers.has(member.key) && !myKeys.has(member.key)) members.push(member);
  }
  return { ...merged, ...splitMembers(members) };
}
