import { useCallback, useEffect, useState } from 'react';
import { type Client, type CombinedError, type OperationResult, useClient } from 'urql';
import type {
  UnitFieldsFragment,
  UnitFilter,
  UnitsQuery as UnitsResult,
  UnitsQueryVariables,
} from '../../gql/graphql';
import { UnitQuery, UnitsQuery } from './graphql';

export type UnitNode = UnitFieldsFragment;

// The largest page the server serves; a town rarely has more villages than this, and more
// pages are fetched when it does.
const PAGE_SIZE = 200;

async function fetchAllUnits(client: Client, filter: UnitFilter): Promise<UnitNode[]> {
  const units: UnitNode[] = [];
  let after: string | null = null;
  for (;;) {
    const variables: UnitsQueryVariables = { filter, first: PAGE_SIZE, after };
    const result: OperationResult<UnitsResult, UnitsQueryVariables> = await client
      .query(UnitsQuery, variables, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw result.error;
    const data: UnitsResult | undefined = result.data;
    if (!data) return units;
    units.push(...data.units.nodes);
    const endCursor: string | null = data.units.pageInfo.endCursor;
    if (!data.units.pageInfo.hasNextPage || !endCursor) return units;
    after = endCursor;
  }
}

type TreeState = {
  /** The filter the data below was loaded with; other data is discarded. */
  includeInactive: boolean;
  /** The caller's own unit, the top of what they see; undefined while loading. */
  root?: UnitNode | null;
  /** Children by parent id, for the parents loaded so far. */
  children: Record<string, UnitNode[]>;
  error?: CombinedError;
};

/**
 * The caller's subtree, loaded a level at a time as it is expanded (`units(filter: {parentId})`),
 * for the unit tree and the unit picker. Changing `includeInactive` starts again from the top.
 */
export function useUnitTree(includeInactive: boolean) {
  const client = useClient();
  const [state, setState] = useState<TreeState>({ includeInactive, children: {} });
  const [generation, setGeneration] = useState(0);
  const current: TreeState =
    state.includeInactive === includeInactive ? state : { includeInactive, children: {} };

  // Writes only if the data still belongs to the current filter.
  const update = useCallback(
    (change: (s: TreeState) => TreeState) =>
      setState((s) =>
        change(s.includeInactive === includeInactive ? s : { includeInactive, children: {} }),
      ),
    [includeInactive],
  );

  useEffect(() => {
    let isCurrent = true;
    fetchAllUnits(client, { includeInactive }).then(
      ([own]) => isCurrent && update(() => ({ includeInactive, root: own ?? null, children: {} })),
      (error: CombinedError) =>
        isCurrent && update(() => ({ includeInactive, root: null, children: {}, error })),
    );
    return () => {
      isCurrent = false;
    };
  }, [client, includeInactive, update, generation]);

  /** Loads (or reloads) the children of a unit. */
  const loadChildren = useCallback(
    async (parentId: string) => {
      try {
        const units = await fetchAllUnits(client, { parentId, includeInactive });
        update((s) => ({ ...s, children: { ...s.children, [parentId]: units } }));
      } catch (error) {
        update((s) => ({ ...s, error: error as CombinedError }));
      }
    },
    [client, includeInactive, update],
  );

  /** Puts a changed unit everywhere it is shown. */
  const replaceUnit = useCallback(
    (unit: UnitNode) =>
      update((s) => ({
        ...s,
        root: s.root?.id === unit.id ? unit : s.root,
        children: Object.fromEntries(
          Object.entries(s.children).map(([parentId, units]) => [
            parentId,
            units.map((u) => (u.id === unit.id ? unit : u)),
          ]),
        ),
      })),
    [update],
  );

  /**
   * After a unit changed (created, moved, deactivated): reload it, its parent's children, and
   * forget what was loaded beneath it (expanded nodes load again by themselves).
   */
  const refreshAround = useCallback(
    async (unitId: string, parentIds: (string | null | undefined)[]) => {
      update((s) => ({ ...s, children: withoutSubtree(s.children, unitId) }));
      const parents = [...new Set(parentIds.filter((id): id is string => !!id))];
      await Promise.all(parents.map((id) => loadChildren(id)));
      // The parents' own child counts changed too.
      for (const id of [unitId, ...parents]) {
        const { data } = await client
          .query(UnitQuery, { id }, { requestPolicy: 'network-only' })
          .toPromise();
        if (data) replaceUnit(data.unit);
      }
    },
    [client, loadChildren, replaceUnit, update],
  );

  const reload = useCallback(() => {
    update(() => ({ includeInactive, children: {} }));
    setGeneration((g) => g + 1);
  }, [includeInactive, update]);

  return {
    root: current.root,
    children: current.children,
    error: current.error,
    loadChildren,
    replaceUnit,
    refreshAround,
    reload,
  };
}

/** The children map without the entries under `unitId` (it stays in its parent's list). */
function withoutSubtree(
  children: Record<string, UnitNode[]>,
  unitId: string,
): Record<string, UnitNode[]> {
  const drop = new Set<string>();
  const visit = (id: string) => {
    if (drop.has(id)) return;
    drop.add(id);
    for (const child of children[id] ?? []) visit(child.id);
  };
  visit(unitId);
  return Object.fromEntries(Object.entries(children).filter(([id]) => !drop.has(id)));
}

/** Finds a loaded unit by id. */
export function findUnit(
  root: UnitNode | null | undefined,
  children: Record<string, UnitNode[]>,
  id: string | null | undefined,
): UnitNode | undefined {
  if (!id) return undefined;
  if (root?.id === id) return root;
  for (const units of Object.values(children)) {
    const found = units.find((u) => u.id === id);
    if (found) return found;
  }
  return undefined;
}
