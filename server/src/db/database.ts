import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { attachToRunningEmbedded, startEmbeddedDatabase, withDatabase } from './embedded.js';

export type ResolvedDatabase = {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
};

const EMBEDDED_DATABASE = 'nuanxin';

/** Creates a database if it does not exist (CREATE DATABASE cannot run inside a transaction). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount)
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}

/**
 * `DATABASE_URL` when set; otherwise the embedded server on `NUANXIN_DATA_DIR`. With `attach`
 * (command-line tools), the embedded server of a Nuanxin server already running there is used.
 */
export async function resolveDatabase(
  config: Config,
  logger: Logger,
  options: { attach?: boolean } = {},
): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  }
  const running = options.attach ? attachToRunningEmbedded(config.dataDir) : undefined;
  if (running) {
    logger.info({ dataDir: config.dataDir }, 'using the embedded PostgreSQL of the running server');
    // The server made the database and owns the cluster: nothing to create, nothing to stop.
    return {
      url: withDatabase(running.adminUrl, EMBEDDED_DATABASE),
      embedded: true,
      stop: async () => {},
    };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, logger });
  try {
    await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  } catch (err) {
    await embedded.stop();
    throw err;
  }
  return {
    url: withDatabase(embedded.adminUrl, EMBEDDED_DATABASE),
    embedded: true,
    stop: embedded.stop,
  };
}
