import { isEnumValue, ROLES, UNIT_KINDS } from '@nuanxin/shared';
import type { TFunction } from 'i18next';
import type { AuditLogQuery } from '../../gql/graphql';
import { isKnownFailureReason } from './audit-labels';

export type AuditRow = AuditLogQuery['auditLog']['nodes'][number];

export type Change = { field: string; old: unknown; new: unknown };

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** `changes` as rows: `{ name: { old, new } }` → `[{ field: 'name', old, new }]`. */
export function changeRows(changes: unknown): Change[] {
  const record = asRecord(changes);
  if (!record) return [];
  return Object.entries(record).map(([field, change]) => {
    const pair = asRecord(change);
    return { field, old: pair?.old ?? null, new: pair?.new ?? null };
  });
}

/** A readable name for the record an entry is about, when the entry carries one. */
export function entityName(row: AuditRow): string | undefined {
  const changes = asRecord(row.changes);
  for (const field of ['name', 'displayName', 'username']) {
    const pair = asRecord(changes?.[field]);
    const value = pair?.new ?? pair?.old;
    if (typeof value === 'string' && value) return value;
  }
  const username = asRecord(row.details)?.username;
  if (typeof username === 'string' && username) return username;
  // Someone acting on their own account (changing their password, signing out).
  if (row.entityType === 'Account' && row.entityId && row.entityId === row.actorId) {
    return row.actorName ?? undefined;
  }
  return undefined;
}

/** Fields and details whose values are unit ids, shown with the unit's name. */
export const UNIT_ID_FIELDS = ['unitId', 'parentId', 'fromParentId', 'toParentId'];

/** One value of a change, readably: 是/否, role and unit kind labels, "—" for nothing. */
export function formatValue(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (Array.isArray(value)) {
    return value.map((item) => formatValue(field, item, t)).join('、') || '—';
  }
  if (field === 'roles' && isEnumValue(ROLES, value)) return t(`role.${value}`);
  if (field === 'kind' && isEnumValue(UNIT_KINDS, value)) return t(`unitKind.${value}`);
  if (field === 'reason' && isKnownFailureReason(value)) return t(`audit.failureReasons.${value}`);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
