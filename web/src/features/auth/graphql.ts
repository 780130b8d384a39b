import { graphql } from '../../gql';

export const AccountFieldsFragment = graphql(`
  fragment AccountFields on Account {
    id
    username
    displayName
    roles
    mustChangePassword
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

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
