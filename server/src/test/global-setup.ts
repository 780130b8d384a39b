import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../db/data-source.js';
import { startEmbeddedDatabase, withDatabase, type EmbeddedDatabase } from '../db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL on the test server from which databases can be created and dropped. */
    adminUrl: string;
    /** A migrated database that each test file clones. */
    templateDatabase: string;
  }
}

/**
 * Once per run: a PostgreSQL server (DATABASE_URL when set, else an embedded one in a temporary
 * folder) and a template database with every migration applied. Each test file then clones the
 * template, so files run in parallel and never clean up after each other.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedDatabase({
      dataDir: path.join(os.tmpdir(), `nuanxin-test-${randomBytes(4).toString('hex')}`),
      ephemeral: true,
    });
    adminUrl = embedded.adminUrl;
  }
  const templateDatabase = `nuanxin_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDatabase} ENCODING 'UTF8'`);
  await migrate(withDatabase(adminUrl, templateDatabase));

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`).catch(() => {});
    await admin.end();
    await embedded?.stop();
  };
}
