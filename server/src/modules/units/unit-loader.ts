import type { DataSource, QueryRunner } from 'typeorm';
import {
  CODE_LENGTH,
  DIVISION_LEVELS,
  normalizeRegion,
  readDivisionRows,
  readPseudoCities,
  regionMatcher,
  RegionError,
  type DivisionLevel,
  type DivisionRow,
} from './division-data.js';

export type LoadProgress =
  | {
      phase: 'level';
      level: DivisionLevel;
      /** Rows of this level in the selection (inserted, updated or already up to date). */
      rows: number;
      inserted: number;
      updated: number;
      elapsedMs: number;
    }
  | { phase: 'read'; level: DivisionLevel; bytesRead: number; totalBytes: number; rows: number };

export type LoadOptions = {
  /** Region codes (see normalizeRegion); each brings its ancestors and its whole subtree. */
  regions?: string[];
  onProgress?: (progress: LoadProgress) => void;
};

export type LoadResult = {
  inserted: number;
  updated: number;
  /** Units of each kind in the selection, whether new, renamed or already up to date. */
  byKind: Record<string, number>;
};

export class UnitLoadError extends Error {}

/** Rows per multi-row INSERT into the staging table: large enough to be bulk, small for memory. */
const BATCH = 5000;

/**
 * Loads the national division tree (or the given regions with their ancestors) into `unit`, in
 * one transaction. Existing units are matched by code: a changed name or kind is updated, a
 * missing unit inserted, and units without a data-set code (zones, enterprises) never touched.
 */
export async function loadUnits(
  dataSource: DataSource,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const regions = options.regions?.length
    ? [...new Set(options.regions.map(normalizeRegion))]
    : undefined;
  const matches = regionMatcher(regions);
  const seen = new Set<string>();
  const pseudoCities = await readPseudoCities();
  const started = Date.now();
  const result: LoadResult = { inserted: 0, updated: 0, byKind: {} };

  const qr = dataSource.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction('READ COMMITTED');
    // Two loaders at once would block each other row by row, or deadlock: one at a time.
    await qr.query(`SELECT pg_advisory_xact_lock(hashtext('nuanxin.units-load'))`);
    // System work: the whole tree is in scope for row-level security.
    await qr.query(`SELECT set_config('nuanxin.scope', '/', true)`);
    const roots: { id: string }[] = await qr.query(`SELECT id FROM unit WHERE depth = 0`);
    if (roots.length !== 1) {
      throw new UnitLoadError(
        roots.length === 0
          ? 'There is no root unit (全国) yet: start the server once first, or use `npm run units:load`, which creates it.'
          : `Expected one root unit, found ${roots.length}.`,
      );
    }
    await qr.query(`
      CREATE TEMPORARY TABLE unit_staging (
        code text NOT NULL, name text NOT NULL, kind text NOT NULL,
        parent_code text, sort_order integer NOT NULL
      ) ON COMMIT DROP`);

    for (const level of DIVISION_LEVELS) {
      await qr.query(`TRUNCATE unit_staging`);
      let rows = 0;
      let batch: DivisionRow[] = [];
      const source = readDivisionRows(level, {
        matches,
        pseudoCities,
        seen,
        onRead:
          level === 'village' && options.onProgress
            ? (read) => options.onProgress!({ phase: 'read', level, ...read, rows })
            : undefined,
      });
      for await (const row of source) {
        batch.push(row);
        rows++;
        result.byKind[row.kind] = (result.byKind[row.kind] ?? 0) + 1;
        if (batch.length === BATCH) {
          await stage(qr, batch);
          batch = [];
        }
      }
      if (batch.length) await stage(qr, batch);
      assertRegionsFound(regions, level, seen);

      const written = await upsertStaged(qr, level === 'province' ? roots[0]!.id : undefined);
      result.inserted += written.inserted;
      result.updated += written.updated;
      options.onProgress?.({
        phase: 'level',
        level,
        rows,
        ...written,
        elapsedMs: Date.now() - started,
      });
    }
    await qr.commitTransaction();
    return result;
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction();
    throw err;
  } finally {
    await qr.release();
  }
}

/** One multi-row INSERT: five parameter arrays, whatever the batch size. */
async function stage(qr: QueryRunner, rows: DivisionRow[]): Promise<void> {
  await qr.query(
    `INSERT INTO unit_staging (code, name, kind, parent_code, sort_order)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[])`,
    [
      rows.map((r) => r.code),
      rows.map((r) => r.name),
      rows.map((r) => r.kind),
      rows.map((r) => r.parentCode),
      rows.map((r) => r.sortOrder),
    ],
  );
}

/**
 * Moves the staged level into `unit` in one statement. Rows already up to date are filtered
 * out first, so a re-run neither fires the path trigger nor bumps versions. Parents are never
 * changed: the materialized paths below a unit depend on them.
 */
async function upsertStaged(
  qr: QueryRunner,
  rootId: string | undefined,
): Promise<{ inserted: number; updated: number }> {
  // A temporary table has no statistics until analysed: the planner would take it for tiny.
  await qr.query(`ANALYZE unit_staging`);
  if (rootId === undefined) {
    const orphans: { code: string; parent_code: string }[] = await qr.query(`
      SELECT s.code, s.parent_code FROM unit_staging s
      WHERE NOT EXISTS (SELECT 1 FROM unit p WHERE p.code = s.parent_code)
      ORDER BY s.code LIMIT 5`);
    if (orphans.length) {
      throw new UnitLoadError(
        `No parent unit for ${orphans.map((o) => `${o.code} (parent ${o.parent_code})`).join(', ')}`,
      );
    }
  }
  const parentJoin = rootId === undefined ? 'parent.code = s.parent_code' : 'parent.id = $1';
  const [counts]: { inserted: number; updated: number }[] = await qr.query(
    `WITH written AS (
       INSERT INTO unit (code, name, kind, parent_id, sort_order)
       SELECT s.code, s.name, s.kind, parent.id, s.sort_order
       FROM unit_staging s
       JOIN unit parent ON ${parentJoin}
       LEFT JOIN unit existing ON existing.code = s.code
       WHERE existing.id IS NULL OR existing.name <> s.name OR existing.kind <> s.kind
       -- sequence numbers, and so paths, follow the codes
       ORDER BY s.code
       ON CONFLICT (code) WHERE code IS NOT NULL DO UPDATE
         SET name = EXCLUDED.name, kind = EXCLUDED.kind,
             updated_at = now(), version = unit.version + 1
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS inserted,
            count(*) FILTER (WHERE NOT inserted)::int AS updated
     FROM written`,
    rootId === undefined ? [] : [rootId],
  );
  return counts!;
}

/** Fails before the next level when a region of this level's code length is not in the data. */
function assertRegionsFound(
  regions: string[] | undefined,
  level: DivisionLevel,
  seen: ReadonlySet<string>,
): void {
  const missing = regions?.filter((r) => r.length === CODE_LENGTH[level] && !seen.has(r));
  if (missing?.length) {
    throw new RegionError(`Unknown region code: ${missing.join(', ')} (not in the data set)`);
  }
}
