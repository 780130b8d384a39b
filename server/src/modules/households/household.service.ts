import type { DataSource } from 'typeorm';
import { addDays, todayInShanghai } from '@nuanxin/shared';
import { requirePermission } from '../../core/access.js';
import type { Caller } from '../../core/context.js';
import { DataGate, scopeOf, SYSTEM_SCOPE } from '../../core/data-gate.js';
import { badInput, notFound } from '../../core/errors.js';
import { decodeCursor, toConnection, type Connection } from '../../core/pagination.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { Unit } from '../units/unit.entity.js';
import { escapeLike, isUuid } from '../units/unit.service.js';
import {
  Assessment,
  Household,
  HouseholdCategoryChange,
  HouseholdContact,
  HouseholdMember,
} from './household.entity.js';
import type { HouseholdFilter } from './household.inputs.js';

export type HouseholdSort = 'FILE_NUMBER' | 'REGISTERED_ON_DESC' | 'RISK';

const RISK_RANK: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

// Stable orders for keyset paging: each ends with the primary key, so no row is skipped or repeated.
const SORTS: Record<
  HouseholdSort,
  { columns: { expr: string; dir: 'ASC' | 'DESC'; key: (h: Household) => unknown }[] }
> = {
  FILE_NUMBER: { columns: [{ expr: 'h.file_number', dir: 'ASC', key: (h) => h.fileNumber }] },
  REGISTERED_ON_DESC: {
    columns: [
      { expr: 'h.registered_on', dir: 'DESC', key: (h) => h.registeredOn },
      { expr: 'h.file_number', dir: 'DESC', key: (h) => h.fileNumber },
    ],
  },
  RISK: {
    columns: [
      {
        expr: "(CASE h.risk_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END)",
        dir: 'ASC',
        key: (h) => RISK_RANK[h.riskLevel ?? 'NONE'] ?? 3,
      },
      { expr: 'h.file_number', dir: 'ASC', key: (h) => h.fileNumber },
    ],
  },
};

/** Reading household files: one, a filtered page, and their parts in batches (no N+1). */
export class HouseholdService {
  private readonly gate: DataGate;

  constructor(
    dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.gate = new DataGate(dataSource);
  }

  /** A household in the caller's subtree, or NOT_FOUND. */
  async get(caller: Caller, id: string): Promise<Household> {
    requirePermission(caller.actor, 'data.read');
    const household = isUuid(id)
      ? await this.gate.run(scopeOf(caller.actor), (tx) =>
          tx
            .restrict(
              tx.manager.createQueryBuilder(Household, 'h').where('h.id = :id', { id }),
              'h',
              'unit_path',
            )
            .getOne(),
        )
      : null;
    if (!household) throw notFound('Household');
    return household;
  }

  /** A page of households matching the filter, in a stable order, with the total count. */
  async list(
    caller: Caller,
    filter: HouseholdFilter,
    sort: HouseholdSort,
    first: number,
    after?: string | null,
  ): Promise<Connection<Household>> {
    requirePermission(caller.actor, 'data.read');
    const cursor = decodeCursor(after);
    const order = SORTS[sort];
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      // `h.unit_path` carries the village's path: scoping and subtree filters are index ranges.
      const qb = tx.restrict(tx.manager.createQueryBuilder(Household, 'h'), 'h', 'unit_path');
      if (filter.unitId) {
        const unit = isUuid(filter.unitId)
          ? await tx
              .restrict(
                tx.manager.createQueryBuilder(Unit, 'u').where('u.id = :id', { id: filter.unitId }),
                'u',
              )
              .getOne()
          : null;
        if (!unit) throw notFound('Unit');
        qb.andWhere('h.unit_path LIKE :unitPrefix', { unitPrefix: `${unit.path}%` });
      }
      qb.andWhere('h.status IN (:...statuses)', {
        statuses: filter.statuses?.length ? filter.statuses : ['ACTIVE'],
      });
      if (filter.categories?.length)
        qb.andWhere('h.category IN (:...categories)', { categories: filter.categories });
      if (filter.hardshipLevels?.length)
        qb.andWhere('h.hardship_level IN (:...hardship)', { hardship: filter.hardshipLevels });
      if (filter.residenceTypes?.length)
        qb.andWhere('h.residence_type IN (:...residence)', { residence: filter.residenceTypes });
      if (filter.riskLevels?.length)
        qb.andWhere('h.risk_level IN (:...risk)', { risk: filter.riskLevels });
      if (filter.livingAlone != null) {
        qb.andWhere(
          filter.livingAlone ? "h.living_arrangement = 'ALONE'" : "h.living_arrangement <> 'ALONE'",
        );
      }
      if (filter.tags?.length) qb.andWhere('h.tags @> :tags', { tags: filter.tags });
      if (filter.search?.trim()) {
        const term = filter.search.trim();
        if (term.length > 50) throw badInput('filter.search', 'TOO_LONG', '搜索词过长');
        qb.andWhere('(h.search_names LIKE :search OR h.file_number = :fileNumber)', {
          search: `%${escapeLike(term)}%`,
          fileNumber: term.toUpperCase(),
        });
      }
      if (filter.minParentAge != null || filter.maxParentAge != null) {
        // Ages in whole years on today's date in Shanghai, as birth-date bounds (index-friendly).
        const today = todayInShanghai();
        const year = Number(today.slice(0, 4));
        const bornBy =
          filter.minParentAge != null ? `${year - filter.minParentAge}${today.slice(4)}` : null;
        const bornAfter =
          filter.maxParentAge != null ? `${year - filter.maxParentAge - 1}${today.slice(4)}` : null;
        qb.andWhere(
          `EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = h.id AND m.relation IN ('FATHER','MOTHER')
             AND NOT m.is_deceased AND m.birth_date IS NOT NULL
             ${bornBy ? 'AND m.birth_date <= :bornBy' : ''} ${bornAfter ? 'AND m.birth_date > :bornAfter' : ''})`,
          { bornBy, bornAfter: bornAfter && addDays(bornAfter, 0) },
        );
      }
      const totalCount = await qb.getCount();
      if (cursor) {
        if (cursor.length !== order.columns.length)
          throw badInput('after', 'INVALID_CURSOR', 'The cursor belongs to another sort');
        // Row-value comparison works when all columns share one direction, as each sort here does.
        const dir = order.columns[0]!.dir === 'ASC' ? '>' : '<';
        const params = Object.fromEntries(cursor.map((v, i) => [`c${i}`, v]));
        qb.andWhere(
          `(${order.columns.map((c) => c.expr).join(', ')}) ${dir} (${cursor.map((_, i) => `:c${i}`).join(', ')})`,
          params,
        );
      }
      for (const [i, c] of order.columns.entries()) {
        qb.addSelect(c.expr, `sort_${i}`);
        if (i === 0) qb.orderBy(`sort_${i}`, c.dir);
        else qb.addOrderBy(`sort_${i}`, c.dir);
      }
      const rows = await qb.limit(first + 1).getMany();
      return toConnection(rows, first, totalCount, (h) => order.columns.map((c) => c.key(h)));
    });
  }

  /** Members of many households at once, in each file's order. */
  async membersOf(caller: Caller, householdIds: readonly string[]): Promise<HouseholdMember[][]> {
    return this.groupBy(caller, HouseholdMember, householdIds, [['m.sort_order', 'ASC']]);
  }

  /** Contact persons of many households at once. */
  async contactsOf(caller: Caller, householdIds: readonly string[]): Promise<HouseholdContact[][]> {
    return this.groupBy(caller, HouseholdContact, householdIds, [['m.sort_order', 'ASC']]);
  }

  /** Assessments of many households at once, newest first. */
  async assessmentsOf(caller: Caller, householdIds: readonly string[]): Promise<Assessment[][]> {
    return this.groupBy(caller, Assessment, householdIds, [
      ['m.assessed_on', 'DESC'],
      ['m.created_at', 'DESC'],
    ]);
  }

  /** Category history of many households at once, oldest first. */
  async categoryChangesOf(
    caller: Caller,
    householdIds: readonly string[],
  ): Promise<HouseholdCategoryChange[][]> {
    return this.groupBy(caller, HouseholdCategoryChange, householdIds, [['m.created_at', 'ASC']]);
  }

  /** Units of many households at once (their villages, always inside the caller's scope). */
  async unitsOf(caller: Caller, unitIds: readonly string[]): Promise<(Unit | Error)[]> {
    const units = await this.gate.run(scopeOf(caller.actor), (tx) =>
      tx
        .restrict(
          tx.manager
            .createQueryBuilder(Unit, 'u')
            .where('u.id IN (:...ids)', { ids: [...unitIds] }),
          'u',
        )
        .getMany(),
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    return unitIds.map((id) => byId.get(id) ?? notFound('Unit'));
  }

  private async groupBy<T extends { householdId: string }>(
    caller: Caller,
    entity: new () => T,
    householdIds: readonly string[],
    order: [string, 'ASC' | 'DESC'][],
  ): Promise<T[][]> {
    requirePermission(caller.actor, 'data.read');
    // Row-level security limits these rows to households in scope; the ids come from such rows.
    const rows = await this.gate.run(scopeOf(caller.actor), (tx) => {
      const qb = tx.manager
        .createQueryBuilder(entity, 'm')
        .where('m.household_id IN (:...ids)', { ids: [...householdIds] });
      for (const [column, dir] of order) qb.addOrderBy(column, dir);
      return qb.addOrderBy('m.id', 'ASC').getMany();
    });
    const grouped = new Map<string, T[]>(householdIds.map((id) => [id, []]));
    for (const row of rows) grouped.get(row.householdId)?.push(row);
    return householdIds.map((id) => grouped.get(id) ?? []);
  }

  /**
   * The file's history: every recorded change, newest first. Read with the system scope once the
   * household is known to be in the caller's subtree, so a transferred file keeps the entries
   * written while it belonged to another unit.
   */
  async history(
    caller: Caller,
    householdId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    await this.get(caller, householdId);
    const cursor = decodeCursor(after);
    return this.gate.run(SYSTEM_SCOPE, async (tx) => {
      const qb = tx.manager
        .createQueryBuilder(AuditEntry, 'a')
        .where(
          "a.entity_type = 'Household' AND a.entity_id = :id AND a.action <> 'household.transfer_out'",
          {
            id: householdId,
          },
        );
      const totalCount = await qb.getCount();
      if (cursor) qb.andWhere('a.id < :id', { id: String(cursor[0]) });
      const rows = await qb
        .orderBy('a.id', 'DESC')
        .take(first + 1)
        .getMany();
      return toConnection(rows, first, totalCount, (r) => [r.id]);
    });
  }

  /**
   * The unmasked value of a sensitive field, for callers whose role allows it; every reveal is
   * written to the audit log (DOMAIN.md section 11).
   */
  async reveal(
    caller: Caller,
    householdId: string,
    what: string,
    memberId: string | null,
  ): Promise<void> {
    requirePermission(caller.actor, 'sensitive.reveal');
    const household = await this.get(caller, householdId);
    await this.gate.run(scopeOf(caller.actor), (tx) =>
      this.audit.record(tx, caller, {
        action: 'household.reveal',
        entityType: 'Household',
        entityId: household.id,
        unitId: household.unitId,
        details: { field: what, memberId },
      }),
    );
  }
}
