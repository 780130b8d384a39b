import type { DataSource } from 'typeorm';
import { UnitKind } from '@nuanxin/shared';
import { requirePermission } from '../../core/access.js';
import type { Caller } from '../../core/context.js';
import { DataGate, scopeOf, type ScopedTx } from '../../core/data-gate.js';
import { isUniqueViolation } from '../../core/db-errors.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { decodeCursor, toConnection, type Connection } from '../../core/pagination.js';
import { diff, type AuditService } from '../audit/audit.service.js';
import type { CreateUnitInput, MoveUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs.js';
import { Unit } from './unit.entity.js';

// Which kinds may sit directly under which (DOMAIN.md section 2). Functional zones and
// enterprises are added by hand under a city or a district.
const ALLOWED_CHILDREN: Record<UnitKind, readonly UnitKind[]> = {
  NATIONAL: ['PROVINCE'],
  PROVINCE: ['CITY', 'DISTRICT', 'FUNCTIONAL_ZONE'],
  CITY: ['DISTRICT', 'FUNCTIONAL_ZONE', 'ENTERPRISE', 'TOWN'],
  DISTRICT: ['TOWN', 'FUNCTIONAL_ZONE', 'ENTERPRISE'],
  FUNCTIONAL_ZONE: ['TOWN', 'ENTERPRISE', 'VILLAGE'],
  ENTERPRISE: ['TOWN', 'VILLAGE'],
  TOWN: ['VILLAGE'],
  VILLAGE: [],
};

const AUDITED_FIELDS: (keyof Unit & string)[] = [
  'name',
  'code',
  'kind',
  'parentId',
  'sortOrder',
  'isActive',
];

/** The unit tree: browsing one's subtree, and administrators creating, renaming and moving units. */
export class UnitService {
  private readonly gate: DataGate;

  constructor(
    dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.gate = new DataGate(dataSource);
  }

  /** A unit in the caller's subtree, or NOT_FOUND (also for units outside it). */
  async get(caller: Caller, id: string): Promise<Unit> {
    return this.gate.run(scopeOf(caller.actor), (tx) => this.load(tx, id));
  }

  /** Units in scope by id, in the order asked, null where not found or out of scope. */
  async getMany(caller: Caller, ids: readonly string[]): Promise<(Unit | null)[]> {
    const units = await this.gate.run(scopeOf(caller.actor), (tx) =>
      tx
        .restrict(
          tx.manager.createQueryBuilder(Unit, 'u').where('u.id IN (:...ids)', { ids: [...ids] }),
          'u',
        )
        .getMany(),
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async load(tx: ScopedTx, id: string, lock = false): Promise<Unit> {
    if (!isUuid(id)) throw notFound('Unit');
    const qb = tx.restrict(
      tx.manager.createQueryBuilder(Unit, 'u').where('u.id = :id', { id }),
      'u',
    );
    if (lock) qb.setLock('pessimistic_write');
    const unit = await qb.getOne();
    if (!unit) throw notFound('Unit');
    return unit;
  }

  /** Children of a unit, units matching a name, or (with neither) the caller's own unit. */
  async list(
    caller: Caller,
    filter: UnitFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<Unit>> {
    const cursor = decodeCursor(after);
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const qb = tx.restrict(tx.manager.createQueryBuilder(Unit, 'u'), 'u');
      if (filter.parentId) {
        await this.load(tx, filter.parentId);
        qb.andWhere('u.parent_id = :parentId', { parentId: filter.parentId });
      } else if (filter.search) {
        qb.andWhere('u.name LIKE :search', { search: `%${escapeLike(filter.search)}%` });
      } else {
        qb.andWhere('u.id = :own', { own: caller.actor.unitId });
      }
      if (filter.kinds?.length) qb.andWhere('u.kind IN (:...kinds)', { kinds: filter.kinds });
      if (!filter.includeInactive) qb.andWhere('u.is_active');
      const totalCount = await qb.getCount();
      if (cursor) {
        const [sortOrder, code, seq] = cursor;
        qb.andWhere("(u.sort_order, coalesce(u.code, ''), u.seq) > (:sortOrder, :code, :seq)", {
          sortOrder,
          code,
          seq,
        });
      }
      const rows = await qb
        .orderBy('u.sort_order')
        .addOrderBy("coalesce(u.code, '')")
        .addOrderBy('u.seq')
        .take(first + 1)
        .getMany();
      return toConnection(rows, first, totalCount, (u) => [u.sortOrder, u.code ?? '', u.seq]);
    });
  }

  /** Number of active children per unit, for the tree's expand arrows (one query for a page). */
  async childCounts(caller: Caller, ids: readonly string[]): Promise<number[]> {
    const rows: { parent_id: string; n: string }[] = await this.gate.run(
      scopeOf(caller.actor),
      (tx) =>
        tx.manager.query(
          `SELECT parent_id, count(*) AS n FROM unit WHERE parent_id = ANY($1) AND is_active GROUP BY parent_id`,
          [[...ids]],
        ),
    );
    const counts = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  /** Creates a unit under a parent in the caller's subtree. */
  async create(caller: Caller, input: CreateUnitInput): Promise<Unit> {
    requirePermission(caller.actor, 'units.manage');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const parent = await this.load(tx, input.parentId);
      if (!ALLOWED_CHILDREN[parent.kind].includes(input.kind)) {
        throw badInput(
          'input.kind',
          'NOT_ALLOWED_UNDER_PARENT',
          `A ${input.kind} cannot be placed under a ${parent.kind}`,
        );
      }
      const unit = tx.manager.create(Unit, {
        parentId: parent.id,
        name: input.name.trim(),
        kind: input.kind,
        code: input.code ?? null,
        sortOrder: input.sortOrder ?? 0,
      });
      await this.saveUnique(() => tx.manager.insert(Unit, unit));
      const created = await this.load(tx, unit.id);
      await this.audit.record(tx, caller, {
        action: 'unit.create',
        entityType: 'Unit',
        entityId: created.id,
        unitId: created.id,
        changes: diff(null, created, AUDITED_FIELDS),
      });
      return created;
    });
  }

  /** Renames a unit or changes its code or order. */
  async update(caller: Caller, input: UpdateUnitInput): Promise<Unit> {
    requirePermission(caller.actor, 'units.manage');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const before = await this.load(tx, input.id, true);
      checkVersion(before, input.version);
      const patch: Partial<Unit> = {};
      if (input.name != null) patch.name = input.name.trim();
      if (input.code !== undefined) patch.code = input.code;
      if (input.sortOrder != null) patch.sortOrder = input.sortOrder;
      await this.saveUnique(() =>
        tx.manager.update(Unit, before.id, { ...patch, version: before.version + 1 }),
      );
      const after = await this.load(tx, before.id);
      await this.audit.record(tx, caller, {
        action: 'unit.update',
        entityType: 'Unit',
        entityId: after.id,
        unitId: after.id,
        changes: diff(before, after, AUDITED_FIELDS),
      });
      return after;
    });
  }

  /** Moves a unit with its whole subtree under a new parent; both must be in the caller's subtree. */
  async move(caller: Caller, input: MoveUnitInput): Promise<Unit> {
    requirePermission(caller.actor, 'units.manage');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const unit = await this.load(tx, input.id, true);
      checkVersion(unit, input.version);
      if (unit.id === caller.actor.unitId)
        throw badInput('input.id', 'OWN_UNIT', 'You cannot move your own unit');
      const parent = await this.load(tx, input.newParentId);
      if (parent.path.startsWith(unit.path)) {
        throw badInput(
          'input.newParentId',
          'INSIDE_OWN_SUBTREE',
          'A unit cannot move under itself or its descendants',
        );
      }
      if (!ALLOWED_CHILDREN[parent.kind].includes(unit.kind)) {
        throw badInput(
          'input.newParentId',
          'NOT_ALLOWED_UNDER_PARENT',
          `A ${unit.kind} cannot be placed under a ${parent.kind}`,
        );
      }
      const newPath = `${parent.path}${unit.seq}/`;
      // One statement rewrites the paths of the whole subtree (an index range on path).
      await tx.manager.query(
        `UPDATE unit SET path = $2 || substr(path, length($1) + 1),
                depth = depth + $3, updated_at = now()
          WHERE path LIKE $1 || '%'`,
        [unit.path, newPath, parent.depth + 1 - unit.depth],
      );
      // Households carry a copy of their village's path for scoping: it moves with the subtree.
      await tx.manager.query(
        `UPDATE household SET unit_path = $2 || substr(unit_path, length($1) + 1) WHERE unit_path LIKE $1 || '%'`,
        [unit.path, newPath],
      );
      await tx.manager.update(Unit, unit.id, { parentId: parent.id, version: unit.version + 1 });
      const after = await this.load(tx, unit.id);
      await this.audit.record(tx, caller, {
        action: 'unit.move',
        entityType: 'Unit',
        entityId: unit.id,
        unitId: unit.id,
        changes: diff(unit, after, AUDITED_FIELDS),
        details: { fromParentId: unit.parentId, toParentId: parent.id },
      });
      return after;
    });
  }

  /**
   * Deactivates or reactivates a unit with its subtree. Deactivating is refused while active
   * accounts remain under it, so nobody is silently locked out.
   */
  async setActive(caller: Caller, id: string, version: number, isActive: boolean): Promise<Unit> {
    requirePermission(caller.actor, 'units.manage');
    return this.gate.run(scopeOf(caller.actor), async (tx) => {
      const unit = await this.load(tx, id, true);
      checkVersion(unit, version);
      if (unit.id === caller.actor.unitId)
        throw badInput('id', 'OWN_UNIT', 'You cannot deactivate your own unit');
      if (!isActive) {
        const [{ n }] = await tx.manager.query(
          `SELECT count(*) AS n FROM account a JOIN unit u ON u.id = a.unit_id WHERE a.is_active AND u.path LIKE $1 || '%'`,
          [unit.path],
        );
        if (Number(n) > 0) {
          throw conflict(
            `${n} active accounts belong to this unit or units under it; deactivate them first`,
            {
              reason: 'HAS_ACTIVE_ACCOUNTS',
              count: Number(n),
            },
          );
        }
      } else if (unit.parentId) {
        const [parent] = await tx.manager.query(`SELECT is_active FROM unit WHERE id = $1`, [
          unit.parentId,
        ]);
        if (!parent?.is_active)
          throw conflict('Its parent unit is inactive; reactivate the parent first', {
            reason: 'PARENT_INACTIVE',
          });
      }
      // Deactivation covers the subtree; reactivation only the unit (its children are chosen one by one).
      if (isActive) {
        await tx.manager.query(
          `UPDATE unit SET is_active = true, updated_at = now() WHERE id = $1`,
          [unit.id],
        );
      } else {
        await tx.manager.query(
          `UPDATE unit SET is_active = false, updated_at = now() WHERE path LIKE $1 || '%'`,
          [unit.path],
        );
      }
      await tx.manager.update(Unit, unit.id, { version: unit.version + 1 });
      const after = await this.load(tx, unit.id);
      await this.audit.record(tx, caller, {
        action: isActive ? 'unit.reactivate' : 'unit.deactivate',
        entityType: 'Unit',
        entityId: unit.id,
        unitId: unit.id,
        changes: diff(unit, after, AUDITED_FIELDS),
      });
      return after;
    });
  }

  private async saveUnique(write: () => Promise<unknown>) {
    try {
      await write();
    } catch (err) {
      if (isUniqueViolation(err, 'unit_code_idx'))
        throw conflict('Another unit has this code', {
          field: 'input.code',
          reason: 'DUPLICATE_CODE',
        });
      throw err;
    }
  }
}

export function checkVersion(entity: { version: number }, version: number) {
  if (entity.version !== version) {
    throw conflict(
      'The record was changed by someone else; reload it and apply your change again',
      {
        reason: 'STALE_VERSION',
        currentVersion: entity.version,
      },
    );
  }
}

export const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
