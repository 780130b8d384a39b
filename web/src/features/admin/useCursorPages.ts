import { useState } from 'react';

/**
 * Page-by-page browsing of a cursor connection: a stack of the `after` cursors of the pages
 * visited, so "previous" goes back exactly. The stack belongs to `resetKey` (the filters): new
 * filters start again from the first page.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const setCursors = (next: (string | null)[]) => setState({ key: resetKey, cursors: next });

  return {
    /** The `after` argument of the current page. */
    after: cursors[cursors.length - 1] ?? null,
    /** 1 for the first page. */
    pageNumber: cursors.length,
    hasPrevious: cursors.length > 1,
    next: (endCursor: string) => setCursors([...cursors, endCursor]),
    previous: () => setCursors(cursors.length > 1 ? cursors.slice(0, -1) : cursors),
    /** Back to the first page (after a change that reorders the list). */
    first: () => setCursors([null]),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;
