import { graphql } from '../../gql';

export const AccountFieldsFragment = graphql(`
  fragment AccountFields on Account {
    id
    username
    displayName
    roles
    unit {
      id
      code
      name
      kind
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...AccountFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      user {
        ...AccountFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
