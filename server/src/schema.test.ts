import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSchema, printSortedSchema } from './schema.js';

describe('server/schema.graphql', () => {
  it('is the printed schema of the current code (run `npm run schema:print` after API changes)', async () => {
    const committed = fs.readFileSync(
      fileURLToPath(new URL('../schema.graphql', import.meta.url)),
      'utf8',
    );
    expect(printSortedSchema(await createSchema())).toBe(committed);
  });

  it('keeps the fixed entry points integrators script against', async () => {
    const schema = await createSchema();
    const mutations = schema.getMutationType()!.getFields();
    expect(Object.keys(mutations)).toEqual(expect.arrayContaining(['login', 'logout']));
    expect(mutations.login!.args.map((a) => `${a.name}: ${String(a.type)}`).sort()).toEqual([
      'password: String!',
      'username: String!',
    ]);
    expect(String(schema.getQueryType()!.getFields().me!.type)).toBe('Account');
  });
});
