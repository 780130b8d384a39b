import { graphql } from '../../gql';

/** What a row of the household list shows. */
export const HouseholdRowFieldsFragment = graphql(`
  fragment HouseholdRowFields on Household {
    id
    fileNumber
    category
    status
    hardshipLevel
    riskLevel
    livingArrangement
    lastAssessedOn
    registeredOn
    unit {
      id
      name
    }
    members {
      id
      relation
      name
      age
      isDeceased
    }
  }
`);

export const HouseholdsQuery = graphql(`
  query Households($filter: HouseholdFilter, $sort: HouseholdSort!, $first: Int!, $after: String) {
    households(filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes {
        ...HouseholdRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const AssessmentFieldsFragment = graphql(`
  fragment AssessmentFields on Assessment {
    id
    assessedOn
    assessorName
    griefTrauma
    healing
    acceptance
    futureAttitude
    physicalHealth
    mentalHealth
    riskLevel
    needs
    notes
    createdAt
  }
`);

export const MemberFieldsFragment = graphql(`
  fragment MemberFields on HouseholdMember {
    id
    relation
    name
    sex
    ethnicity
    idNumber
    birthDate
    age
    birthdayCalendar
    phone
    maritalStatus
    healthStatus
    chronicDiseases
    mentalState
    hobbies
    hasPension
    hasMedicalInsurance
    usesSmartphone
    usesWechat
    isDeceased
    deathDate
    causeOfDeath
    disabilityType
    disabilityGrade
    note
  }
`);

/**
 * The whole file, as the detail page shows it and the form edits it. ID numbers and phones come
 * masked; `…Reveal` queries below fetch a real value when the user asks for it.
 */
export const HouseholdDetailFieldsFragment = graphql(`
  fragment HouseholdDetailFields on Household {
    id
    fileNumber
    version
    status
    category
    unit {
      id
      name
    }
    address
    phone
    residenceType
    livingArrangement
    incomeSources
    yearlyIncomeFen
    debtFen
    debtNote
    hardshipLevel
    biggestDifficulty
    needs
    elderCareWish
    wishes
    familyDoctorName
    familyDoctorPhone
    familyDoctorSignedOn
    tags
    registeredOn
    closedOn
    closeReason
    riskLevel
    lastAssessedOn
    updatedAt
    members {
      ...MemberFields
    }
    contacts {
      id
      kind
      name
      phone
      organization
    }
    categoryChanges {
      id
      changedOn
      fromCategory
      toCategory
      reason
    }
    assessments {
      ...AssessmentFields
    }
  }
`);

export const HouseholdQuery = graphql(`
  query Household($id: ID!) {
    household(id: $id) {
      ...HouseholdDetailFields
    }
  }
`);

export const HouseholdHistoryQuery = graphql(`
  query HouseholdHistory($id: ID!, $first: Int!, $after: String) {
    household(id: $id) {
      id
      history(first: $first, after: $after) {
        nodes {
          id
          at
          actorName
          actorKind
          action
          changes
          details
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

/** The household phone, unmasked (audited). */
export const RevealHouseholdPhoneQuery = graphql(`
  query RevealHouseholdPhone($id: ID!) {
    household(id: $id) {
      id
      phone(reveal: true)
    }
  }
`);

/**
 * Members' ID numbers, unmasked (audited). The API reveals a field for every member of the file
 * at once; the page shows only the one asked for.
 */
export const RevealMemberIdNumbersQuery = graphql(`
  query RevealMemberIdNumbers($id: ID!) {
    household(id: $id) {
      id
      members {
        id
        idNumber(reveal: true)
      }
    }
  }
`);

/** Members' phones, unmasked (audited); like the ID numbers, for the whole file at once. */
export const RevealMemberPhonesQuery = graphql(`
  query RevealMemberPhones($id: ID!) {
    household(id: $id) {
      id
      members {
        id
        phone(reveal: true)
      }
    }
  }
`);

/**
 * Every sensitive value of the file, unmasked (audited), to send back unchanged with an edit:
 * `updateHousehold` stores what it is sent, so a value left out would be erased.
 */
export const HouseholdSensitiveValuesQuery = graphql(`
  query HouseholdSensitiveValues($id: ID!) {
    household(id: $id) {
      id
      phone(reveal: true)
      members {
        id
        idNumber(reveal: true)
        phone(reveal: true)
      }
    }
  }
`);

export const CreateHouseholdMutation = graphql(`
  mutation CreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      ...HouseholdDetailFields
    }
  }
`);

export const UpdateHouseholdMutation = graphql(`
  mutation UpdateHousehold($input: UpdateHouseholdInput!) {
    updateHousehold(input: $input) {
      ...HouseholdDetailFields
    }
  }
`);

export const TransferHouseholdMutation = graphql(`
  mutation TransferHousehold($input: TransferHouseholdInput!) {
    transferHousehold(input: $input) {
      ...HouseholdDetailFields
    }
  }
`);

export const CloseHouseholdMutation = graphql(`
  mutation CloseHousehold($input: CloseHouseholdInput!) {
    closeHousehold(input: $input) {
      ...HouseholdDetailFields
    }
  }
`);

export const RecordAssessmentMutation = graphql(`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

/** The file as it is now, and who changed it last: for the "someone saved first" dialog. */
export const HouseholdCurrentQuery = graphql(`
  query HouseholdCurrent($id: ID!) {
    household(id: $id) {
      ...HouseholdDetailFields
      history(first: 20) {
        nodes {
          id
          at
          actorName
          action
        }
      }
    }
  }
`);
