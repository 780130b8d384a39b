import { isEnumValue, ROLES, type Role } from '@nuanxin/shared';
import type { AccountFilter } from '../../gql/graphql';

/** The account list's filters as they appear in the URL (`?unit=…&role=…&status=…&q=…`). */
export type AccountFilterValues = {
  unitId?: string;
  role?: Role;
  status?: 'active' | 'disabled';
  search?: string;
};

const STATUSES = ['active', 'disabled'] as const;

/** Reads the filters from the query string, ignoring values that make no sense. */
export function readAccountFilter(params: URLSearchParams): AccountFilterValues {
  const role = params.get('role');
  const status = params.get('status');
  const search = params.get('q')?.trim().slice(0, 50);
  return {
    unitId: params.get('unit') || undefined,
    role: isEnumValue(ROLES, role) ? role : undefined,
    status: isEnumValue(STATUSES, status) ? status : undefined,
    search: search || undefined,
  };
}

/** The query string for the filters (empty ones left out, so a clean list has a clean URL). */
export function writeAccountFilter(values: AccountFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.unitId) params.set('unit', values.unitId);
  if (values.role) params.set('role', values.role);
  if (values.status) params.set('status', values.status);
  if (values.search) params.set('q', values.search);
  return params;
}

/** The GraphQL filter for the values. */
export function toAccountFilter(values: AccountFilterValues): AccountFilter {
  return {
    unitId: values.unitId ?? null,
    role: values.role ?? null,
    isActive: values.status === undefined ? null : values.status === 'active',
    search: values.search ?? null,
  };
}
