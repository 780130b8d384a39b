// Small PostgreSQL admin helper for CI, so it needs no psql client:
//   node scripts/pg-admin.mjs check|create|drop URL [DATABASE]
import pg from 'pg';

const [command, url, database] = process.argv.slice(2);
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
try {
  await client.connect();
  if (command === 'create') await client.query(`CREATE DATABASE "${database}" ENCODING 'UTF8'`);
  if (command === 'drop') await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await client.end();
} catch (err) {
  if (command !== 'check') console.error(String(err));
  process.exit(1);
}
