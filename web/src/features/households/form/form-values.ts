import {
  type BirthdayCalendar,
  type CauseOfDeath,
  type ContactKind,
  type DisabilityType,
  type ElderCareWish,
  type FamilyCategory,
  fenToYuanString,
  type HardshipLevel,
  type HouseholdFields,
  type IncomeSource,
  type LivingArrangement,
  type MaritalStatus,
  type MemberFields,
  type MemberRelation,
  type Need,
  normalizeIdNumber,
  parseYuan,
  type ResidenceType,
  type Sex,
  toHalfWidth,
} from '@nuanxin/shared';
import type { HouseholdDetailFieldsFragment } from '../../../gql/graphql';

/**
 * An ID number or phone as the form holds it. A stored value arrives masked and stays unseen
 * (`isUnlocked` false) unless the user chooses to change it; `revealed` then remembers the stored
 * value, so looking at it is not mistaken for changing it.
 */
export type SensitiveValue = {
  /** The masked stored value, or null when nothing is stored (and for new members). */
  masked: string | null;
  isUnlocked: boolean;
  /** What the user typed (only while unlocked). */
  value: string;
  /** The stored value, unmasked on the user's request. */
  revealed: string | null;
};

export type MemberFormValues = {
  /** Stable identity in the form: the member's id, or a generated one for a new member. */
  key: string;
  id?: string;
  relation?: MemberRelation;
  name?: string;
  sex?: Sex;
  ethnicity?: string;
  idNumber: SensitiveValue;
  birthDate?: string | null;
  birthdayCalendar?: BirthdayCalendar;
  phone: SensitiveValue;
  maritalStatus?: MaritalStatus | null;
  healthStatus?: string;
  chronicDiseases?: string[];
  mentalState?: string;
  hobbies?: string;
  hasPension?: boolean | null;
  hasMedicalInsurance?: boolean | null;
  usesSmartphone?: boolean | null;
  usesWechat?: boolean | null;
  isDeceased?: boolean;
  deathDate?: string | null;
  causeOfDeath?: CauseOfDeath | null;
  disabilityType?: DisabilityType | null;
  disabilityGrade?: number | null;
  note?: string;
};

export type ContactFormValues = {
  kind?: ContactKind;
  name?: string;
  phone?: string;
  organization?: string;
};

/**
 * The household form. Members are split as the file reads: parents and others (家庭成员), and
 * the children with their children (子女与第三代); the API gets them as one list, parents first.
 */
export type HouseholdFormValues = {
  /** The village, chosen when a file is opened; a move is a transfer, not an edit. */
  unitId?: string;
  category?: FamilyCategory;
  categoryChangeReason?: string;
  registeredOn?: string | null;
  address?: string;
  phone: SensitiveValue;
  residenceType?: ResidenceType;
  livingArrangement?: LivingArrangement;
  tags?: string[];
  parents: MemberFormValues[];
  children: MemberFormValues[];
  incomeSources?: IncomeSource[];
  /** Yuan, as typed. */
  yearlyIncome?: string;
  /** Yuan, as typed. */
  debt?: string;
  debtNote?: string;
  hardshipLevel?: HardshipLevel;
  biggestDifficulty?: string;
  needs?: Need[];
  elderCareWish?: ElderCareWish | null;
  wishes?: string;
  contacts: ContactFormValues[];
  familyDoctorName?: string;
  familyDoctorPhone?: string;
  familyDoctorSignedOn?: string | null;
};

export type MemberList = 'parents' | 'children';

export const PARENT_RELATIONS: readonly MemberRelation[] = ['FATHER', 'MOTHER', 'OTHER'];
export const CHILD_RELATIONS: readonly MemberRelation[] = ['CHILD', 'GRANDCHILD'];

export function listOf(relation: MemberRelation | undefined): MemberList {
  return relation && CHILD_RELATIONS.includes(relation) ? 'children' : 'parents';
}

let newKeySerial = 0;
/** A key for a member that has no id yet. */
export function newMemberKey(): string {
  newKeySerial += 1;
  return `new-${newKeySerial}`;
}

export function emptySensitive(): SensitiveValue {
  return { masked: null, isUnlocked: true, value: '', revealed: null };
}

function storedSensitive(masked: string | null): SensitiveValue {
  return masked
    ? { masked, isUnlocked: false, value: '', revealed: null }
    : { masked: null, isUnlocked: true, value: '', revealed: null };
}

const DEFAULT_SEX: Partial<Record<MemberRelation, Sex>> = { FATHER: 'MALE', MOTHER: 'FEMALE' };

/** A blank member of this relation, as "add a member" creates it. */
export function newMember(relation: MemberRelation): MemberFormValues {
  return {
    key: newMemberKey(),
    relation,
    sex: DEFAULT_SEX[relation],
    idNumber: emptySensitive(),
    phone: emptySensitive(),
    birthdayCalendar: 'SOLAR',
    isDeceased: false,
    chronicDiseases: [],
  };
}

/** A new file: father, mother and a child to fill in, registered today. */
export function newHouseholdValues(today: string, unitId?: string): HouseholdFormValues {
  return {
    unitId,
    registeredOn: today,
    phone: emptySensitive(),
    tags: [],
    parents: [newMember('FATHER'), newMember('MOTHER')],
    children: [newMember('CHILD')],
    incomeSources: [],
    needs: [],
    contacts: [],
  };
}

const text = (value: string | null | undefined) => value ?? '';

function yuanText(fen: number | null): string {
  if (fen == null) return '';
  const yuan = fenToYuanString(fen);
  return yuan.endsWith('.00') ? yuan.slice(0, -3) : yuan;
}

type Member = HouseholdDetailFieldsFragment['members'][number];

function memberValues(member: Member): MemberFormValues {
  return {
    key: member.id,
    id: member.id,
    relation: member.relation,
    name: member.name,
    sex: member.sex,
    ethnicity: text(member.ethnicity),
    idNumber: storedSensitive(member.idNumber),
    birthDate: member.birthDate,
    birthdayCalendar: member.birthdayCalendar,
    phone: storedSensitive(member.phone),
    maritalStatus: member.maritalStatus,
    healthStatus: text(member.healthStatus),
    chronicDiseases: [...member.chronicDiseases],
    mentalState: text(member.mentalState),
    hobbies: text(member.hobbies),
    hasPension: member.hasPension,
    hasMedicalInsurance: member.hasMedicalInsurance,
    usesSmartphone: member.usesSmartphone,
    usesWechat: member.usesWechat,
    isDeceased: member.isDeceased,
    deathDate: member.deathDate,
    causeOfDeath: member.causeOfDeath,
    disabilityType: member.disabilityType,
    disabilityGrade: member.disabilityGrade,
    note: text(member.note),
  };
}

/** The form for a stored file (ID numbers and phones masked and locked). */
export function householdToFormValues(h: HouseholdDetailFieldsFragment): HouseholdFormValues {
  const members = h.members.map(memberValues);
  return {
    category: h.category,
    categoryChangeReason: '',
    registeredOn: h.registeredOn,
    address: h.address,
    phone: storedSensitive(h.phone),
    residenceType: h.residenceType,
    livingArrangement: h.livingArrangement,
    tags: [...h.tags],
    ...splitMembers(members),
    incomeSources: [...h.incomeSources],
    yearlyIncome: yuanText(h.yearlyIncomeFen),
    debt: yuanText(h.debtFen),
    debtNote: text(h.debtNote),
    hardshipLevel: h.hardshipLevel,
    biggestDifficulty: text(h.biggestDifficulty),
    needs: [...h.needs],
    elderCareWish: h.elderCareWish,
    wishes: text(h.wishes),
    contacts: h.contacts.map((c) => ({
      kind: c.kind,
      name: c.name,
      phone: text(c.phone),
      organization: text(c.organization),
    })),
    familyDoctorName: text(h.familyDoctorName),
    familyDoctorPhone: text(h.familyDoctorPhone),
    familyDoctorSignedOn: h.familyDoctorSignedOn,
  };
}

/** All members in the order the API receives them: parents and others, then the children. */
export function allMembers(values: Pick<HouseholdFormValues, 'parents' | 'children'>) {
  return [...(values.parents ?? []), ...(values.children ?? [])];
}

export function splitMembers(
  members: MemberFormValues[],
): Pick<HouseholdFormValues, 'parents' | 'children'> {
  return {
    parents: members.filter((m) => listOf(m.relation) === 'parents'),
    children: members.filter((m) => listOf(m.relation) === 'children'),
  };
}

/** The form field of a member, from its position in the API's list. */
export function memberFieldName(
  values: Pick<HouseholdFormValues, 'parents' | 'children'>,
  index: number,
): [MemberList, number] | undefined {
  const parents = values.parents?.length ?? 0;
  const children = values.children?.length ?? 0;
  if (index < 0 || index >= parents + children) return undefined;
  return index < parents ? ['parents', index] : ['children', index - parents];
}

/** The position in the API's member list of a member of the form. */
export function memberIndex(
  values: Pick<HouseholdFormValues, 'parents' | 'children'>,
  list: MemberList,
  index: number,
): number {
  return list === 'parents' ? index : (values.parents?.length ?? 0) + index;
}

const blank = (value: string | null | undefined): string | null => {
  const v = value?.trim() ?? '';
  return v === '' ? null : v;
};

/** A yuan text as fen; undefined when it does not parse (the field's own rule says why). */
export function yuanFieldToFen(value: string | undefined): number | null | undefined {
  if (!value?.trim()) return null;
  const parsed = parseYuan(value);
  return parsed.ok ? parsed.value : undefined;
}

/** The value a sensitive field sends: `undefined` means "keep the stored one". */
export function sensitiveInput(field: SensitiveValue | undefined): string | null | undefined {
  if (!field) return null;
  if (!field.isUnlocked) return field.masked ? undefined : null;
  return blank(toHalfWidth(field.value));
}

/** Unmasked stored values, fetched just before a save (see HouseholdSensitiveValuesQuery). */
export type StoredSensitiveValues = {
  phone: string | null;
  members: Record<string, { idNumber: string | null; phone: string | null }>;
};

/** Whether a save must first fetch stored values the user did not unlock. */
export function needsStoredValues(values: HouseholdFormValues): boolean {
  if (sensitiveInput(values.phone) === undefined) return true;
  return allMembers(values).some(
    (m) =>
      !!m.id && (sensitiveInput(m.idNumber) === undefined || sensitiveInput(m.phone) === undefined),
  );
}

/** A member as the API's fields (see formToHouseholdFields for `stored` and `keepUnchanged`). */
export function memberFields(
  m: MemberFormValues,
  stored?: StoredSensitiveValues,
  keepUnchanged = false,
): MemberFields {
  const keep = (field: SensitiveValue, which: 'idNumber' | 'phone') => {
    const input = sensitiveInput(field);
    if (input !== undefined) return input;
    // Left out, the server keeps a stored member's value as it is: no reveal needed to save.
    if (keepUnchanged && m.id) return undefined;
    return (m.id && stored?.members[m.id]?.[which]) || null;
  };
  const idNumber = keep(m.idNumber, 'idNumber');
  const isDeceased = !!m.isDeceased;
  return {
    id: m.id ?? null,
    relation: m.relation as MemberRelation,
    name: m.name?.trim() ?? '',
    sex: m.sex as Sex,
    ethnicity: blank(m.ethnicity),
    idNumber: idNumber === undefined ? undefined : idNumber ? normalizeIdNumber(idNumber) : null,
    birthDate: m.birthDate || null,
    birthdayCalendar: m.birthdayCalendar ?? 'SOLAR',
    phone: keep(m.phone, 'phone'),
    maritalStatus: m.maritalStatus ?? null,
    healthStatus: blank(m.healthStatus),
    chronicDiseases: (m.chronicDiseases ?? []).map((d) => d.trim()).filter(Boolean),
    mentalState: blank(m.mentalState),
    hobbies: blank(m.hobbies),
    hasPension: m.hasPension ?? null,
    hasMedicalInsurance: m.hasMedicalInsurance ?? null,
    usesSmartphone: m.usesSmartphone ?? null,
    usesWechat: m.usesWechat ?? null,
    isDeceased,
    // Unticking "deceased" clears what only a deceased member has.
    deathDate: isDeceased ? m.deathDate || null : null,
    causeOfDeath: isDeceased ? (m.causeOfDeath ?? null) : null,
    disabilityType: m.disabilityType ?? null,
    disabilityGrade: m.disabilityGrade ?? null,
    note: blank(m.note),
  };
}

/**
 * The form as the API's household fields. Sensitive values the user did not unlock become null
 * (what the browser-side validation needs), the `stored` ones when given, or, with
 * `keepUnchanged` (an update), are left out so the server keeps them without anyone revealing them.
 */
export function formToHouseholdFields(
  values: HouseholdFormValues,
  stored?: StoredSensitiveValues,
  keepUnchanged = false,
): HouseholdFields {
  const phone = sensitiveInput(values.phone);
  return {
    category: values.category as FamilyCategory,
    address: values.address?.trim() ?? '',
    phone: phone === undefined ? (keepUnchanged ? undefined : (stored?.phone ?? null)) : phone,
    residenceType: values.residenceType as ResidenceType,
    livingArrangement: values.livingArrangement as LivingArrangement,
    incomeSources: values.incomeSources ?? [],
    yearlyIncomeFen: yuanFieldToFen(values.yearlyIncome) ?? null,
    debtFen: yuanFieldToFen(values.debt) ?? null,
    debtNote: blank(values.debtNote),
    hardshipLevel: values.hardshipLevel as HardshipLevel,
    biggestDifficulty: blank(values.biggestDifficulty),
    needs: values.needs ?? [],
    elderCareWish: values.elderCareWish ?? null,
    wishes: blank(values.wishes),
    familyDoctorName: blank(values.familyDoctorName),
    familyDoctorPhone: blank(toHalfWidth(values.familyDoctorPhone ?? '')),
    familyDoctorSignedOn: values.familyDoctorSignedOn || null,
    tags: (values.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
    registeredOn: values.registeredOn ?? '',
    members: allMembers(values).map((m) => memberFields(m, stored, keepUnchanged)),
    contacts: (values.contacts ?? []).map((c) => ({
      kind: c.kind as ContactKind,
      name: c.name?.trim() ?? '',
      phone: blank(toHalfWidth(c.phone ?? '')),
      organization: blank(c.organization),
    })),
  };
}

/** Household fields in the order the form and the differences list them. */
export const HOUSEHOLD_FIELDS = [
  'category',
  'registeredOn',
  'address',
  'phone',
  'residenceType',
  'livingArrangement',
  'tags',
  'incomeSources',
  'yearlyIncomeFen',
  'debtFen',
  'debtNote',
  'hardshipLevel',
  'biggestDifficulty',
  'needs',
  'elderCareWish',
  'wishes',
  'familyDoctorName',
  'familyDoctorPhone',
  'familyDoctorSignedOn',
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

export const MEMBER_FIELDS = [
  'relation',
  'name',
  'sex',
  'ethnicity',
  'idNumber',
  'birthDate',
  'birthdayCalendar',
  'phone',
  'maritalStatus',
  'healthStatus',
  'chronicDiseases',
  'mentalState',
  'hobbies',
  'hasPension',
  'hasMedicalInsurance',
  'usesSmartphone',
  'usesWechat',
  'isDeceased',
  'deathDate',
  'causeOfDeath',
  'disabilityType',
  'disabilityGrade',
  'note',
] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];
