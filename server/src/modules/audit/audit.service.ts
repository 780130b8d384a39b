import type { DataSource } from 'typeorm';
import { requirePermission } from '../../core/access.js';
import type { Actor, Caller, RequestMeta } from '../../core/context.js';
import { DataGate, scopeOf, type ScopedTx } from '../../core/data-gate.js';
import { badInput } from '../../core/errors.js';
import { decodeCursor, toConnection, type Connection } from '../../core/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';

export type AuditInput = {
  action: string;
  entityType?: string;
  entityId?: string;
  /** The unit the record belongs to: who may read the entry follows from it. */
  unitId?: string | null;
  changes?: Changes | null;
  details?: Record<string, unknown> | null;
};

export type Changes = Record<string, { old: unknown; new: unknown }>;

export type AuditFilter = {
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  from?: Date | null;
  to?: Date | null;
};

/** Field-by-field differences between two versions of a record (only the listed fields). */
export function diff<T extends object>(
  before: T | null,
  after: T,
  fields: (keyof T & string)[],
): Changes | null {
  const changes: Changes = {};
  for (const field of fields) {
    const old = before ? before[field] : null;
    const next = after[field];
    if (JSON.stringify(old) !== JSON.stringify(next))
      changes[field] = { old: old ?? null, new: next ?? null };
  }
  return Object.keys(changes).length ? changes : null;
}

/** Writes and reads the audit log. Writes happen inside the caller's transaction. */
export class AuditService {
  private readonly gate: DataGate;

  constructor(dataSource: DataSource) {
    this.gate = new DataGate(dataSource);
  }

  /** Appends an entry in the same transaction as the change it describes. */
  async record(
    tx: ScopedTx,
    who: { actor: Actor | null; meta: RequestMeta },
    input: AuditInput,
  ): Promise<void> {
    const actor = who.actor;
    await tx.manager.insert(AuditEntry, {
      actorKind: actor ? actor.kind : 'anonymous',
      actorId: actor ? (actor.kind === 'account' ? actor.accountId : actor.clientId) : null,
      actorName: actor?.name.slice(0, 100) ?? null,
      unitId: input.unitId ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      // TypeORM's deep-partial type cannot express free-form JSON columns.
      changes: (input.changes ?? null) as never,
      details: (input.details ?? null) as never,
      ip: who.meta.ip,
      userAgent: who.meta.userAgent?.slice(0, 300) ?? null,
      requestId: who.meta.requestId,
    });
  }

  /** Entries about records in the caller's subtree, newest first. */
  async list(
    caller: Caller,
    filter: AuditFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    requirePermission(caller.actor, 'audit.read');
    const cursor = decodeCursor(after);
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const qb = tx.manager
        .createQueryBuilder(AuditEntry, 'a')
        .leftJoin('unit', 'u', 'u.id = a.unit_id')
        // Entries without a unit (system work) belong to the root: only a root scope sees them.
        .where(tx.scope.path === '/' ? 'TRUE' : 'u.path LIKE :scopePrefix', {
          scopePrefix: `${tx.scope.path}%`,
        });
      if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
      if (filter.entityType)
        qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
      if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
      if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
      if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
      const totalCount = await qb.getCount();
      // Ids grow with every insert, so they order entries as they happened (and exactly, unlike
      // timestamps that a cursor would round to milliseconds).
      if (cursor) {
        const [id] = cursor;
        if (typeof id !== 'string' || !/^\d+$/.test(id))
          throw badInput('after', 'INVALID_CURSOR', 'Bad cursor');
        qb.andWhere('a.id < :id', { id });
      }
      const rows = await qb
        .orderBy('a.id', 'DESC')
        .take(first + 1)
        .getMany();
      return toConnection(rows, first, totalCount, (r) => [r.id]);
    });
  }
}
