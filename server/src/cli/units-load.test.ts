import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../config.js';
import { resolveDatabase } from '../db/database.js';
import { attachToRunningEmbedded } from '../db/embedded.js';
import { createLogger } from '../logger.js';
import { RegionError } from '../modules/units/division-data.js';
import { parseUnitsLoadArgs, progressPrinter } from './units-load.js';

describe('units:load arguments', () => {
  it('loads the whole country without --region', () => {
    expect(parseUnitsLoadArgs([])).toEqual({ help: false, regions: undefined });
  });

  it('takes repeated and comma-separated regions, normalized and without duplicates', () => {
    expect(
      parseUnitsLoadArgs(['--region', '370116', '-r', '370117, 360425', '--region=370116000000']),
    ).toEqual({ help: false, regions: ['370116', '370117', '360425'] });
    expect(parseUnitsLoadArgs(['--region', '370000']).regions).toEqual(['37']);
  });

  it('refuses an empty region rather than loading the whole country', () => {
    expect(() => parseUnitsLoadArgs(['--region', ''])).toThrow(RegionError);
    expect(() => parseUnitsLoadArgs(['--region', ' , '])).toThrow(/needs a code/);
  });

  it('refuses bad codes, unknown options and stray arguments', () => {
    expect(() => parseUnitsLoadArgs(['--region', '3701161'])).toThrow(RegionError);
    expect(() => parseUnitsLoadArgs(['--regoin', '370116'])).toThrow(/Unknown option/);
    expect(() => parseUnitsLoadArgs(['370116'])).toThrow(/positional/);
    expect(parseUnitsLoadArgs(['-h']).help).toBe(true);
  });
});

describe('units:load progress', () => {
  it('writes one line per level and, in a log file, the village bar once per tenth', () => {
    let written = '';
    const out = {
      isTTY: false,
      write: (text: string) => {
        written += text;
      },
    };
    const print = progressPrinter(out);
    for (let bytes = 0; bytes <= 1000; bytes += 10) {
      print({ phase: 'read', level: 'village', bytesRead: bytes, totalBytes: 1000, rows: bytes });
    }
    print({
      phase: 'level',
      level: 'village',
      rows: 1000,
      inserted: 990,
      updated: 1,
      elapsedMs: 2500,
    });
    const lines = written.trimEnd().split('\n');
    expect(lines).toHaveLength(11 + 1);
    expect(written).not.toContain('\r');
    expect(lines[5]).toMatch(/^villages +\[#{15}\.{15}\] +50%/);
    expect(lines.at(-1)).toMatch(/^villages +1,000 in data +990 new +1 updated +2\.5s$/);
  });
});

/**
 * A folder laid out as a running server leaves it: `nuanxin.pid` naming a live node process,
 * the cluster's `postmaster.pid` (port on line 4) and `credentials.json`.
 */
describe('sharing the embedded database of a running server', () => {
  let dataDir: string;
  let owner: ChildProcess;
  const admin = new URL(inject('adminUrl'));

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-attach-'));
    owner = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((resolve) => owner.once('spawn', resolve));
    fs.writeFileSync(path.join(dataDir, 'nuanxin.pid'), `${owner.pid}\n`);
    fs.mkdirSync(path.join(dataDir, 'pg'));
    fs.writeFileSync(
      path.join(dataDir, 'pg', 'postmaster.pid'),
      `${owner.pid}\n${dataDir}/pg\n1764028800\n${admin.port || 5432}\n\n127.0.0.1\n`,
    );
    fs.writeFileSync(
      path.join(dataDir, 'credentials.json'),
      JSON.stringify({
        user: decodeURIComponent(admin.username),
        password: decodeURIComponent(admin.password),
      }),
    );
  });
  afterAll(() => {
    if (owner.exitCode === null) owner.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('connects to the running cluster with its port and credentials', async () => {
    const attached = attachToRunningEmbedded(dataDir);
    expect(attached).toBeDefined();
    const url = new URL(attached!.adminUrl);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.port || '5432').toBe(admin.port || '5432');
    expect(url.username).toBe(admin.username);
    expect(url.password).toBe(admin.password);
    expect(url.pathname).toBe('/postgres');

    const config = loadConfig({ NUANXIN_DATA_DIR: dataDir });
    const database = await resolveDatabase(config, createLogger('silent'), { attach: true });
    expect(new URL(database.url).pathname).toBe('/nuanxin');
    expect(new URL(database.url).port).toBe(url.port);
    // Stopping must leave the server's cluster running: the folder stays as it was.
    await database.stop();
    expect(fs.existsSync(path.join(dataDir, 'nuanxin.pid'))).toBe(true);
  });

  it('does not attach when the cluster has not started or the owner is gone', async () => {
    const postmasterPid = path.join(dataDir, 'pg', 'postmaster.pid');
    const saved = fs.readFileSync(postmasterPid);
    fs.rmSync(postmasterPid);
    expect(attachToRunningEmbedded(dataDir)).toBeUndefined();
    fs.writeFileSync(postmasterPid, saved);

    const exited = new Promise((resolve) => owner.once('exit', resolve));
    owner.kill();
    await exited;
    expect(attachToRunningEmbedded(dataDir)).toBeUndefined();
  });
});
