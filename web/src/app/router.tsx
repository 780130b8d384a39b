import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { householdRoutes } from '../features/households/routes';
import { FullPageSpin } from './FullPageSpin';
import { MODULES } from './modules';
import { RouteErrorPage } from './RouteErrorPage';

/** Modules whose pages are not built yet (系统 and 户档 have their own routes below). */
const PLACEHOLDER_MODULES = MODULES.filter((m) => m.key !== 'admin' && m.key !== 'households');

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
              {
                path: 'account/password',
                lazy: async () => ({
                  Component: (await import('../features/auth/pages/ChangePasswordPage'))
                    .ChangePasswordPage,
                }),
              },
              {
                path: 'admin',
                lazy: async () => ({
                  Component: (await import('../features/admin/AdminLayout')).AdminLayout,
                }),
                children: [
                  { index: true, element: <Navigate to="units" replace /> },
                  {
                    path: 'units',
                    lazy: async () => ({
                      Component: (await import('../features/units/UnitsPage')).UnitsPage,
                    }),
                  },
                  {
                    path: 'accounts',
                    lazy: async () => ({
                      Component: (await import('../features/accounts/AccountsPage')).AccountsPage,
                    }),
                  },
                  {
                    path: 'api-clients',
                    lazy: async () => ({
                      Component: (await import('../features/api-clients/ApiClientsPage'))
                        .ApiClientsPage,
                    }),
                  },
                  {
                    path: 'audit',
                    lazy: async () => ({
                      Component: (await import('../features/audit/AuditPage')).AuditPage,
                    }),
                  },
                ],
              },
              householdRoutes,
              // Modules without pages yet; replace an entry with the module's own routes.
              ...PLACEHOLDER_MODULES.map((module): RouteObject => ({
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
