import { graphql } from '../../gql';

export const UnitFieldsFragment = graphql(`
  fragment UnitFields on Unit {
    id
    code
    name
    kind
    depth
    sortOrder
    isActive
    version
    parentId
    childCount
  }
`);

export const UnitsQuery = graphql(`
  query Units($filter: UnitFilter, $first: Int!, $after: String) {
    units(filter: $filter, first: $first, after: $after) {
      nodes {
        ...UnitFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** Search results name their parent, so two 新城街道 can be told apart. */
export const UnitSearchQuery = graphql(`
  query UnitSearch($filter: UnitFilter, $first: Int!) {
    units(filter: $filter, first: $first) {
      nodes {
        ...UnitFields
        parent {
          id
          name
        }
      }
      totalCount
    }
  }
`);

export const UnitQuery = graphql(`
  query Unit($id: ID!) {
    unit(id: $id) {
      ...UnitFields
      parent {
        id
        name
      }
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      ...UnitFields
    }
  }
`);

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      ...UnitFields
    }
  }
`);

export const MoveUnitMutation = graphql(`
  mutation MoveUnit($input: MoveUnitInput!) {
    moveUnit(input: $input) {
      ...UnitFields
    }
  }
`);

export const DeactivateUnitMutation = graphql(`
  mutation DeactivateUnit($id: ID!, $version: Int!) {
    deactivateUnit(id: $id, version: $version) {
      ...UnitFields
    }
  }
`);

export const ReactivateUnitMutation = graphql(`
  mutation ReactivateUnit($id: ID!, $version: Int!) {
    reactivateUnit(id: $id, version: $version) {
      ...UnitFields
    }
  }
`);
