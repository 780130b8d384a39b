/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountRowFields on Account {\n    id\n    username\n    displayName\n    phone\n    roles\n    isActive\n    lockedUntil\n    mustChangePassword\n    lastSignInAt\n    createdAt\n    version\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilter, $first: Int!, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AccountRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.DisableAccountDocument,
    "\n  mutation EnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.EnableAccountDocument,
    "\n  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {\n    resetAccountPassword(id: $id, newPassword: $newPassword) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.ResetAccountPasswordDocument,
    "\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    scope\n    secretHint\n    createdAt\n    lastUsedAt\n    revokedAt\n    version\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.ApiClientFieldsFragmentDoc,
    "\n  query ApiClients($first: Int!, $after: String) {\n    apiClients(first: $first, after: $after) {\n      nodes {\n        ...ApiClientFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        ...ApiClientFields\n      }\n      secret\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n": typeof types.RevokeApiClientDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        actorName\n        unitId\n        action\n        entityType\n        entityId\n        changes\n        details\n        ip\n        requestId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment AccountFields on Account {\n    id\n    username\n    displayName\n    roles\n    mustChangePassword\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment HouseholdRowFields on Household {\n    id\n    fileNumber\n    category\n    status\n    hardshipLevel\n    riskLevel\n    livingArrangement\n    lastAssessedOn\n    registeredOn\n    unit {\n      id\n      name\n    }\n    members {\n      id\n      relation\n      name\n      age\n      isDeceased\n    }\n  }\n": typeof types.HouseholdRowFieldsFragmentDoc,
    "\n  query Households($filter: HouseholdFilter, $sort: HouseholdSort!, $first: Int!, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...HouseholdRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.HouseholdsDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    assessedOn\n    assessorName\n    griefTrauma\n    healing\n    acceptance\n    futureAttitude\n    physicalHealth\n    mentalHealth\n    riskLevel\n    needs\n    notes\n    createdAt\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  fragment MemberFields on HouseholdMember {\n    id\n    relation\n    name\n    sex\n    ethnicity\n    idNumber\n    birthDate\n    age\n    birthdayCalendar\n    phone\n    maritalStatus\n    healthStatus\n    chronicDiseases\n    mentalState\n    hobbies\n    hasPension\n    hasMedicalInsurance\n    usesSmartphone\n    usesWechat\n    isDeceased\n    deathDate\n    causeOfDeath\n    disabilityType\n    disabilityGrade\n    note\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment HouseholdDetailFields on Household {\n    id\n    fileNumber\n    version\n    status\n    category\n    unit {\n      id\n      name\n    }\n    address\n    phone\n    residenceType\n    livingArrangement\n    incomeSources\n    yearlyIncomeFen\n    debtFen\n    debtNote\n    hardshipLevel\n    biggestDifficulty\n    needs\n    elderCareWish\n    wishes\n    familyDoctorName\n    familyDoctorPhone\n    familyDoctorSignedOn\n    tags\n    registeredOn\n    closedOn\n    closeReason\n    riskLevel\n    lastAssessedOn\n    updatedAt\n    members {\n      ...MemberFields\n    }\n    contacts {\n      id\n      kind\n      name\n      phone\n      organization\n    }\n    categoryChanges {\n      id\n      changedOn\n      fromCategory\n      toCategory\n      reason\n    }\n    assessments {\n      ...AssessmentFields\n    }\n  }\n": typeof types.HouseholdDetailFieldsFragmentDoc,
    "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n    }\n  }\n": typeof types.HouseholdDocument,
    "\n  query HouseholdHistory($id: ID!, $first: Int!, $after: String) {\n    household(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          actorName\n          actorKind\n          action\n          changes\n          details\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.HouseholdHistoryDocument,
    "\n  query RevealHouseholdPhone($id: ID!) {\n    household(id: $id) {\n      id\n      phone(reveal: true)\n    }\n  }\n": typeof types.RevealHouseholdPhoneDocument,
    "\n  query RevealMemberIdNumbers($id: ID!) {\n    household(id: $id) {\n      id\n      members {\n        id\n        idNumber(reveal: true)\n      }\n    }\n  }\n": typeof types.RevealMemberIdNumbersDocument,
    "\n  query RevealMemberPhones($id: ID!) {\n    household(id: $id) {\n      id\n      members {\n        id\n        phone(reveal: true)\n      }\n    }\n  }\n": typeof types.RevealMemberPhonesDocument,
    "\n  query HouseholdSensitiveValues($id: ID!) {\n    household(id: $id) {\n      id\n      phone(reveal: true)\n      members {\n        id\n        idNumber(reveal: true)\n        phone(reveal: true)\n      }\n    }\n  }\n": typeof types.HouseholdSensitiveValuesDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": typeof types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($input: UpdateHouseholdInput!) {\n    updateHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": typeof types.UpdateHouseholdDocument,
    "\n  mutation TransferHousehold($input: TransferHouseholdInput!) {\n    transferHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": typeof types.TransferHouseholdDocument,
    "\n  mutation CloseHousehold($input: CloseHouseholdInput!) {\n    closeHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": typeof types.CloseHouseholdDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  query HouseholdCurrent($id: ID!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n      history(first: 20) {\n        nodes {\n          id\n          at\n          actorName\n          action\n        }\n      }\n    }\n  }\n": typeof types.HouseholdCurrentDocument,
    "\n  fragment UnitFields on Unit {\n    id\n    code\n    name\n    kind\n    depth\n    sortOrder\n    isActive\n    version\n    parentId\n    childCount\n  }\n": typeof types.UnitFieldsFragmentDoc,
    "\n  query Units($filter: UnitFilter, $first: Int!, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...UnitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query UnitSearch($filter: UnitFilter, $first: Int!) {\n    units(filter: $filter, first: $first) {\n      nodes {\n        ...UnitFields\n        parent {\n          id\n          name\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.UnitSearchDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.MoveUnitDocument,
    "\n  mutation DeactivateUnit($id: ID!, $version: Int!) {\n    deactivateUnit(id: $id, version: $version) {\n      ...UnitFields\n    }\n  }\n": typeof types.DeactivateUnitDocument,
    "\n  mutation ReactivateUnit($id: ID!, $version: Int!) {\n    reactivateUnit(id: $id, version: $version) {\n      ...UnitFields\n    }\n  }\n": typeof types.ReactivateUnitDocument,
};
const documents: Documents = {
    "\n  fragment AccountRowFields on Account {\n    id\n    username\n    displayName\n    phone\n    roles\n    isActive\n    lockedUntil\n    mustChangePassword\n    lastSignInAt\n    createdAt\n    version\n    unit {\n      id\n      name\n      kind\n    }\n  }\n": types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilter, $first: Int!, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AccountRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      ...AccountRowFields\n    }\n  }\n": types.DisableAccountDocument,
    "\n  mutation EnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      ...AccountRowFields\n    }\n  }\n": types.EnableAccountDocument,
    "\n  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {\n    resetAccountPassword(id: $id, newPassword: $newPassword) {\n      ...AccountRowFields\n    }\n  }\n": types.ResetAccountPasswordDocument,
    "\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    scope\n    secretHint\n    createdAt\n    lastUsedAt\n    revokedAt\n    version\n    unit {\n      id\n      name\n    }\n  }\n": types.ApiClientFieldsFragmentDoc,
    "\n  query ApiClients($first: Int!, $after: String) {\n    apiClients(first: $first, after: $after) {\n      nodes {\n        ...ApiClientFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        ...ApiClientFields\n      }\n      secret\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        actorName\n        unitId\n        action\n        entityType\n        entityId\n        changes\n        details\n        ip\n        requestId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment AccountFields on Account {\n    id\n    username\n    displayName\n    roles\n    mustChangePassword\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...AccountFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment HouseholdRowFields on Household {\n    id\n    fileNumber\n    category\n    status\n    hardshipLevel\n    riskLevel\n    livingArrangement\n    lastAssessedOn\n    registeredOn\n    unit {\n      id\n      name\n    }\n    members {\n      id\n      relation\n      name\n      age\n      isDeceased\n    }\n  }\n": types.HouseholdRowFieldsFragmentDoc,
    "\n  query Households($filter: HouseholdFilter, $sort: HouseholdSort!, $first: Int!, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...HouseholdRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.HouseholdsDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    assessedOn\n    assessorName\n    griefTrauma\n    healing\n    acceptance\n    futureAttitude\n    physicalHealth\n    mentalHealth\n    riskLevel\n    needs\n    notes\n    createdAt\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  fragment MemberFields on HouseholdMember {\n    id\n    relation\n    name\n    sex\n    ethnicity\n    idNumber\n    birthDate\n    age\n    birthdayCalendar\n    phone\n    maritalStatus\n    healthStatus\n    chronicDiseases\n    mentalState\n    hobbies\n    hasPension\n    hasMedicalInsurance\n    usesSmartphone\n    usesWechat\n    isDeceased\n    deathDate\n    causeOfDeath\n    disabilityType\n    disabilityGrade\n    note\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment HouseholdDetailFields on Household {\n    id\n    fileNumber\n    version\n    status\n    category\n    unit {\n      id\n      name\n    }\n    address\n    phone\n    residenceType\n    livingArrangement\n    incomeSources\n    yearlyIncomeFen\n    debtFen\n    debtNote\n    hardshipLevel\n    biggestDifficulty\n    needs\n    elderCareWish\n    wishes\n    familyDoctorName\n    familyDoctorPhone\n    familyDoctorSignedOn\n    tags\n    registeredOn\n    closedOn\n    closeReason\n    riskLevel\n    lastAssessedOn\n    updatedAt\n    members {\n      ...MemberFields\n    }\n    contacts {\n      id\n      kind\n      name\n      phone\n      organization\n    }\n    categoryChanges {\n      id\n      changedOn\n      fromCategory\n      toCategory\n      reason\n    }\n    assessments {\n      ...AssessmentFields\n    }\n  }\n": types.HouseholdDetailFieldsFragmentDoc,
    "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n    }\n  }\n": types.HouseholdDocument,
    "\n  query HouseholdHistory($id: ID!, $first: Int!, $after: String) {\n    household(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          actorName\n          actorKind\n          action\n          changes\n          details\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.HouseholdHistoryDocument,
    "\n  query RevealHouseholdPhone($id: ID!) {\n    household(id: $id) {\n      id\n      phone(reveal: true)\n    }\n  }\n": types.RevealHouseholdPhoneDocument,
    "\n  query RevealMemberIdNumbers($id: ID!) {\n    household(id: $id) {\n      id\n      members {\n        id\n        idNumber(reveal: true)\n      }\n    }\n  }\n": types.RevealMemberIdNumbersDocument,
    "\n  query RevealMemberPhones($id: ID!) {\n    household(id: $id) {\n      id\n      members {\n        id\n        phone(reveal: true)\n      }\n    }\n  }\n": types.RevealMemberPhonesDocument,
    "\n  query HouseholdSensitiveValues($id: ID!) {\n    household(id: $id) {\n      id\n      phone(reveal: true)\n      members {\n        id\n        idNumber(reveal: true)\n        phone(reveal: true)\n      }\n    }\n  }\n": types.HouseholdSensitiveValuesDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($input: UpdateHouseholdInput!) {\n    updateHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": types.UpdateHouseholdDocument,
    "\n  mutation TransferHousehold($input: TransferHouseholdInput!) {\n    transferHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": types.TransferHouseholdDocument,
    "\n  mutation CloseHousehold($input: CloseHouseholdInput!) {\n    closeHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": types.CloseHouseholdDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.RecordAssessmentDocument,
    "\n  query HouseholdCurrent($id: ID!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n      history(first: 20) {\n        nodes {\n          id\n          at\n          actorName\n          action\n        }\n      }\n    }\n  }\n": types.HouseholdCurrentDocument,
    "\n  fragment UnitFields on Unit {\n    id\n    code\n    name\n    kind\n    depth\n    sortOrder\n    isActive\n    version\n    parentId\n    childCount\n  }\n": types.UnitFieldsFragmentDoc,
    "\n  query Units($filter: UnitFilter, $first: Int!, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...UnitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.UnitsDocument,
    "\n  query UnitSearch($filter: UnitFilter, $first: Int!) {\n    units(filter: $filter, first: $first) {\n      nodes {\n        ...UnitFields\n        parent {\n          id\n          name\n        }\n      }\n      totalCount\n    }\n  }\n": types.UnitSearchDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.UnitDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.MoveUnitDocument,
    "\n  mutation DeactivateUnit($id: ID!, $version: Int!) {\n    deactivateUnit(id: $id, version: $version) {\n      ...UnitFields\n    }\n  }\n": types.DeactivateUnitDocument,
    "\n  mutation ReactivateUnit($id: ID!, $version: Int!) {\n    reactivateUnit(id: $id, version: $version) {\n      ...UnitFields\n    }\n  }\n": types.ReactivateUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRowFields on Account {\n    id\n    username\n    displayName\n    phone\n    roles\n    isActive\n    lockedUntil\n    mustChangePassword\n    lastSignInAt\n    createdAt\n    version\n    unit {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment AccountRowFields on Account {\n    id\n    username\n    displayName\n    phone\n    roles\n    isActive\n    lockedUntil\n    mustChangePassword\n    lastSignInAt\n    createdAt\n    version\n    unit {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: AccountFilter, $first: Int!, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AccountRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Accounts($filter: AccountFilter, $first: Int!, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AccountRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {\n    resetAccountPassword(id: $id, newPassword: $newPassword) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {\n    resetAccountPassword(id: $id, newPassword: $newPassword) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    scope\n    secretHint\n    createdAt\n    lastUsedAt\n    revokedAt\n    version\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    scope\n    secretHint\n    createdAt\n    lastUsedAt\n    revokedAt\n    version\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClients($first: Int!, $after: String) {\n    apiClients(first: $first, after: $after) {\n      nodes {\n        ...ApiClientFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ApiClients($first: Int!, $after: String) {\n    apiClients(first: $first, after: $after) {\n      nodes {\n        ...ApiClientFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        ...ApiClientFields\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        ...ApiClientFields\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        actorName\n        unitId\n        action\n        entityType\n        entityId\n        changes\n        details\n        ip\n        requestId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        actorName\n        unitId\n        action\n        entityType\n        entityId\n        changes\n        details\n        ip\n        requestId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    username\n    displayName\n    roles\n    mustChangePassword\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    username\n    displayName\n    roles\n    mustChangePassword\n    unit {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdRowFields on Household {\n    id\n    fileNumber\n    category\n    status\n    hardshipLevel\n    riskLevel\n    livingArrangement\n    lastAssessedOn\n    registeredOn\n    unit {\n      id\n      name\n    }\n    members {\n      id\n      relation\n      name\n      age\n      isDeceased\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdRowFields on Household {\n    id\n    fileNumber\n    category\n    status\n    hardshipLevel\n    riskLevel\n    livingArrangement\n    lastAssessedOn\n    registeredOn\n    unit {\n      id\n      name\n    }\n    members {\n      id\n      relation\n      name\n      age\n      isDeceased\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Households($filter: HouseholdFilter, $sort: HouseholdSort!, $first: Int!, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...HouseholdRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Households($filter: HouseholdFilter, $sort: HouseholdSort!, $first: Int!, $after: String) {\n    households(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...HouseholdRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    assessedOn\n    assessorName\n    griefTrauma\n    healing\n    acceptance\n    futureAttitude\n    physicalHealth\n    mentalHealth\n    riskLevel\n    needs\n    notes\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AssessmentFields on Assessment {\n    id\n    assessedOn\n    assessorName\n    griefTrauma\n    healing\n    acceptance\n    futureAttitude\n    physicalHealth\n    mentalHealth\n    riskLevel\n    needs\n    notes\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on HouseholdMember {\n    id\n    relation\n    name\n    sex\n    ethnicity\n    idNumber\n    birthDate\n    age\n    birthdayCalendar\n    phone\n    maritalStatus\n    healthStatus\n    chronicDiseases\n    mentalState\n    hobbies\n    hasPension\n    hasMedicalInsurance\n    usesSmartphone\n    usesWechat\n    isDeceased\n    deathDate\n    causeOfDeath\n    disabilityType\n    disabilityGrade\n    note\n  }\n"): (typeof documents)["\n  fragment MemberFields on HouseholdMember {\n    id\n    relation\n    name\n    sex\n    ethnicity\n    idNumber\n    birthDate\n    age\n    birthdayCalendar\n    phone\n    maritalStatus\n    healthStatus\n    chronicDiseases\n    mentalState\n    hobbies\n    hasPension\n    hasMedicalInsurance\n    usesSmartphone\n    usesWechat\n    isDeceased\n    deathDate\n    causeOfDeath\n    disabilityType\n    disabilityGrade\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdDetailFields on Household {\n    id\n    fileNumber\n    version\n    status\n    category\n    unit {\n      id\n      name\n    }\n    address\n    phone\n    residenceType\n    livingArrangement\n    incomeSources\n    yearlyIncomeFen\n    debtFen\n    debtNote\n    hardshipLevel\n    biggestDifficulty\n    needs\n    elderCareWish\n    wishes\n    familyDoctorName\n    familyDoctorPhone\n    familyDoctorSignedOn\n    tags\n    registeredOn\n    closedOn\n    closeReason\n    riskLevel\n    lastAssessedOn\n    updatedAt\n    members {\n      ...MemberFields\n    }\n    contacts {\n      id\n      kind\n      name\n      phone\n      organization\n    }\n    categoryChanges {\n      id\n      changedOn\n      fromCategory\n      toCategory\n      reason\n    }\n    assessments {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdDetailFields on Household {\n    id\n    fileNumber\n    version\n    status\n    category\n    unit {\n      id\n      name\n    }\n    address\n    phone\n    residenceType\n    livingArrangement\n    incomeSources\n    yearlyIncomeFen\n    debtFen\n    debtNote\n    hardshipLevel\n    biggestDifficulty\n    needs\n    elderCareWish\n    wishes\n    familyDoctorName\n    familyDoctorPhone\n    familyDoctorSignedOn\n    tags\n    registeredOn\n    closedOn\n    closeReason\n    riskLevel\n    lastAssessedOn\n    updatedAt\n    members {\n      ...MemberFields\n    }\n    contacts {\n      id\n      kind\n      name\n      phone\n      organization\n    }\n    categoryChanges {\n      id\n      changedOn\n      fromCategory\n      toCategory\n      reason\n    }\n    assessments {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdHistory($id: ID!, $first: Int!, $after: String) {\n    household(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          actorName\n          actorKind\n          action\n          changes\n          details\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdHistory($id: ID!, $first: Int!, $after: String) {\n    household(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          actorName\n          actorKind\n          action\n          changes\n          details\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevealHouseholdPhone($id: ID!) {\n    household(id: $id) {\n      id\n      phone(reveal: true)\n    }\n  }\n"): (typeof documents)["\n  query RevealHouseholdPhone($id: ID!) {\n    household(id: $id) {\n      id\n      phone(reveal: true)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevealMemberIdNumbers($id: ID!) {\n    household(id: $id) {\n      id\n      members {\n        id\n        idNumber(reveal: true)\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevealMemberIdNumbers($id: ID!) {\n    household(id: $id) {\n      id\n      members {\n        id\n        idNumber(reveal: true)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevealMemberPhones($id: ID!) {\n    household(id: $id) {\n      id\n      members {\n        id\n        phone(reveal: true)\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevealMemberPhones($id: ID!) {\n    household(id: $id) {\n      id\n      members {\n        id\n        phone(reveal: true)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdSensitiveValues($id: ID!) {\n    household(id: $id) {\n      id\n      phone(reveal: true)\n      members {\n        id\n        idNumber(reveal: true)\n        phone(reveal: true)\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdSensitiveValues($id: ID!) {\n    household(id: $id) {\n      id\n      phone(reveal: true)\n      members {\n        id\n        idNumber(reveal: true)\n        phone(reveal: true)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHousehold($input: UpdateHouseholdInput!) {\n    updateHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHousehold($input: UpdateHouseholdInput!) {\n    updateHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferHousehold($input: TransferHouseholdInput!) {\n    transferHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransferHousehold($input: TransferHouseholdInput!) {\n    transferHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseHousehold($input: CloseHouseholdInput!) {\n    closeHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseHousehold($input: CloseHouseholdInput!) {\n    closeHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdCurrent($id: ID!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n      history(first: 20) {\n        nodes {\n          id\n          at\n          actorName\n          action\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdCurrent($id: ID!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n      history(first: 20) {\n        nodes {\n          id\n          at\n          actorName\n          action\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    id\n    code\n    name\n    kind\n    depth\n    sortOrder\n    isActive\n    version\n    parentId\n    childCount\n  }\n"): (typeof documents)["\n  fragment UnitFields on Unit {\n    id\n    code\n    name\n    kind\n    depth\n    sortOrder\n    isActive\n    version\n    parentId\n    childCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($filter: UnitFilter, $first: Int!, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...UnitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Units($filter: UnitFilter, $first: Int!, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...UnitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSearch($filter: UnitFilter, $first: Int!) {\n    units(filter: $filter, first: $first) {\n      nodes {\n        ...UnitFields\n        parent {\n          id\n          name\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query UnitSearch($filter: UnitFilter, $first: Int!) {\n    units(filter: $filter, first: $first) {\n      nodes {\n        ...UnitFields\n        parent {\n          id\n          name\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUnit($id: ID!, $version: Int!) {\n    deactivateUnit(id: $id, version: $version) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUnit($id: ID!, $version: Int!) {\n    deactivateUnit(id: $id, version: $version) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUnit($id: ID!, $version: Int!) {\n    reactivateUnit(id: $id, version: $version) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUnit($id: ID!, $version: Int!) {\n    reactivateUnit(id: $id, version: $version) {\n      ...UnitFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;