import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { getOperationName, type Operation } from 'urql';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/router';
import { SessionGate } from '../features/auth/components/SessionGate';
import { SessionProvider } from '../features/auth/components/SessionProvider';
import { createGraphQLClient } from '../graphql/client';
import { DEFAULT_LOCALE, setLocale } from '../i18n';
import { type MockResolvers, mockTransport } from './mock-transport';

/**
 * Renders the whole app (providers, session, real routes) at `path`, with GraphQL answered by
 * `resolvers`; `extra` renders inside the session, outside the router. Returns the router, to inspect the location, and the operations sent.
 */
export function renderApp(path: string, resolvers: MockResolvers, extra?: ReactNode) {
  const calls: Operation[] = [];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders>
      <SessionProvider
        createClient={(options) => createGraphQLClient(options, mockTransport(resolvers, calls))}
      >
        <SessionGate>
          <RouterProvider router={router} />
        </SessionGate>
        {extra}
      </SessionProvider>
    </AppProviders>,
  );
  const operationNames = () => calls.map((op) => getOperationName(op.query));
  /** The variables of every operation with this name, in the order sent. */
  const variablesOf = (name: string) =>
    calls.filter((op) => getOperationName(op.query) === name).map((op) => op.variables);
  return { ...view, router, calls, operationNames, variablesOf };
}

/** The current path and query, as the user sees it in the address bar. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  return router.state.location.pathname + router.state.location.search;
}

/** Back to the default language with nothing remembered, as on a first visit. */
export async function resetLocale(): Promise<void> {
  await setLocale(DEFAULT_LOCALE);
  window.localStorage.clear();
}
