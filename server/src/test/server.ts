import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { pino } from 'pino';
import { createApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { GraphQLTestClient } from './graphql-client.js';

export type TestServer = {
  baseUrl: string;
  database: TestDatabase;
  dataSource: DataSource;
  config: Config;
  /** A client without credentials; `.as(token)` gives one that sends a bearer token. */
  client: GraphQLTestClient;
  /** SQL statements seen since the last `resetQueryLog()`. */
  queryLog: string[];
  resetQueryLog(): void;
  close(): Promise<void>;
};

export type TestServerOptions = { env?: Record<string, string>; webDist?: string };

/** Starts the real HTTP server on a random port over a fresh database, as integrators see it. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const queryLog: string[] = [];
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    // Tests sign in often from one address; the tests of the limits themselves set them low.
    LOGIN_ATTEMPTS_PER_15_MINUTES: '100000',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...options.env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const dataSource = createDataSource({
    url: database.url,
    onQuery: (sql) => queryLog.push(sql),
    poolSize: 5,
  });
  await dataSource.initialize();
  const app = await createApp({ config, dataSource, logger, webDist: options.webDist });
  const port = await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    database,
    dataSource,
    config,
    client: new GraphQLTestClient(baseUrl),
    queryLog,
    resetQueryLog: () => void queryLog.splice(0),
    async close() {
      await app.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
