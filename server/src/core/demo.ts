import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role, validatePassword } from '@nuanxin/shared';
import { hashPassword } from '../modules/auth/password-hasher.js';
import { seedHouseholds } from '../modules/households/seed/seed.js';
import { DataGate, SYSTEM_SCOPE } from './data-gate.js';

/** 莱芜区 and 钢城区 (济南市): the region of the 莱芜 report in shared/seeds. */
export const DEMO_REGIONS = ['370116', '370117'];

export type DemoAccount = { username: string; displayName: string; unitName: string; role: Role };

export type DemoResult = {
  /** The one password of every demo account; shown once on the console. */
  password: string;
  accounts: DemoAccount[];
  households: number;
  elapsedMs: number;
};

/**
 * Demo data goes into a new embedded database unless NUANXIN_DEMO is `false`, and into a new
 * DATABASE_URL database only when it is `true`: a real server should not start with fake people.
 */
export function shouldLoadDemo(demo: boolean | undefined, embeddedDatabase: boolean): boolean {
  return demo ?? embeddedDatabase;
}

/** Easy to type from a console, and meets the policy: `Demo-` + 6 letters + `-` + 4 digits. */
function generateDemoPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  let word = '';
  for (let i = 0; i < 6; i++) word += letters[randomInt(letters.length)];
  const password = `Demo-${word}-${String(randomInt(10_000)).padStart(4, '0')}`;
  if (validatePassword(password).length) throw new Error('demo password breaks the policy');
  return password;
}

/**
 * Loads the units of 莱芜区 and 钢城区, spreads synthetic households over their villages and
 * creates demo accounts sharing one random password: a case worker per town (`demo_<town code>`)
 * and a unit administrator per district (`demo_370116`, `demo_370117`). Accounts that exist
 * already are left as they are and not returned.
 */
export async function loadDemo(
  dataSource: DataSource,
  options: { households?: number; seed?: number; today?: string } = {},
): Promise<DemoResult> {
  const started = Date.now();
  const seeded = await seedHouseholds(dataSource, {
    households: options.households ?? 2000,
    regions: DEMO_REGIONS,
    seed: options.seed ?? 20261125,
    today: options.today,
  });
  const password = generateDemoPassword();
  // One hash for all: the accounts share the password anyway, and argon2 takes its time.
  const passwordHash = await hashPassword(password);
  const accounts = await new DataGate(dataSource).run(SYSTEM_SCOPE, async ({ manager }) => {
    const units: { id: string; code: string; name: string; kind: string }[] = await manager.query(
      `SELECT u.id, u.code, u.name, u.kind FROM unit u
       WHERE u.code = ANY($1::text[])
          OR (u.kind = 'TOWN' AND u.parent_id IN (SELECT id FROM unit WHERE code = ANY($1::text[])))
       ORDER BY u.code`,
      [DEMO_REGIONS],
    );
    const wanted: (DemoAccount & { unitId: string })[] = units.map((u) =>
      u.kind === 'TOWN'
        ? {
            username: `demo_${u.code}`,
            displayName: `${u.name}社工`,
            unitName: u.name,
            unitId: u.id,
            role: Role.CASE_WORKER,
          }
        : {
            username: `demo_${u.code}`,
            displayName: `${u.name}管理员`,
            unitName: u.name,
            unitId: u.id,
            role: Role.UNIT_ADMIN,
          },
    );
    const created: { username: string }[] = await manager.query(
      `INSERT INTO account (username, display_name, unit_id, roles, password_hash, must_change_password)
       SELECT t.username, t.display_name, t.unit_id, ARRAY[t.role], $5, false
       FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[]) AS t(username, display_name, unit_id, role)
       ON CONFLICT ((lower(username))) DO NOTHING
       RETURNING username`,
      [
        wanted.map((a) => a.username),
        wanted.map((a) => a.displayName),
        wanted.map((a) => a.unitId),
        wanted.map((a) => a.role),
        passwordHash,
      ],
    );
    const createdNames = new Set(created.map((c) => c.username));
    await manager.query(
      `INSERT INTO audit_log (actor_kind, action, details) VALUES ('system', 'demo.load', $1::jsonb)`,
      [JSON.stringify({ regions: DEMO_REGIONS, accounts: [...createdNames] })],
    );
    return wanted
      .filter((a) => createdNames.has(a.username))
      .map(({ unitId: _unitId, ...account }) => account);
  });
  return { password, accounts, households: seeded.households, elapsedMs: Date.now() - started };
}

/** The console box of a first start with demo data (not for the JSON log: it holds a password). */
export function formatDemoAccounts(demo: DemoResult): string {
  const width = Math.max(...demo.accounts.map((a) => a.username.length));
  const lines = demo.accounts.map(
    (a) =>
      `  ${a.username.padEnd(width)}  ${a.displayName}${a.role === Role.UNIT_ADMIN ? '（单位管理员）' : ''}`,
  );
  return [
    '',
    `  暖心 Nuanxin: demo data loaded: ${demo.households.toLocaleString('en')} synthetic households in 莱芜区 and 钢城区`,
    `  demo accounts (password for all: ${demo.password})`,
    ...lines,
    '  (shown only this once; NUANXIN_DEMO=false starts an empty database without demo data)',
    '',
  ].join('\n');
}
