import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createApp } from './app.js';
import { bootstrap } from './core/bootstrap.js';
import { formatDemoAccounts, loadDemo, shouldLoadDemo } from './core/demo.js';
import { createDataSource, migrate } from './db/data-source.js';
import { resolveDatabase } from './db/database.js';
import { DataDirInUseError } from './db/embedded.js';
import { createLogger } from './logger.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();

  let database;
  try {
    database = await resolveDatabase(config, logger);
  } catch (err) {
    if (err instanceof DataDirInUseError) {
      console.error(err.message);
      process.exit(3);
    }
    throw err;
  }

  const dataSource = createDataSource({ url: database.url, logger });
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app?.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    } finally {
      await database.stop();
      logger.info('stopped');
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const applied = await migrate(database.url, logger);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    await dataSource.initialize();

    const boot = await bootstrap(dataSource, config.adminPassword);
    if (boot.created) {
      logger.info({ username: boot.username }, 'created the root unit and the admin account');
      if (boot.generatedPassword) {
        // Printed once, on the console only: it is not written to the JSON log.
        console.log(
          `\n  暖心 Nuanxin: administrator account created\n  username: ${boot.username}\n  password: ${boot.generatedPassword}\n  (shown only this once: keep it safe)\n`,
        );
      }
      if (shouldLoadDemo(config.demo, database.embedded)) {
        // Demo data is a convenience: the server starts without it if it cannot be loaded.
        try {
          const demo = await loadDemo(dataSource);
          logger.info(
            { households: demo.households, accounts: demo.accounts.length, demoMs: demo.elapsedMs },
            'demo data loaded',
          );
          // Like the admin password: on the console only.
          console.log(formatDemoAccounts(demo));
        } catch (err) {
          logger.error({ err }, 'demo data could not be loaded');
        }
      }
    }

    app = await createApp({ config, dataSource, logger });
    const port = await app.listen(config.port, config.host);
    logger.info(
      {
        url: `http://${config.host}:${port}/`,
        embeddedDatabase: database.embedded,
        startupMs: Date.now() - started,
      },
      'Nuanxin is ready',
    );
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    await app?.close().catch(() => {});
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => {});
    await database.stop().catch(() => {});
    process.exit(1);
  }
}

void main();
