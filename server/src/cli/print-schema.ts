import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema, printSortedSchema } from '../schema.js';

/** `npm run schema:print`: writes the printed schema to server/schema.graphql. */
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
fs.writeFileSync(target, printSortedSchema(await createSchema()));
console.log(`Wrote ${target}`);
