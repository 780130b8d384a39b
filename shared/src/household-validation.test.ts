import { describe, expect, it } from 'vitest';
import { validateHousehold, type HouseholdFields } from './household-validation.js';
import { idNumberCheckDigit } from './id-number.js';

const TODAY = '2026-11-25';
const id = (first17: string) => first17 + idNumberCheckDigit(first17);
const FATHER_ID = id('37011719520314001'); // male (odd 17th digit), born 1952-03-14
const MOTHER_ID = id('37011719550708002'); // female, born 1955-07-08
const CHILD_ID = id('37011719800101003'); // male, born 1980-01-01

const valid = (): HouseholdFields => ({
  category: 'BEREAVED',
  address: '钢城区艾山街道逯家庄3组12号',
  residenceType: 'RURAL',
  livingArrangement: 'WITH_SPOUSE',
  hardshipLevel: 'HARDSHIP',
  registeredOn: '2018-05-29',
  yearlyIncomeFen: 1_200_000,
  members: [
    {
      relation: 'FATHER',
      name: '王建国',
      sex: 'MALE',
      idNumber: FATHER_ID,
      birthDate: '1952-03-14',
    },
    { relation: 'MOTHER', name: '李秀英', sex: 'FEMALE', idNumber: MOTHER_ID },
    {
      relation: 'CHILD',
      name: '王磊',
      sex: 'MALE',
      idNumber: CHILD_ID,
      isDeceased: true,
      deathDate: '2012-06-01',
      causeOfDeath: 'ILLNESS',
    },
  ],
  contacts: [{ kind: 'ASSOCIATION_WORKER', name: '张晓梅', phone: '13800001111' }],
});

type Case = [string, (h: HouseholdFields) => void, string, string];

const cases: Case[] = [
  ['address missing', (h) => (h.address = ' '), 'address', 'REQUIRED'],
  ['bad phone', (h) => (h.phone = 'call me'), 'phone', 'INVALID_PHONE'],
  ['negative income', (h) => (h.yearlyIncomeFen = -1), 'yearlyIncomeFen', 'INVALID_AMOUNT'],
  ['fractional fen', (h) => (h.debtFen = 10.5), 'debtFen', 'INVALID_AMOUNT'],
  ['registered in the future', (h) => (h.registeredOn = '2027-01-01'), 'registeredOn', 'IN_FUTURE'],
  [
    'registered on no real day',
    (h) => (h.registeredOn = '2021-02-30'),
    'registeredOn',
    'INVALID_DATE',
  ],
  [
    'no parent',
    (h) => (h.members = h.members.filter((m) => m.relation === 'CHILD')),
    'members',
    'NO_PARENT',
  ],
  [
    'no child',
    (h) => (h.members = h.members.filter((m) => m.relation !== 'CHILD')),
    'members',
    'NO_CHILD',
  ],
  [
    'bereaved without a deceased child',
    (h) => Object.assign(h.members[2]!, { isDeceased: false, deathDate: null, causeOfDeath: null }),
    'members',
    'NO_DECEASED_CHILD',
  ],
  [
    'disabled-child family without a disability',
    (h) => Object.assign(h, { category: 'DISABLED_CHILD' }),
    'members',
    'NO_DISABLED_CHILD',
  ],
  [
    'wrong check digit',
    (h) =>
      (h.members[0]!.idNumber = FATHER_ID.slice(0, 17) + (FATHER_ID.endsWith('0') ? '1' : '0')),
    'members.0.idNumber',
    'CHECKSUM',
  ],
  [
    'old 15-digit number',
    (h) => (h.members[0]!.idNumber = '370117520314001'),
    'members.0.idNumber',
    'OLD_15_DIGIT',
  ],
  [
    'birth date disagrees with the number',
    (h) => (h.members[0]!.birthDate = '1953-03-14'),
    'members.0.birthDate',
    'MISMATCH_ID_NUMBER',
  ],
  [
    'sex disagrees with the number',
    (h) => (h.members[1]!.sex = 'MALE'),
    'members.1.sex',
    'MISMATCH_ID_NUMBER',
  ],
  [
    'same number twice',
    (h) => (h.members[1]!.idNumber = FATHER_ID),
    'members.1.idNumber',
    'DUPLICATE_IN_FILE',
  ],
  [
    'death before birth',
    (h) => (h.members[2]!.deathDate = '1979-12-31'),
    'members.2.deathDate',
    'BEFORE_BIRTH',
  ],
  [
    'death in the future',
    (h) => (h.members[2]!.deathDate = '2030-01-01'),
    'members.2.deathDate',
    'IN_FUTURE',
  ],
  [
    'death date without death',
    (h) => (h.members[2]!.isDeceased = false),
    'members.2.isDeceased',
    'DEATH_DATE_WITHOUT_DEATH',
  ],
  [
    'child born before the parent could have one',
    (h) => Object.assign(h.members[2]!, { idNumber: null, birthDate: '1960-01-01' }),
    'members.2.birthDate',
    'BEFORE_PARENT',
  ],
  [
    'disability grade out of range',
    (h) => Object.assign(h.members[2]!, { disabilityType: 'PHYSICAL', disabilityGrade: 5 }),
    'members.2.disabilityGrade',
    'OUT_OF_RANGE',
  ],
  [
    'disability type without grade',
    (h) => Object.assign(h.members[2]!, { disabilityType: 'PHYSICAL' }),
    'members.2.disabilityGrade',
    'INCOMPLETE_DISABILITY',
  ],
  ['contact without a name', (h) => (h.contacts![0]!.name = ''), 'contacts.0.name', 'REQUIRED'],
];

describe('validateHousehold', () => {
  it('accepts a complete bereaved family', () => {
    expect(validateHousehold(valid(), { today: TODAY })).toEqual([]);
  });

  it('accepts a disabled-child family with the disability recorded', () => {
    const h = valid();
    h.category = 'DISABLED_CHILD';
    Object.assign(h.members[2]!, {
      isDeceased: false,
      deathDate: null,
      causeOfDeath: null,
      disabilityType: 'INTELLECTUAL',
      disabilityGrade: 2,
    });
    expect(validateHousehold(h, { today: TODAY })).toEqual([]);
  });

  it.each(cases)('%s → %s %s', (_name, mutate, field, reason) => {
    const h = valid();
    mutate(h);
    const violations = validateHousehold(h, { today: TODAY });
    expect(violations).toContainEqual(expect.objectContaining({ field, reason }));
    for (const v of violations) expect(v.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('normalises a lower-case x in the number', () => {
    const h = valid();
    const first17 = '11010519491231002';
    h.members[0] = {
      relation: 'FATHER',
      name: '赵',
      sex: 'FEMALE',
      idNumber: `${first17}${idNumberCheckDigit(first17)}`.toLowerCase(),
    };
    expect(
      validateHousehold(h, { today: TODAY }).filter((v) => v.field.startsWith('members.0')),
    ).toEqual([]);
  });
});
