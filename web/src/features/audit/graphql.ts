import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        at
        actorKind
        actorId
        actorName
        unitId
        action
        entityType
        entityId
        changes
        details
        ip
        requestId
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
