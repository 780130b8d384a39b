import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import type { Sex } from '@nuanxin/shared';
import { DataGate, SYSTEM_SCOPE, type ScopedTx } from '../../../core/data-gate.js';
import { normalizeRegion } from '../../units/division-data.js';
import { loadUnits } from '../../units/unit-loader.js';
import {
  HouseholdGenerator,
  type GeneratedHousehold,
  type SeedVillage,
  type UsedIdSequence,
} from './generator.js';

export type SeedProgress = { households: number; total: number; elapsedMs: number };

export type SeedOptions = {
  households: number;
  /** Region codes (2, 4, 6, 9 or 12 digits); their units are loaded first when missing. */
  regions: string[];
  seed?: number;
  /** `YYYY-MM-DD`; defaults to today in Asia/Shanghai. */
  today?: string;
  /** Households per transaction. */
  batchSize?: number;
  /** Batches written at the same time (each on its own connection). */
  concurrency?: number;
  onProgress?: (progress: SeedProgress) => void;
};

export type SeedResult = {
  households: number;
  members: number;
  contacts: number;
  assessments: number;
  villages: number;
  elapsedMs: number;
};

export class SeedError extends Error {}

const DEFAULT_SEED = 1;
const BATCH = 1000;
// Two writers keep PostgreSQL busy on two cores while this process generates the next batch.
const CONCURRENCY = 2;
// Households generated between two turns of the event loop, so the statements of the batch
// being written go out while the next batch is generated.
const SLICE = 100;

/**
 * Writes `households` synthetic household files, spread over the villages of the regions, in
 * batches: one transaction per batch, one multi-row INSERT per table. One audit entry per run.
 */
export async function seedHouseholds(
  dataSource: DataSource,
  options: SeedOptions,
): Promise<SeedResult> {
  const started = Date.now();
  const total = options.households;
  if (!Number.isSafeInteger(total) || total < 0)
    throw new SeedError(`households must be a whole number ≥ 0, not ${total}`);
  if (!options.regions.length) throw new SeedError('Give at least one region');
  const regions = [...new Set(options.regions.map(normalizeRegion))];
  const seed = options.seed ?? DEFAULT_SEED;
  const batchSize = options.batchSize ?? BATCH;
  const concurrency = options.concurrency ?? CONCURRENCY;
  if (
    !Number.isSafeInteger(batchSize) ||
    batchSize < 1 ||
    !Number.isSafeInteger(concurrency) ||
    concurrency < 1
  )
    throw new SeedError('batchSize and concurrency must be whole numbers ≥ 1');

  // New ID numbers continue above those in the database when the run starts: two runs at once
  // would hand out the same ones. A session lock on a connection of its own keeps them apart.
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    const [{ locked }] = await lock.query(
      `SELECT pg_try_advisory_lock(hashtext('nuanxin.seed')) AS locked`,
    );
    if (!locked)
      throw new SeedError(
        'Another seed run is writing to this database: wait until it has finished.',
      );
    try {
      return await seedLocked(dataSource, {
        total,
        regions,
        seed,
        batchSize,
        concurrency,
        started,
        onProgress: options.onProgress,
        today: options.today,
      });
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('nuanxin.seed'))`);
    }
  } finally {
    await lock.release();
  }
}

async function seedLocked(
  dataSource: DataSource,
  options: {
    total: number;
    regions: string[];
    seed: number;
    batchSize: number;
    concurrency: number;
    started: number;
    today: string | undefined;
    onProgress: SeedOptions['onProgress'];
  },
): Promise<SeedResult> {
  const { total, regions, seed, batchSize, concurrency, started } = options;
  const gate = new DataGate(dataSource);

  const missing = await gate.run(SYSTEM_SCOPE, ({ manager }) =>
    manager.query(
      `SELECT r FROM unnest($1::text[]) AS r
       WHERE NOT EXISTS (SELECT 1 FROM unit v WHERE v.kind = 'VILLAGE' AND v.code LIKE r || '%')`,
      [regions],
    ),
  );
  if (missing.length)
    await loadUnits(dataSource, { regions: missing.map((m: { r: string }) => m.r) });

  const villages = await findVillages(gate, regions);
  if (!villages.length) throw new SeedError(`No villages in ${regions.join(', ')}`);
  const generator = new HouseholdGenerator({
    seed,
    villages,
    today: options.today,
    usedIdSequences: await findUsedIdSequences(gate, [
      ...new Set(villages.map((v) => v.code.slice(0, 6))),
    ]),
  });

  const result: SeedResult = {
    households: 0,
    members: 0,
    contacts: 0,
    assessments: 0,
    villages: villages.length,
    elapsedMs: 0,
  };
  const audit = { households: total, regions, seed };
  // Up to `concurrency` batches are written at once while the next one is generated; the
  // first batch (with the audit entry) is committed before any other starts.
  const writing: Promise<void>[] = [];
  let failure: unknown;
  try {
    let done = 0;
    do {
      const size = Math.min(batchSize, total - done);
      const batch: GeneratedHousehold[] = [];
      while (batch.length < size) {
        for (let i = 0; i < SLICE && batch.length < size; i++) batch.push(generator.next());
        if (writing.length) await yieldToEventLoop();
      }
      while (writing.length >= (done === batchSize ? 1 : concurrency)) await writing.shift();
      const first = done === 0;
      done += size;
      const written = gate
        .run(SYSTEM_SCOPE, async (tx) => {
          if (first) await writeAudit(tx, audit);
          return writeBatch(tx, batch);
        })
        .then((rows) => {
          result.households += batch.length;
          result.members += rows.members;
          result.contacts += rows.contacts;
          result.assessments += rows.assessments;
          options.onProgress?.({
            households: result.households,
            total,
            elapsedMs: Date.now() - started,
          });
        });
      // Awaited later; until then a failure must not count as unhandled.
      written.catch(() => {});
      writing.push(written);
    } while (done < total);
  } catch (err) {
    failure = err;
  }
  // Every batch settles before this returns or throws: no transaction is left behind.
  const outcomes = await Promise.allSettled(writing);
  const failed = outcomes.find((o) => o.status === 'rejected');
  if (failure !== undefined) throw failure;
  if (failed) throw failed.reason;
  result.elapsedMs = Date.now() - started;
  return result;
}

async function findVillages(gate: DataGate, regions: string[]): Promise<SeedVillage[]> {
  const rows: {
    id: string;
    path: string;
    code: string;
    name: string;
    town_name: string | null;
    district_name: string | null;
  }[] = await gate.run(SYSTEM_SCOPE, ({ manager }) =>
    manager.query(
      `SELECT v.id, v.path, v.code, v.name, t.name AS town_name, d.name AS district_name
       FROM unit v
       LEFT JOIN unit t ON t.id = v.parent_id
       LEFT JOIN unit d ON d.id = t.parent_id
       WHERE v.kind = 'VILLAGE' AND v.is_active AND v.code ~ '^[0-9]{12}$'
         AND v.code LIKE ANY($1::text[])
       ORDER BY v.code`,
      [regions.map((r) => `${r}%`)],
    ),
  );
  return rows.map((r) => ({
    id: r.id,
    path: r.path,
    code: r.code,
    name: r.name,
    townName: r.town_name ?? '',
    districtName: r.district_name ?? '',
  }));
}

/** The highest sequence digits already used per region, birth date and sex. */
async function findUsedIdSequences(gate: DataGate, districts: string[]): Promise<UsedIdSequence[]> {
  const rows: { prefix: string; male: boolean; last: number }[] = await gate.run(
    SYSTEM_SCOPE,
    ({ manager }) =>
      manager.query(
        `SELECT left(id_number, 14) AS prefix, substr(id_number, 17, 1)::int % 2 = 1 AS male,
                max(substr(id_number, 15, 3)::int) AS last
         FROM household_member
         WHERE id_number ~ '^[0-9]{17}[0-9X]$' AND left(id_number, 6) = ANY($1::text[])
         GROUP BY 1, 2`,
        [districts],
      ),
  );
  return rows.map((r) => ({
    prefix: r.prefix,
    sex: (r.male ? 'MALE' : 'FEMALE') satisfies Sex,
    lastSequence: r.last,
  }));
}

async function writeAudit(tx: ScopedTx, details: Record<string, unknown>): Promise<void> {
  await tx.manager.query(
    `INSERT INTO audit_log (actor_kind, action, details) VALUES ('system', 'seed.load', $1::jsonb)`,
    [JSON.stringify(details)],
  );
}

/** A PostgreSQL array literal; its elements are quoted, so any text is safe in it. */
const arrayLiteral = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/**
 * Column-wise parameters for `INSERT … SELECT … FROM unnest($1::type[], …)`: one statement per
 * table whatever the batch size. Array columns travel as array literals, cast back per row.
 */
class Columns {
  readonly values: unknown[][] = [];
  private readonly casts: string[] = [];
  private readonly names: string[] = [];
  private readonly selects: string[] = [];

  constructor(defs: [name: string, type: string][]) {
    for (const [name, type] of defs) {
      this.names.push(name);
      const array = type.endsWith('[]');
      this.casts.push(`$${this.names.length}::${array ? 'text' : type}[]`);
      this.selects.push(array ? `${name}::${type}` : name);
      this.values.push([]);
    }
  }

  row(values: unknown[]): void {
    for (let i = 0; i < values.length; i++) this.values[i]!.push(values[i]);
  }

  async insert(tx: ScopedTx, table: string): Promise<number> {
    const rows = this.values[0]!.length;
    if (!rows) return 0;
    await tx.manager.query(
      `INSERT INTO ${table} (${this.names.join(', ')})
       SELECT ${this.selects.join(', ')} FROM unnest(${this.casts.join(', ')}) AS t(${this.names.join(', ')})`,
      this.values,
    );
    return rows;
  }
}

/** Writes one batch: five statements (one per table), whatever its size. Returns the rows written per table. */
async function writeBatch(
  tx: ScopedTx,
  batch: GeneratedHousehold[],
): Promise<{ members: number; contacts: number; assessments: number }> {
  const households = new Columns([
    ['id', 'uuid'],
    ['unit_id', 'uuid'],
    ['unit_path', 'text'],
    ['category', 'text'],
    ['address', 'text'],
    ['phone', 'text'],
    ['residence_type', 'text'],
    ['living_arrangement', 'text'],
    ['income_sources', 'text[]'],
    ['yearly_income_fen', 'bigint'],
    ['debt_fen', 'bigint'],
    ['debt_note', 'text'],
    ['hardship_level', 'text'],
    ['biggest_difficulty', 'text'],
    ['needs', 'text[]'],
    ['elder_care_wish', 'text'],
    ['wishes', 'text'],
    ['family_doctor_name', 'text'],
    ['family_doctor_phone', 'text'],
    ['family_doctor_signed_on', 'date'],
    ['tags', 'text[]'],
    ['registered_on', 'date'],
    ['risk_level', 'text'],
    ['last_assessed_on', 'date'],
    ['search_names', 'text'],
  ]);
  const members = new Columns([
    ['household_id', 'uuid'],
    ['relation', 'text'],
    ['name', 'text'],
    ['sex', 'text'],
    ['ethnicity', 'text'],
    ['id_number', 'text'],
    ['birth_date', 'date'],
    ['birthday_calendar', 'text'],
    ['phone', 'text'],
    ['marital_status', 'text'],
    ['health_status', 'text'],
    ['chronic_diseases', 'text[]'],
    ['mental_state', 'text'],
    ['hobbies', 'text'],
    ['has_pension', 'boolean'],
    ['has_medical_insurance', 'boolean'],
    ['uses_smartphone', 'boolean'],
    ['uses_wechat', 'boolean'],
    ['is_deceased', 'boolean'],
    ['death_date', 'date'],
    ['cause_of_death', 'text'],
    ['disability_type', 'text'],
    ['disability_grade', 'smallint'],
    ['note', 'text'],
    ['sort_order', 'smallint'],
  ]);
  // The file's first category, as the household service records it when a file is opened.
  const categoryChanges = new Columns([
    ['household_id', 'uuid'],
    ['to_category', 'text'],
    ['changed_on', 'date'],
    ['reason', 'text'],
  ]);
  const contacts = new Columns([
    ['household_id', 'uuid'],
    ['kind', 'text'],
    ['name', 'text'],
    ['phone', 'text'],
    ['organization', 'text'],
    ['sort_order', 'smallint'],
  ]);
  const assessments = new Columns([
    ['household_id', 'uuid'],
    ['assessed_on', 'date'],
    ['assessor_name', 'text'],
    ['grief_trauma', 'smallint'],
    ['healing', 'smallint'],
    ['acceptance', 'smallint'],
    ['future_attitude', 'smallint'],
    ['physical_health', 'smallint'],
    ['mental_health', 'smallint'],
    ['risk_level', 'text'],
    ['needs', 'text[]'],
    ['notes', 'text'],
  ]);

  for (const h of batch) {
    const id = randomUUID();
    households.row([
      id,
      h.unitId,
      h.unitPath,
      h.category,
      h.address,
      h.phone,
      h.residenceType,
      h.livingArrangement,
      arrayLiteral(h.incomeSources),
      h.yearlyIncomeFen,
      h.debtFen,
      h.debtNote,
      h.hardshipLevel,
      h.biggestDifficulty,
      arrayLiteral(h.needs),
      h.elderCareWish,
      h.wishes,
      h.familyDoctorName,
      h.familyDoctorPhone,
      h.familyDoctorSignedOn,
      arrayLiteral(h.tags),
      h.registeredOn,
      h.riskLevel,
      h.lastAssessedOn,
      h.searchNames,
    ]);
    categoryChanges.row([id, h.category, h.registeredOn, '建档']);
    for (const m of h.members) {
      members.row([
        id,
        m.relation,
        m.name,
        m.sex,
        m.ethnicity,
        m.idNumber,
        m.birthDate,
        m.birthdayCalendar,
        m.phone,
        m.maritalStatus,
        m.healthStatus,
        arrayLiteral(m.chronicDiseases),
        m.mentalState,
        m.hobbies,
        m.hasPension,
        m.hasMedicalInsurance,
        m.usesSmartphone,
        m.usesWechat,
        m.isDeceased,
        m.deathDate,
        m.causeOfDeath,
        m.disabilityType,
        m.disabilityGrade,
        m.note,
        m.sortOrder,
      ]);
    }
    for (const c of h.contacts) {
      contacts.row([id, c.kind, c.name, c.phone, c.organization, c.sortOrder]);
    }
    for (const a of h.assessments) {
      assessments.row([
        id,
        a.assessedOn,
        a.assessorName,
        a.griefTrauma,
        a.healing,
        a.acceptance,
        a.futureAttitude,
        a.physicalHealth,
        a.mentalHealth,
        a.riskLevel,
        arrayLiteral(a.needs),
        a.notes,
      ]);
    }
  }
  await households.insert(tx, 'household');
  await categoryChanges.insert(tx, 'household_category_change');
  return {
    members: await members.insert(tx, 'household_member'),
    contacts: await contacts.insert(tx, 'household_contact'),
    assessments: await assessments.insert(tx, 'assessment'),
  };
}
