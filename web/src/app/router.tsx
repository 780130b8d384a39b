import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { FullPageSpin } from './FullPageSpin';
import { MODULES } from './modules';
import { RouteErrorPage } from './RouteErrorPage';

// Pages are lazy so the first load carries only the shell; each page becomes its own chunk.
export const routes: RouteObject[] = [
  {
    id: 'root',
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        path: 'login',
        lazy: async () => ({
          Component: (await import('../features/auth/pages/LoginPage')).LoginPage,
        }),
      },
      {
        Component: RequireAuth,
        children: [
          {
            lazy: async () => ({ Component: (await import('./AppShell')).AppShell }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('./HomePage')).HomePage }),
              },
              // Modules without pages yet; replace an entry with the module's own routes.
              ...MODULES.map((module): RouteObject => ({
                path: module.path,
                lazy: async () => {
                  const { ModulePlaceholder } = await import('./ModulePlaceholder');
                  return { element: <ModulePlaceholder module={module.key} /> };
                },
              })),
              {
                path: '*',
                lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }),
              },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
