import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openCliDatabase } from './cli-database.js';
import { SeedError, seedHouseholds, type SeedProgress } from '../modules/households/seed/seed.js';
import { normalizeRegion, RegionError } from '../modules/units/division-data.js';
import { UnitLoadError } from '../modules/units/unit-loader.js';

const USAGE = `Usage: npm run seed -- --households N --region CODE [--region CODE ...] [--seed S]

Adds N synthetic household files (一户一档: members, contact persons, assessments) spread over the
villages of the regions, for demonstrations and load tests. Nobody in them is a real person. The
regions' units are loaded first when they are missing. The same seed gives the same households.

  -n, --households N  how many households to add (1 to 5,000,000)
  -r, --region CODE   a province (37), city (3701), district (370116), town (370116001) or
                      village code; repeat it or separate codes with commas for several
  -s, --seed S        a whole number that fixes the random choices (default 1)
  -h, --help          show this text

Uses DATABASE_URL, or the embedded database in NUANXIN_DATA_DIR (also while the server runs).`;

export type SeedArgs = { help: boolean; households: number; regions: string[]; seed: number };

// A guard against a typo: the ID-number counters of a run take about 300 bytes per household.
const MAX_HOUSEHOLDS = 5_000_000;

/** Reads the command line; throws an Error with a message for anything unusable. */
export function parseSeedArgs(argv: string[]): SeedArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      households: { type: 'string', short: 'n' },
      region: { type: 'string', short: 'r', multiple: true },
      seed: { type: 'string', short: 's' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.help) return { help: true, households: 0, regions: [], seed: 1 };
  const households = Number(values.households?.replaceAll(/[,_]/g, ''));
  if (!values.households || !Number.isInteger(households) || households < 1)
    throw new Error('--households needs a whole number of at least 1');
  if (households > MAX_HOUSEHOLDS)
    throw new Error(`--households can be at most ${MAX_HOUSEHOLDS.toLocaleString('en')}`);
  const codes = (values.region ?? []).flatMap((v) => v.split(',')).map((c) => c.trim());
  if (!codes.some(Boolean)) throw new RegionError('--region needs a code');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error('--seed needs a whole number from 0 to 4294967295');
  return {
    help: false,
    households,
    regions: [...new Set(codes.filter(Boolean).map(normalizeRegion))],
    seed,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** A progress bar on stderr: redrawn on a terminal, one line per tenth in a log file. */
export function seedProgressPrinter(
  out: { isTTY?: boolean; write(text: string): unknown } = process.stderr,
) {
  let lastStep = -1;
  return (p: SeedProgress) => {
    const fraction = p.total ? p.households / p.total : 1;
    const step = Math.floor(fraction * (out.isTTY ? 100 : 10));
    if (step === lastStep) return;
    lastStep = step;
    const filled = Math.round(fraction * 30);
    const rate = p.elapsedMs ? Math.round((p.households * 1000) / p.elapsedMs) : 0;
    const line =
      `households [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ` +
      `${String(Math.round(fraction * 100)).padStart(3)}%  ` +
      `${p.households.toLocaleString('en')}/${p.total.toLocaleString('en')}  ` +
      `${seconds(p.elapsedMs)}  ${rate.toLocaleString('en')}/s`;
    out.write(out.isTTY ? `\r${line}\x1b[K${fraction === 1 ? '\n' : ''}` : `${line}\n`);
  };
}

async function main(argv: string[]): Promise<number> {
  let args: SeedArgs;
  try {
    args = parseSeedArgs(argv);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const db = await openCliDatabase('nuanxin-seed', 3);
  if (typeof db === 'number') return db;
  const { dataSource } = db;
  try {
    const result = await seedHouseholds(dataSource, {
      households: args.households,
      regions: args.regions,
      seed: args.seed,
      onProgress: seedProgressPrinter(),
    });
    console.log(
      `Seeded ${result.households.toLocaleString('en')} households in ${seconds(result.elapsedMs)} ` +
        `over ${result.villages.toLocaleString('en')} villages: ` +
        `${result.members.toLocaleString('en')} members, ${result.contacts.toLocaleString('en')} contacts, ` +
        `${result.assessments.toLocaleString('en')} assessments (seed ${args.seed}).`,
    );
    return 0;
  } catch (err) {
    if (err instanceof RegionError || err instanceof UnitLoadError || err instanceof SeedError) {
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
