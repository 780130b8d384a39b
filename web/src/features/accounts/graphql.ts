import { graphql } from '../../gql';

export const AccountRowFieldsFragment = graphql(`
  fragment AccountRowFields on Account {
    id
    username
    displayName
    phone
    roles
    isActive
    lockedUntil
    mustChangePassword
    lastSignInAt
    createdAt
    version
    unit {
      id
      name
      kind
    }
  }
`);

export const AccountsQuery = graphql(`
  query Accounts($filter: AccountFilter, $first: Int!, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      nodes {
        ...AccountRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountRowFields
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      ...AccountRowFields
    }
  }
`);

export const DisableAccountMutation = graphql(`
  mutation DisableAccount($id: ID!) {
    disableAccount(id: $id) {
      ...AccountRowFields
    }
  }
`);

export const EnableAccountMutation = graphql(`
  mutation EnableAccount($id: ID!) {
    enableAccount(id: $id) {
      ...AccountRowFields
    }
  }
`);

export const ResetAccountPasswordMutation = graphql(`
  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {
    resetAccountPassword(id: $id, newPassword: $newPassword) {
      ...AccountRowFields
    }
  }
`);
