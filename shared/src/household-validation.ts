import type {
  BirthdayCalendar,
  CauseOfDeath,
  ContactKind,
  DisabilityType,
  ElderCareWish,
  FamilyCategory,
  HardshipLevel,
  IncomeSource,
  LivingArrangement,
  MaritalStatus,
  MemberRelation,
  Need,
  ResidenceType,
  Sex,
} from './enums.js';
import { addDays, compareIsoDates, isIsoDate, todayInShanghai } from './dates.js';
import { checkIdNumberAgainst, validateIdNumber } from './id-number.js';

/** A person in a household file, as the form and the API send it. */
export type MemberFields = {
  id?: string | null;
  relation: MemberRelation;
  name: string;
  sex: Sex;
  ethnicity?: string | null;
  idNumber?: string | null;
  birthDate?: string | null;
  birthdayCalendar?: BirthdayCalendar | null;
  phone?: string | null;
  maritalStatus?: MaritalStatus | null;
  healthStatus?: string | null;
  chronicDiseases?: string[] | null;
  mentalState?: string | null;
  hobbies?: string | null;
  hasPension?: boolean | null;
  hasMedicalInsurance?: boolean | null;
  usesSmartphone?: boolean | null;
  usesWechat?: boolean | null;
  isDeceased?: boolean | null;
  deathDate?: string | null;
  causeOfDeath?: CauseOfDeath | null;
  disabilityType?: DisabilityType | null;
  disabilityGrade?: number | null;
  note?: string | null;
};

export type ContactFields = {
  kind: ContactKind;
  name: string;
  phone?: string | null;
  organization?: string | null;
};

/** The household file's own fields (the unit and version travel separately). */
export type HouseholdFields = {
  category: FamilyCategory;
  address: string;
  phone?: string | null;
  residenceType: ResidenceType;
  livingArrangement: LivingArrangement;
  incomeSources?: IncomeSource[] | null;
  yearlyIncomeFen?: number | null;
  debtFen?: number | null;
  debtNote?: string | null;
  hardshipLevel: HardshipLevel;
  biggestDifficulty?: string | null;
  needs?: Need[] | null;
  elderCareWish?: ElderCareWish | null;
  wishes?: string | null;
  familyDoctorName?: string | null;
  familyDoctorPhone?: string | null;
  familyDoctorSignedOn?: string | null;
  tags?: string[] | null;
  registeredOn: string;
  members: MemberFields[];
  contacts?: ContactFields[] | null;
};

export type HouseholdViolation = {
  /** Path of the field in the input, e.g. `members.1.idNumber`. */
  field: string;
  /** Machine-readable rule, e.g. `CHECKSUM`, `REQUIRED`, `BEFORE_PARENT`. */
  reason: string;
  /** What to fix, in Chinese. */
  message: string;
};

const PHONE = /^[0-9+\- ]{5,20}$/;
/** The youngest age at which a parent plausibly had the child. */
const MIN_PARENT_AGE_YEARS = 14;

/**
 * Every rule a household file must satisfy before it is saved (DOMAIN.md section 3): the same
 * function checks the form in the browser and the input on the server.
 */
export function validateHousehold(
  input: HouseholdFields,
  options: { today?: string } = {},
): HouseholdViolation[] {
  const today = options.today ?? todayInShanghai();
  const out: HouseholdViolation[] = [];
  const fail = (field: string, reason: string, message: string) =>
    out.push({ field, reason, message });

  const text = (
    field: string,
    value: string | null | undefined,
    max: number,
    label: string,
    required = false,
  ) => {
    const v = value?.trim() ?? '';
    if (required && !v) fail(field, 'REQUIRED', `请填写${label}`);
    else if (v.length > max) fail(field, 'TOO_LONG', `${label}不能超过${max}个字`);
  };
  const pastDate = (
    field: string,
    value: string | null | undefined,
    label: string,
    required = false,
  ) => {
    if (value == null || value === '') {
      if (required) fail(field, 'REQUIRED', `请填写${label}`);
      return false;
    }
    if (!isIsoDate(value)) {
      fail(field, 'INVALID_DATE', `${label}不是有效日期`);
      return false;
    }
    if (compareIsoDates(value, today) > 0) {
      fail(field, 'IN_FUTURE', `${label}不能晚于今天`);
      return false;
    }
    if (compareIsoDates(value, '1900-01-01') < 0) {
      fail(field, 'TOO_EARLY', `${label}不能早于1900年`);
      return false;
    }
    return true;
  };
  const amount = (field: string, value: number | null | undefined, label: string) => {
    if (value == null) return;
    if (!Number.isSafeInteger(value) || value < 0)
      fail(field, 'INVALID_AMOUNT', `${label}必须是不小于0的整数（分）`);
  };
  const phone = (field: string, value: string | null | undefined) => {
    if (value && !PHONE.test(value.trim())) fail(field, 'INVALID_PHONE', '电话号码格式不正确');
  };

  text('address', input.address, 200, '住址', true);
  phone('phone', input.phone);
  amount('yearlyIncomeFen', input.yearlyIncomeFen, '年收入');
  amount('debtFen', input.debtFen, '债务');
  text('debtNote', input.debtNote, 500, '债务说明');
  text('biggestDifficulty', input.biggestDifficulty, 500, '当前最大困难');
  text('wishes', input.wishes, 2000, '意愿');
  text('familyDoctorName', input.familyDoctorName, 50, '家庭医生姓名');
  phone('familyDoctorPhone', input.familyDoctorPhone);
  pastDate('familyDoctorSignedOn', input.familyDoctorSignedOn, '家庭医生签约日期');
  pastDate('registeredOn', input.registeredOn, '建档日期', true);
  (input.tags ?? []).forEach((tag, i) => text(`tags.${i}`, tag, 20, '标签', true));

  const members = input.members ?? [];
  const parents = members.filter((m) => m.relation === 'FATHER' || m.relation === 'MOTHER');
  const children = members.filter((m) => m.relation === 'CHILD');
  if (parents.length === 0) fail('members', 'NO_PARENT', '请至少登记父亲或母亲中的一人');
  if (children.length === 0) fail('members', 'NO_CHILD', '请登记子女信息');
  if (members.filter((m) => m.relation === 'FATHER').length > 1)
    fail('members', 'TWO_FATHERS', '只能登记一位父亲');
  if (members.filter((m) => m.relation === 'MOTHER').length > 1)
    fail('members', 'TWO_MOTHERS', '只能登记一位母亲');
  if (input.category === 'BEREAVED' && children.length && !children.some((c) => c.isDeceased)) {
    fail('members', 'NO_DECEASED_CHILD', '失独家庭需登记已故子女（填写死亡日期）');
  }
  if (
    input.category === 'DISABLED_CHILD' &&
    children.length &&
    !children.some((c) => c.disabilityType && c.disabilityGrade)
  ) {
    fail('members', 'NO_DISABLED_CHILD', '伤残家庭需登记子女的残疾类别和等级');
  }

  const seenIds = new Map<string, number>();
  const birthDates: (string | null)[] = [];
  members.forEach((m, i) => {
    const at = (f: string) => `members.${i}.${f}`;
    text(at('name'), m.name, 50, '姓名', true);
    text(at('ethnicity'), m.ethnicity, 20, '民族');
    text(at('healthStatus'), m.healthStatus, 500, '健康状况');
    text(at('mentalState'), m.mentalState, 500, '精神状态');
    text(at('hobbies'), m.hobbies, 500, '兴趣爱好');
    text(at('note'), m.note, 1000, '备注');
    phone(at('phone'), m.phone);
    let birthDate = m.birthDate ?? null;
    if (birthDate && !pastDate(at('birthDate'), birthDate, '出生日期')) birthDate = null;
    if (m.idNumber) {
      const checked = validateIdNumber(m.idNumber, { today });
      if (!checked.ok) {
        fail(at('idNumber'), checked.reason, checked.message);
      } else {
        const normalized = checked.value.normalized;
        const other = seenIds.get(normalized);
        if (other !== undefined)
          fail(at('idNumber'), 'DUPLICATE_IN_FILE', `与第${other + 1}位成员的身份证号相同`);
        seenIds.set(normalized, i);
        for (const mismatch of checkIdNumberAgainst(checked.value, { birthDate, sex: m.sex })) {
          fail(at(mismatch.field), 'MISMATCH_ID_NUMBER', mismatch.message);
        }
        birthDate ??= checked.value.birthDate;
      }
    }
    birthDates.push(birthDate);
    if (m.deathDate) {
      if (!m.isDeceased)
        fail(at('isDeceased'), 'DEATH_DATE_WITHOUT_DEATH', '填写死亡日期时请标记为已故');
      if (
        pastDate(at('deathDate'), m.deathDate, '死亡日期') &&
        birthDate &&
        compareIsoDates(m.deathDate, birthDate) < 0
      ) {
        fail(at('deathDate'), 'BEFORE_BIRTH', '死亡日期不能早于出生日期');
      }
    }
    if (m.causeOfDeath && !m.isDeceased)
      fail(at('causeOfDeath'), 'NOT_DECEASED', '只有已故成员才能填写死亡原因');
    if (
      m.disabilityGrade != null &&
      (!Number.isInteger(m.disabilityGrade) || m.disabilityGrade < 1 || m.disabilityGrade > 4)
    ) {
      fail(at('disabilityGrade'), 'OUT_OF_RANGE', '残疾等级为1至4级');
    }
    if ((m.disabilityGrade != null) !== (m.disabilityType != null)) {
      fail(
        at(m.disabilityType ? 'disabilityGrade' : 'disabilityType'),
        'INCOMPLETE_DISABILITY',
        '残疾类别和等级需同时填写',
      );
    }
  });

  // A child is born after each parent was old enough to have one.
  members.forEach((m, i) => {
    const childBirth = birthDates[i];
    if (m.relation !== 'CHILD' || !childBirth) return;
    members.forEach((p, j) => {
      const parentBirth = birthDates[j];
      if ((p.relation !== 'FATHER' && p.relation !== 'MOTHER') || !parentBirth) return;
      const earliest = addDays(parentBirth, Math.round(MIN_PARENT_AGE_YEARS * 365.25));
      if (compareIsoDates(childBirth, earliest) < 0) {
        fail(
          `members.${i}.birthDate`,
          'BEFORE_PARENT',
          `子女出生日期与${p.relation === 'FATHER' ? '父亲' : '母亲'}的出生日期不相符`,
        );
      }
    });
  });

  (input.contacts ?? []).forEach((c, i) => {
    text(`contacts.${i}.name`, c.name, 50, '联系人姓名', true);
    phone(`contacts.${i}.phone`, c.phone);
    text(`contacts.${i}.organization`, c.organization, 100, '单位');
  });
  return out;
}
