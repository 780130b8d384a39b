import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { migrate } from '../db/data-source.js';
import { resolveDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = await resolveDatabase(config, logger);
try {
  const applied = await migrate(database.url, logger);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await database.stop();
}
