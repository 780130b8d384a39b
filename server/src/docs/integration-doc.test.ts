import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/server.js';
import { buildWorld, type World } from '../test/world.js';

// docs/integration.md promises integrators that its curl examples work: run them, in order, as
// one shell script against a real server, exactly as printed.
const doc = fs.readFileSync(
  fileURLToPath(new URL('../../../docs/integration.md', import.meta.url)),
  'utf8',
);
const blocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);

let server: TestServer;
let world: World;
beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server);
});
afterAll(() => server.close());

describe('docs/integration.md', () => {
  it('has examples for credentials, authentication, paging, errors and revocation', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.join('\n')).toMatch(
      /createApiClient[\s\S]*Bearer \$NUANXIN_SECRET[\s\S]*endCursor[\s\S]*NOT_FOUND[\s\S]*revokeApiClient/,
    );
  });

  it('runs every curl example successfully against a real server', async () => {
    const script = blocks.join('\n');
    // Asynchronously: the server answering curl lives in this very process.
    const child = spawn('bash', ['--norc', '--noprofile', '-euo', 'pipefail', '-c', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        NUANXIN_URL: server.baseUrl,
        ADMIN_USER: world.districtAdmin.username,
        ADMIN_PASSWORD: world.districtAdmin.password,
      },
    });
    const run = { stdout: '', stderr: '', status: null as number | null };
    child.stdout.on('data', (d) => (run.stdout += d));
    child.stderr.on('data', (d) => (run.stderr += d));
    run.status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/secret starts with nxk_/);
    const paged = /read (\d+) of (\d+) villages/.exec(run.stdout);
    expect(paged).not.toBeNull();
    // More than one page of ten, or the paging loop proved nothing.
    expect(Number(paged![2])).toBeGreaterThan(10);
    expect(paged![1]).toBe(paged![2]);
  });
});
