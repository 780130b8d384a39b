import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { validateIdNumber, validatePassword } from '@nuanxin/shared';
import { bootstrap } from '../../../core/bootstrap.js';
import { DEMO_REGIONS, formatDemoAccounts, loadDemo, shouldLoadDemo } from '../../../core/demo.js';
import { createDataSource } from '../../../db/data-source.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { asSystem } from '../../../test/factories.js';
import { Account } from '../../accounts/account.entity.js';
import { verifyPassword } from '../../auth/password-hasher.js';
import { seedHouseholds, type SeedProgress, type SeedResult } from './seed.js';

let db: TestDatabase;
let ds: DataSource;
const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
  asSystem(ds, (m) => m.query(sql, params));

let seeded: SeedResult;
const progress: SeedProgress[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url });
  await ds.initialize();
  await bootstrap(ds, 'Admin-Password-1');
  seeded = await seedHouseholds(ds, {
    households: 300,
    regions: ['370117'],
    seed: 7,
    batchSize: 120,
    onProgress: (p) => progress.push(p),
  });
});
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

describe('seeding synthetic households', () => {
  it('loads the missing units and writes every table in batches', async () => {
    const [counts] = await query<Record<string, number>>(`
      SELECT (SELECT count(*) FROM household)::int AS households,
             (SELECT count(*) FROM household_member)::int AS members,
             (SELECT count(*) FROM household_contact)::int AS contacts,
             (SELECT count(*) FROM assessment)::int AS assessments,
             (SELECT count(*) FROM household_category_change
              WHERE from_category IS NULL AND reason = '建档')::int AS category_history,
             (SELECT count(*) FROM unit WHERE kind = 'VILLAGE' AND code LIKE '370117%')::int AS villages`);
    expect(counts).toEqual({
      households: 300,
      members: seeded.members,
      contacts: seeded.contacts,
      assessments: seeded.assessments,
      category_history: 300,
      villages: seeded.villages,
    });
    expect(seeded.members).toBeGreaterThan(600);
    expect(seeded.contacts).toBeGreaterThanOrEqual(600);
    expect(seeded.assessments).toBeGreaterThanOrEqual(300);
    // Two batches are written at a time, so they may finish in either order.
    expect(progress).toHaveLength(3);
    expect(progress.map((p) => p.households)).toEqual(
      progress.map((p) => p.households).sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toMatchObject({ households: 300, total: 300 });
  });

  it('puts each household in a village of the region, under its path', async () => {
    const rows = await query<{ ok: boolean; unit_code: string }>(`
      SELECT h.unit_path = u.path AND u.kind = 'VILLAGE' AND h.status = 'ACTIVE' AND h.version = 1 AS ok,
             u.code AS unit_code
      FROM household h JOIN unit u ON u.id = h.unit_id`);
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(rows.every((r) => r.unit_code.startsWith('370117'))).toBe(true);
    expect(new Set(rows.map((r) => r.unit_code)).size).toBeGreaterThan(50);
  });

  it('keeps the derived columns: risk of the latest assessment, every name searchable', async () => {
    const [wrong] = await query<{ risk: number; names: number }>(`
      SELECT count(*) FILTER (WHERE h.risk_level IS DISTINCT FROM latest.risk_level
                                 OR h.last_assessed_on IS DISTINCT FROM latest.assessed_on)::int AS risk,
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM household_member m
               WHERE m.household_id = h.id AND position(m.name IN h.search_names) = 0))::int AS names
      FROM household h
      CROSS JOIN LATERAL (
        SELECT a.risk_level, a.assessed_on FROM assessment a WHERE a.household_id = h.id
        ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) latest`);
    expect(wrong).toEqual({ risk: 0, names: 0 });
  });

  it('gives valid, unique ID numbers of the district', async () => {
    const members = await query<{ id_number: string; birth_date: string; sex: string }>(
      `SELECT id_number, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, sex FROM household_member`,
    );
    expect(new Set(members.map((m) => m.id_number)).size).toBe(members.length);
    for (const m of members) {
      const checked = validateIdNumber(m.id_number);
      expect(checked.ok && checked.value).toMatchObject({
        regionCode: '370117',
        birthDate: m.birth_date,
        sex: m.sex,
      });
    }
  });

  it('refuses a second run while one is writing', async () => {
    const runs = await Promise.allSettled([
      seedHouseholds(ds, { households: 5, regions: ['370117001'], seed: 1 }),
      seedHouseholds(ds, { households: 5, regions: ['370117001'], seed: 2 }),
    ]);
    const refused = runs.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/Another seed run/);
  });

  it('writes one audit entry per run', async () => {
    const entries = await query<{ actor_kind: string; details: unknown }>(
      `SELECT actor_kind, details FROM audit_log WHERE action = 'seed.load' ORDER BY id`,
    );
    expect(entries[0]).toEqual({
      actor_kind: 'system',
      details: { households: 300, regions: ['370117'], seed: 7 },
    });
    expect(entries).toHaveLength(2);
  });
});

describe('the demo data', () => {
  it('loads on a new embedded database unless turned off, and elsewhere only when asked', () => {
    expect(shouldLoadDemo(undefined, true)).toBe(true);
    expect(shouldLoadDemo(false, true)).toBe(false);
    expect(shouldLoadDemo(undefined, false)).toBe(false);
    expect(shouldLoadDemo(true, false)).toBe(true);
  });

  it('adds households in both districts and an account per town and district', async () => {
    const [before] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM household`);
    const demo = await loadDemo(ds);
    expect(demo.households).toBe(2000);
    expect(validatePassword(demo.password, { username: 'demo_370116' })).toEqual([]);

    const perDistrict = await query<{ district: string; households: number }>(`
      SELECT left(u.code, 6) AS district, count(*)::int AS households
      FROM household h JOIN unit u ON u.id = h.unit_id GROUP BY 1 ORDER BY 1`);
    expect(perDistrict.map((r) => r.district)).toEqual(DEMO_REGIONS);
    expect(perDistrict.reduce((sum, r) => sum + r.households, 0)).toBe(before!.n + 2000);
    expect(perDistrict.every((r) => r.households > 300)).toBe(true);
    // The second run into 钢城区 continued above the first run's ID numbers.
    const [ids] = await query<{ all: number; distinct: number }>(
      `SELECT count(*)::int AS all, count(DISTINCT id_number)::int AS distinct FROM household_member`,
    );
    expect(ids!.distinct).toBe(ids!.all);

    const towns = await query<{ code: string; name: string }>(
      `SELECT t.code, t.name FROM unit t JOIN unit d ON d.id = t.parent_id
       WHERE d.code = ANY($1) AND t.kind = 'TOWN' ORDER BY t.code`,
      [DEMO_REGIONS],
    );
    expect(demo.accounts.map((a) => a.username).sort()).toEqual(
      ['demo_370116', 'demo_370117', ...towns.map((t) => `demo_${t.code}`)].sort(),
    );
    expect(demo.accounts).toContainEqual({
      username: 'demo_370117001',
      displayName: '艾山街道社工',
      unitName: '艾山街道',
      role: 'CASE_WORKER',
    });
    expect(demo.accounts).toContainEqual({
      username: 'demo_370116',
      displayName: '莱芜区管理员',
      unitName: '莱芜区',
      role: 'UNIT_ADMIN',
    });

    const worker = await asSystem(ds, (m) =>
      m.findOneOrFail(Account, {
        where: { username: 'demo_370117001' },
        relations: { unit: true },
      }),
    );
    expect(worker).toMatchObject({
      roles: ['CASE_WORKER'],
      mustChangePassword: false,
      isActive: true,
      unit: { code: '370117001', name: '艾山街道' },
    });
    expect(await verifyPassword(worker.passwordHash, demo.password)).toBe(true);
    const admins = await asSystem(ds, (m) =>
      m.find(Account, { where: [{ username: 'demo_370116' }, { username: 'demo_370117' }] }),
    );
    expect(admins.map((a) => a.roles)).toEqual([['UNIT_ADMIN'], ['UNIT_ADMIN']]);

    const box = formatDemoAccounts(demo);
    expect(box).toContain(demo.password);
    expect(box).toContain('demo_370117001  艾山街道社工');
  });
});
