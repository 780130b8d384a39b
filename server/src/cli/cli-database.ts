import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config.js';
import { bootstrap } from '../core/bootstrap.js';
import { createDataSource, migrate } from '../db/data-source.js';
import { resolveDatabase } from '../db/database.js';
import { DataDirInUseError } from '../db/embedded.js';
import { createLogger } from '../logger.js';

export type CliDatabase = { dataSource: DataSource; close(): Promise<void> };

/**
 * The data CLIs' database: the server's (attaching to a running embedded one), migrated and
 * bootstrapped like a first start. A configuration or lock problem is printed and returned as
 * the exit code (2 or 3).
 */
export async function openCliDatabase(
  applicationName: string,
  poolSize?: number,
): Promise<CliDatabase | number> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return 2;
  }
  const logger = createLogger(config.logLevel);
  let database;
  try {
    database = await resolveDatabase(config, logger, { attach: true });
  } catch (err) {
    if (!(err instanceof DataDirInUseError)) throw err;
    console.error(err.message);
    return 3;
  }
  // Statement logs stay quiet: bulk loads are a few large statements on purpose.
  const dataSource = createDataSource({
    url: database.url,
    logger: logger.child({}, { level: 'error' }),
    applicationName,
    poolSize,
  });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  };
  try {
    const applied = await migrate(database.url, logger);
    if (applied.length) console.error(`Applied migrations: ${applied.join(', ')}`);
    await dataSource.initialize();
    const boot = await bootstrap(dataSource, config.adminPassword);
    if (boot.created && boot.generatedPassword) {
      // Same rule as the server's first start: shown once, on the console only.
      console.log(
        `\n  暖心 Nuanxin: administrator account created\n  username: ${boot.username}\n  password: ${boot.generatedPassword}\n  (shown only this once: keep it safe)\n`,
      );
    }
  } catch (err) {
    await close();
    throw err;
  }
  return { dataSource, close };
}
