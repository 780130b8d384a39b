import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstClosedParent, locatePostgresBinaries } from './postgres-binaries.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-perm-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('where the postgres user can reach', () => {
  it('finds the first folder above a path that other users cannot enter', () => {
    const closed = path.join(base, 'private');
    fs.mkdirSync(path.join(closed, 'repo', 'node_modules'), { recursive: true });
    fs.chmodSync(base, 0o755);
    fs.chmodSync(closed, 0o700);
    expect(firstClosedParent(path.join(closed, 'repo', 'node_modules', 'x'))).toBe(closed);
    fs.chmodSync(closed, 0o755);
    expect(firstClosedParent(path.join(closed, 'repo', 'node_modules', 'x'))).toBeUndefined();
  });

  it('locates runnable PostgreSQL binaries from the npm package, reachable by other users', () => {
    const binaries = locatePostgresBinaries();
    expect(binaries.version).toMatch(/^18\./);
    for (const file of [binaries.initdb, binaries.postgres]) {
      expect(fs.statSync(file).mode & 0o001).toBe(0o001);
      expect(firstClosedParent(file)).toBeUndefined();
    }
  });
});
