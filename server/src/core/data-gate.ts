import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from './context.js';

/** A subtree of units: the materialized path of its top unit. '/' is the whole tree. */
export type Scope = { path: string; unitId: string | null };

/** For work the system does on its own behalf: sign-in lookups, bootstrap, loaders. */
export const SYSTEM_SCOPE: Scope = { path: '/', unitId: null };

export const scopeOf = (actor: Actor): Scope => ({ path: actor.unitPath, unitId: actor.unitId });

/**
 * A transaction bound to one scope. The scope is set in PostgreSQL too (`nuanxin.scope`), so
 * row-level security limits every statement in it, whatever the query builder does.
 */
export class ScopedTx {
  constructor(
    readonly manager: EntityManager,
    readonly scope: Scope,
  ) {}

  /**
   * Limits a query to rows whose unit path (`alias.column`: a joined unit's `path`, or a copied
   * `unit_path`) lies in the scope.
   */
  restrict<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    alias: string,
    column = 'path',
  ): SelectQueryBuilder<T> {
    return qb.andWhere(`${alias}.${column} LIKE :scopePrefix`, {
      scopePrefix: `${this.scope.path}%`,
    });
  }

  /** Whether a unit path lies inside the scope. */
  covers(path: string): boolean {
    return path.startsWith(this.scope.path);
  }
}

/**
 * The data gate: the only way modules reach tables. Each call is one transaction (it commits
 * whole or not at all) limited to the caller's subtree.
 */
export class DataGate {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(scope: Scope, work: (tx: ScopedTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`SELECT set_config('nuanxin.scope', $1, true)`, [scope.path]);
      return work(new ScopedTx(manager, scope));
    });
  }
}
