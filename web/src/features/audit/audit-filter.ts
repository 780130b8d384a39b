import { addDays, isIsoDate } from '@nuanxin/shared';
import type { AuditFilter } from '../../gql/graphql';

/** The audit log's filters in the URL: `?action=…&entity=…&from=YYYY-MM-DD&to=YYYY-MM-DD`. */
export type AuditFilterValues = {
  action?: string;
  entityType?: string;
  /** First day, inclusive, in the Asia/Shanghai calendar. */
  from?: string;
  /** Last day, inclusive. */
  to?: string;
};

export function readAuditFilter(params: URLSearchParams): AuditFilterValues {
  const from = params.get('from');
  const to = params.get('to');
  return {
    action: params.get('action')?.trim() || undefined,
    entityType: params.get('entity')?.trim() || undefined,
    from: isIsoDate(from) ? from : undefined,
    to: isIsoDate(to) ? to : undefined,
  };
}

export function writeAuditFilter(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.action) params.set('action', values.action);
  if (values.entityType) params.set('entity', values.entityType);
  if (values.from) params.set('from', values.from);
  if (values.to) params.set('to', values.to);
  return params;
}

/** Midnight at the start of a Shanghai calendar day, as an instant. */
function shanghaiMidnight(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00+08:00`).toISOString();
}

/** Days are Shanghai days, whatever the browser's time zone; `to` is exclusive on the server. */
export function toAuditFilter(values: AuditFilterValues): AuditFilter {
  return {
    action: values.action ?? null,
    entityType: values.entityType ?? null,
    from: values.from ? shanghaiMidnight(values.from) : null,
    to: values.to ? shanghaiMidnight(addDays(values.to, 1)) : null,
  };
}
