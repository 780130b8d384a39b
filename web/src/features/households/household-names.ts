import type { HouseholdDetailFieldsFragment } from '../../gql/graphql';

type Household = Pick<HouseholdDetailFieldsFragment, 'members'>;

const PARENT_ORDER = { FATHER: 0, MOTHER: 1 } as Record<string, number>;

/** Father, then mother. */
export function parentsOf<T extends { relation: string }>(members: T[]): T[] {
  return members
    .filter((m) => m.relation === 'FATHER' || m.relation === 'MOTHER')
    .sort((a, b) => (PARENT_ORDER[a.relation] ?? 2) - (PARENT_ORDER[b.relation] ?? 2));
}

/** The parents' names, the way workers name a family: "王建国、李秀英". */
export function parentsTitle(household: Household): string {
  return parentsOf(household.members)
    .map((m) => m.name)
    .join('、');
}
