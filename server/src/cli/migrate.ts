import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { createDataSource, runMigrations } from '../db/data-source.js';
import { resolveDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = await resolveDatabase(config, logger);
const dataSource = createDataSource({ url: database.url, logger });
try {
  await dataSource.initialize();
  const applied = await runMigrations(dataSource);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  if (dataSource.isInitialized) await dataSource.destroy();
  await database.stop();
}
