import type { AccountRowFieldsFragment, UnitFieldsFragment } from '../gql/graphql';
import type { MockResponse } from './mock-transport';

type Typed<T, N extends string> = T & { __typename: N };

/** A unit as `units` returns it. */
export function unitNode(
  attrs: Partial<UnitFieldsFragment> & Pick<UnitFieldsFragment, 'id' | 'name' | 'kind'>,
): Typed<UnitFieldsFragment, 'Unit'> {
  return {
    __typename: 'Unit',
    code: null,
    depth: 3,
    sortOrder: 0,
    isActive: true,
    version: 1,
    parentId: null,
    childCount: 0,
    ...attrs,
  };
}

/** The root of the tree, the system administrator's unit. */
export const national = unitNode({
  id: 'unit-0',
  name: '全国',
  kind: 'NATIONAL',
  depth: 0,
  childCount: 1,
});

/** The 历下区 district (the unit admin's unit) with two towns. */
export const district = unitNode({
  id: 'unit-3',
  name: '历下区计生协',
  kind: 'DISTRICT',
  code: '370102',
  childCount: 2,
  parentId: 'unit-2',
});
export const townA = unitNode({
  id: 'unit-7',
  name: '大明湖街道计生协',
  kind: 'TOWN',
  code: '370102001',
  parentId: 'unit-3',
  depth: 4,
  childCount: 1,
});
export const townB = unitNode({
  id: 'unit-8',
  name: '解放路街道计生协',
  kind: 'TOWN',
  code: '370102002',
  parentId: 'unit-3',
  depth: 4,
  sortOrder: 1,
});

/** A `units` connection answer. */
export function unitsPage(nodes: UnitFieldsFragment[]): MockResponse {
  return {
    data: {
      units: {
        __typename: 'UnitConnection',
        nodes,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        totalCount: nodes.length,
      },
    },
  };
}

/** Answers `units` like the server: no filter → own unit; parentId → its children. */
export function unitsResolver(root: UnitFieldsFragment, all: UnitFieldsFragment[]) {
  return (variables: Record<string, unknown>): MockResponse => {
    const filter = (variables.filter ?? {}) as { parentId?: string; search?: string };
    if (filter.parentId) return unitsPage(all.filter((u) => u.parentId === filter.parentId));
    if (filter.search) return unitsPage(all.filter((u) => u.name.includes(filter.search ?? '')));
    return unitsPage([root]);
  };
}

/** An account row as `accounts` returns it. */
export function accountRow(
  attrs: Partial<AccountRowFieldsFragment> &
    Pick<AccountRowFieldsFragment, 'id' | 'username' | 'displayName'>,
): Typed<AccountRowFieldsFragment, 'Account'> {
  return {
    __typename: 'Account',
    phone: null,
    roles: ['CASE_WORKER'],
    isActive: true,
    lockedUntil: null,
    mustChangePassword: false,
    lastSignInAt: '2025-09-01T01:30:00.000Z',
    createdAt: '2025-08-01T00:00:00.000Z',
    version: 1,
    unit: { __typename: 'Unit', id: townA.id, name: townA.name, kind: townA.kind } as never,
    ...attrs,
  };
}

/** An `accounts` connection answer. */
export function accountsPage(
  nodes: AccountRowFieldsFragment[],
  { totalCount = nodes.length, endCursor = null as string | null, hasNextPage = false } = {},
): MockResponse {
  return {
    data: {
      accounts: {
        __typename: 'AccountConnection',
        nodes,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        totalCount,
      },
    },
  };
}
