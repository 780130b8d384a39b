import type { RouteObject } from 'react-router';

/** The routes of 户档 under /households; each page is its own lazy chunk. */
export const householdRoutes: RouteObject = {
  path: 'households',
  children: [
    {
      index: true,
      lazy: async () => ({
        Component: (await import('./HouseholdListPage')).HouseholdListPage,
      }),
    },
    {
      path: 'new',
      lazy: async () => {
        const { HouseholdFormPage } = await import('./form/HouseholdFormPage');
        return { element: <HouseholdFormPage mode="create" /> };
      },
    },
    {
      path: ':id',
      lazy: async () => ({
        Component: (await import('./detail/HouseholdDetailPage')).HouseholdDetailPage,
      }),
    },
    {
      path: ':id/edit',
      lazy: async () => {
        const { HouseholdFormPage } = await import('./form/HouseholdFormPage');
        return { element: <HouseholdFormPage mode="edit" /> };
      },
    },
  ],
};
