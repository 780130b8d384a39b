import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './test/database.js';

// The server as a newcomer runs it: a separate process, its own embedded PostgreSQL, real signals.
const serverDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-main-'));
fs.chmodSync(dataDir, 0o755);

type Running = {
  child: ChildProcess;
  output: () => string;
  port: number;
  exited: Promise<number | null>;
};

function launch(env: Record<string, string | undefined>) {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  // `node --import tsx` rather than the tsx binary: one process, so signals reach the server itself.
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...base,
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'info',
      NUANXIN_DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function start(env: Record<string, string | undefined> = {}): Promise<Running> {
  const p = launch(env);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const match = /"url":"http:\/\/127\.0\.0\.1:(\d+)\/".*"msg":"Nuanxin is ready"/.exec(
      p.output(),
    );
    if (match) return { ...p, port: Number(match[1]) };
    if (p.child.exitCode !== null) throw new Error(`server exited early:\n${p.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  p.child.kill('SIGKILL');
  throw new Error(`server not ready within 60 s:\n${p.output()}`);
}

async function signIn(port: number, password: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($p: String!) { login(username: "admin", password: $p) { user { username } } }',
      variables: { p: password },
    }),
  });
  return ((await res.json()) as { data?: { login?: { user: { username: string } } } }).data?.login
    ?.user.username;
}

const postmasterPid = () => {
  try {
    return Number(
      fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
  } catch {
    return undefined;
  }
};
const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  const pid = postmasterPid();
  if (alive(pid)) process.kill(pid!, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process on the embedded database', () => {
  let adminPassword = '';

  it('starts on an empty folder, creates the admin and prints the password once', async () => {
    const server = await start();
    running.push(server.child);
    const printed = /password: (\S+)/.exec(server.output());
    expect(printed).not.toBeNull();
    adminPassword = printed![1]!;
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
    expect(await signIn(server.port, adminPassword)).toBe('admin');
    // The password went to the console, not into the structured log lines.
    const jsonLines = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(jsonLines.some((l) => l.includes(adminPassword))).toBe(false);

    // A second server on the same folder is refused with a clear message.
    const second = launch({});
    expect(await second.exited).toBe(3);
    expect(second.output()).toMatch(/in use by another Nuanxin server \(pid \d+\)/);

    // SIGTERM stops the server and its PostgreSQL cleanly.
    const pgPid = postmasterPid();
    expect(alive(pgPid)).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"embedded PostgreSQL stopped"/);
    expect(alive(pgPid)).toBe(false);
  });

  it('keeps its data across restarts and prints no new password', async () => {
    const server = await start();
    running.push(server.child);
    expect(server.output()).not.toMatch(/password:/);
    expect(await signIn(server.port, adminPassword)).toBe('admin');
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });

  it('takes over a folder left by a killed server whose PostgreSQL still runs', async () => {
    const killed = await start();
    running.push(killed.child);
    killed.child.kill('SIGKILL');
    await killed.exited;
    const orphan = postmasterPid();
    expect(alive(orphan)).toBe(true);

    const server = await start();
    running.push(server.child);
    expect(server.output()).toMatch(
      /stopping a PostgreSQL server left running by a killed process/,
    );
    expect(await signIn(server.port, adminPassword)).toBe('admin');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('starts cleanly over a stale postmaster.pid when everything was killed', async () => {
    const killed = await start();
    running.push(killed.child);
    const pgPid = postmasterPid();
    killed.child.kill('SIGKILL');
    process.kill(pgPid!, 'SIGKILL');
    await killed.exited;
    await new Promise((r) => setTimeout(r, 300));
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);

    const server = await start();
    running.push(server.child);
    expect(await signIn(server.port, adminPassword)).toBe('admin');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

describe('the server process with DATABASE_URL', () => {
  it('uses that server, migrates it, creates the admin from ADMIN_PASSWORD and starts no embedded one', async () => {
    const db = await createTestDatabase({ empty: true });
    const otherDir = path.join(os.tmpdir(), `nuanxin-unused-${process.pid}`);
    try {
      const server = await start({
        DATABASE_URL: db.url,
        ADMIN_PASSWORD: 'Given-Admin-Pass-9',
        NUANXIN_DATA_DIR: otherDir,
      });
      running.push(server.child);
      expect(server.output()).toMatch(/"applied":\["Foundation\d+","Access\d+"/);
      expect(server.output()).toMatch(/"embeddedDatabase":false/);
      expect(server.output()).not.toMatch(/password:/);
      expect(fs.existsSync(otherDir)).toBe(false);
      expect(await signIn(server.port, 'Given-Admin-Pass-9')).toBe('admin');
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      await db.drop();
    }
  });

  it('refuses a bad configuration value with a message naming it', async () => {
    const p = launch({ PORT: 'eighty' });
    expect(await p.exited).toBe(2);
    expect(p.output()).toMatch(/Invalid configuration:\n\s+PORT="eighty"/);
  });
});
