import type {
  HouseholdDetailFieldsFragment,
  HouseholdRowFieldsFragment,
} from '../../../gql/graphql';
import type { MockResponse } from '../../../test/mock-transport';

type Member = HouseholdDetailFieldsFragment['members'][number];

/** A member as the API returns it: masked ID number and phone. */
export function memberNode(
  attrs: Partial<Member> & Pick<Member, 'id' | 'relation' | 'name' | 'sex'>,
): Member {
  return {
    __typename: 'HouseholdMember',
    ethnicity: '汉族',
    idNumber: null,
    birthDate: null,
    age: null,
    birthdayCalendar: 'SOLAR',
    phone: null,
    maritalStatus: null,
    healthStatus: null,
    chronicDiseases: [],
    mentalState: null,
    hobbies: null,
    hasPension: null,
    hasMedicalInsurance: null,
    usesSmartphone: null,
    usesWechat: null,
    isDeceased: false,
    deathDate: null,
    causeOfDeath: null,
    disabilityType: null,
    disabilityGrade: null,
    note: null,
    ...attrs,
  } as Member;
}

export const father = memberNode({
  id: 'm-1',
  relation: 'FATHER',
  name: '王建国',
  sex: 'MALE',
  idNumber: '3701**********1234',
  birthDate: '1952-03-14',
  age: 73,
  phone: '139****1234',
  maritalStatus: 'MARRIED',
  hasPension: true,
  usesWechat: false,
});
export const mother = memberNode({
  id: 'm-2',
  relation: 'MOTHER',
  name: '李秀英',
  sex: 'FEMALE',
  idNumber: '3701**********2346',
  birthDate: '1955-07-08',
  age: 70,
});
export const child = memberNode({
  id: 'm-3',
  relation: 'CHILD',
  name: '王磊',
  sex: 'MALE',
  birthDate: '1980-01-01',
  age: 32,
  isDeceased: true,
  deathDate: '2012-06-01',
  causeOfDeath: 'ILLNESS',
});

/** A bereaved family of 艾山街道: two parents and a son who died of illness. */
export function householdDetail(
  attrs: Partial<HouseholdDetailFieldsFragment> = {},
): HouseholdDetailFieldsFragment {
  return {
    __typename: 'Household',
    id: 'h-1',
    fileNumber: 'HH00000012',
    version: 3,
    status: 'ACTIVE',
    category: 'BEREAVED',
    unit: { __typename: 'Unit', id: 'v-1', name: '东杓山村委会' },
    address: '钢城区艾山街道3组12号',
    phone: '0634****5678',
    residenceType: 'RURAL',
    livingArrangement: 'WITH_SPOUSE',
    incomeSources: ['PENSION', 'SUBSIDY'],
    yearlyIncomeFen: 1_800_000,
    debtFen: 5_000_000,
    debtNote: '儿子治病欠下的医疗费',
    hardshipLevel: 'HARDSHIP',
    biggestDifficulty: '老伴身体不好，看病花销大',
    needs: ['MEDICAL', 'PSYCHOLOGICAL'],
    elderCareWish: 'HOME',
    wishes: null,
    familyDoctorName: '刘医生',
    familyDoctorPhone: '13800002222',
    familyDoctorSignedOn: '2023-03-01',
    tags: [],
    registeredOn: '2018-05-29',
    closedOn: null,
    closeReason: null,
    riskLevel: 'HIGH',
    lastAssessedOn: '2025-06-01',
    updatedAt: '2025-09-01T01:30:00.000Z',
    members: [father, mother, child],
    contacts: [
      {
        __typename: 'HouseholdContact',
        id: 'c-1',
        kind: 'ASSOCIATION_WORKER',
        name: '张晓梅',
        phone: '13800001111',
        organization: null,
      },
    ],
    categoryChanges: [
      {
        __typename: 'HouseholdCategoryChange',
        id: 'cc-1',
        changedOn: '2018-05-29',
        fromCategory: null,
        toCategory: 'BEREAVED',
        reason: '建档',
      },
    ],
    assessments: [],
    ...attrs,
  } as HouseholdDetailFieldsFragment;
}

export function householdRow(
  attrs: Partial<HouseholdRowFieldsFragment> &
    Pick<HouseholdRowFieldsFragment, 'id' | 'fileNumber'>,
): HouseholdRowFieldsFragment {
  return {
    __typename: 'Household',
    category: 'BEREAVED',
    status: 'ACTIVE',
    hardshipLevel: 'HARDSHIP',
    riskLevel: 'HIGH',
    livingArrangement: 'ALONE',
    lastAssessedOn: '2025-06-01',
    registeredOn: '2018-05-29',
    unit: { __typename: 'Unit', id: 'v-1', name: '东杓山村委会' },
    members: [
      {
        __typename: 'HouseholdMember',
        id: `${attrs.id}-f`,
        relation: 'FATHER',
        name: '王建国',
        age: 73,
        isDeceased: false,
      },
      {
        __typename: 'HouseholdMember',
        id: `${attrs.id}-m`,
        relation: 'MOTHER',
        name: '李秀英',
        age: 70,
        isDeceased: true,
      },
    ],
    ...attrs,
  } as HouseholdRowFieldsFragment;
}

export function householdsPage(
  nodes: HouseholdRowFieldsFragment[],
  { totalCount = nodes.length, endCursor = null as string | null, hasNextPage = false } = {},
): MockResponse {
  return {
    data: {
      households: {
        __typename: 'HouseholdConnection',
        nodes,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        totalCount,
      },
    },
  };
}

export function householdResponse(household: HouseholdDetailFieldsFragment): MockResponse {
  return { data: { household } };
}

/** An empty history page. */
export function emptyHistory(id: string): MockResponse {
  return {
    data: {
      household: {
        __typename: 'Household',
        id,
        history: {
          __typename: 'HouseholdHistoryConnection',
          nodes: [],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          totalCount: 0,
        },
      },
    },
  };
}
