import { graphql } from '../../gql';

export const ApiClientFieldsFragment = graphql(`
  fragment ApiClientFields on ApiClient {
    id
    name
    scope
    secretHint
    createdAt
    lastUsedAt
    revokedAt
    version
    unit {
      id
      name
    }
  }
`);

export const ApiClientsQuery = graphql(`
  query ApiClients($first: Int!, $after: String) {
    apiClients(first: $first, after: $after) {
      nodes {
        ...ApiClientFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      client {
        ...ApiClientFields
      }
      secret
    }
  }
`);

export const RevokeApiClientMutation = graphql(`
  mutation RevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) {
      ...ApiClientFields
    }
  }
`);
