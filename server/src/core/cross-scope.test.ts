import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckDigit } from '@nuanxin/shared';
import { createSchema } from '../schema.js';
import { asSystem } from '../test/factories.js';
import type { GraphQLTestClient } from '../test/graphql-client.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { buildWorld, signIn, type World } from '../test/world.js';

/**
 * Every query and mutation in the schema, tried by an administrator of one town (艾山街道)
 * against the records of another (里辛街道): nothing may come back and nothing may change.
 * The operations are generated from the schema, so a new module joins by being in it: an ID it
 * cannot fill makes this test fail until the registry below learns the type.
 */

/** Fields that act only on the caller themself, with no id to aim elsewhere. */
const CALLER_ONLY = new Set(['login', 'logout', 'me', 'changePassword']);

type Records = {
  own: Record<string, { id: string; version: number }>;
  foreign: Record<string, { id: string; version: number }>;
};

/** Which record type an ID argument or input field points at, from its name and the field's type. */
function targetOf(name: string, fieldReturnType: string): string | undefined {
  if (/^(unitId|parentId|newParentId)$/.test(name)) return 'Unit';
  if (/^(accountId|actorId)$/.test(name)) return 'Account';
  if (/^(toUnitId)$/.test(name)) return 'Unit';
  if (/^(householdId)$/.test(name)) return 'Household';
  if (name === 'id') return fieldReturnType;
  return undefined;
}

type Slot = { path: string; target: string };

class ArgumentBuilder {
  slots: Slot[] = [];
  constructor(
    private readonly records: Records,
    private readonly returnType: string,
    private readonly foreignSlot: string | 'all' | 'none',
  ) {}

  private idFor(path: string, name: string): string {
    const target = targetOf(name, this.returnType);
    if (!target || !this.records.own[target]) {
      throw new Error(
        `cross-scope test: no record of type ${target ?? '?'} for ID "${path}"; register one`,
      );
    }
    this.slots.push({ path, target });
    const foreign = this.foreignSlot === 'all' || this.foreignSlot === path;
    return (foreign ? this.records.foreign : this.records.own)[target]!.id;
  }

  value(type: GraphQLInputType, path: string, name: string, required: boolean): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, path, name, true);
    if (isListType(type)) {
      const item = this.value(type.ofType, `${path}.0`, name, true);
      return item === undefined ? undefined : [item];
    }
    const named = getNamedType(type);
    if (isScalarType(named) && named.name === 'ID') return this.idFor(path, name);
    if (!required && !/^(parentId|unitId|newParentId|toUnitId|householdId|id)$/.test(name))
      return undefined;
    if (isInputObjectType(named)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(named.getFields())) {
        const v = this.value(
          field.type,
          `${path}.${field.name}`,
          field.name,
          isNonNullType(field.type),
        );
        if (v !== undefined) out[field.name] = v;
      }
      return out;
    }
    if (isEnumType(named)) {
      const values = named.getValues().map((v) => v.value as string);
      const preferred = ['VIEWER', 'VILLAGE', 'read'].find((p) => values.includes(p));
      return preferred ?? values[0];
    }
    if (name === 'version') {
      const target = this.returnType;
      return (this.records.own[target] ?? { version: 1 }).version;
    }
    if (/password/i.test(name)) return 'Probe-Password-2026';
    switch (named.name) {
      case 'String':
        return /name/i.test(name) ? '探测' : 'probe';
      case 'Int':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
        return new Date().toISOString();
      default:
        throw new Error(`cross-scope test: cannot build a value for ${named.name} at ${path}`);
    }
  }
}

/** A selection of every scalar field (and ids of nested objects), two levels deep. */
function selection(schema: GraphQLSchema, typeName: string, depth = 0): string {
  const type = schema.getType(typeName);
  if (!type || !isObjectType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      if (depth < 2)
        parts.push(`${field.name} { ${selection(schema, named.name, depth + 1) || '__typename'} }`);
    } else {
      parts.push(field.name);
    }
  }
  return parts.join(' ');
}

function operation(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
) {
  const returnType = getNamedType(field.type).name;
  const sel = isObjectType(getNamedType(field.type)) ? `{ ${selection(schema, returnType)} }` : '';
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    returnType,
    text: `${kind} Probe${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${sel} }`,
  };
}

function build(
  field: GraphQLField<unknown, unknown>,
  records: Records,
  returnType: string,
  foreignSlot: string,
) {
  const builder = new ArgumentBuilder(records, returnType, foreignSlot);
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const v = builder.value(arg.type, arg.name, arg.name, isNonNullType(arg.type));
    if (v !== undefined) variables[arg.name] = v;
  }
  return { variables, slots: builder.slots };
}

let server: TestServer;
let world: World;
let schema: GraphQLSchema;
let records: Records;
let markers: string[];
let probe: GraphQLClientLike;
type GraphQLClientLike = GraphQLTestClient;

/** Everything that belongs to town B, as the database holds it: it must not change. */
async function snapshotOfB(): Promise<string> {
  return asSystem(server.dataSource, async (m) => {
    const [units] = await Promise.all([
      m.query(
        `SELECT id, name, code, parent_id, path, is_active, version FROM unit WHERE path LIKE (SELECT path FROM unit WHERE id = $1) || '%' ORDER BY id`,
        [world.townB.id],
      ),
    ]);
    const accounts = await m.query(
      `SELECT id, username, display_name, unit_id, roles, is_active, password_hash, must_change_password, version FROM account WHERE unit_id = ANY($1) ORDER BY id`,
      [units.map((u: { id: string }) => u.id)],
    );
    const clients = await m.query(
      `SELECT id, name, unit_id, revoked_at, version FROM api_client WHERE unit_id = ANY($1) ORDER BY id`,
      [units.map((u: { id: string }) => u.id)],
    );
    const households = await m.query(
      `SELECT h.*, (SELECT json_agg(hm ORDER BY hm.id) FROM household_member hm WHERE hm.household_id = h.id) AS members
         FROM household h WHERE unit_id = ANY($1) ORDER BY id`,
      [units.map((u: { id: string }) => u.id)],
    );
    return JSON.stringify({ units, accounts, clients, households });
  });
}

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server);
  schema = await createSchema();
  const adminB = await signIn(server, world.adminB);
  const clientB = await adminB.ok<{
    createApiClient: { client: { id: string; version: number; name: string } };
  }>(
    `mutation { createApiClient(input: { name: "里辛对接平台", unitId: "${world.townB.id}", scope: read }) { client { id version name } } }`,
  );
  const adminA = await signIn(server, world.adminA);
  const clientA = await adminA.ok<{ createApiClient: { client: { id: string; version: number } } }>(
    `mutation { createApiClient(input: { name: "艾山对接平台", unitId: "${world.townA.id}", scope: read }) { client { id version } } }`,
  );
  const household = (client: GraphQLTestClient, villageId: string, name: string, id17: string) =>
    client.ok<{ createHousehold: { id: string; version: number; fileNumber: string } }>(
      `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id version fileNumber } }`,
      {
        i: {
          unitId: villageId,
          category: 'BEREAVED',
          address: `${name}住址`,
          residenceType: 'RURAL',
          livingArrangement: 'ALONE',
          hardshipLevel: 'ORDINARY',
          registeredOn: '2020-01-01',
          members: [
            { relation: 'MOTHER', name, sex: 'FEMALE', idNumber: id17 + idNumberCheckDigit(id17) },
            {
              relation: 'CHILD',
              name: `${name}之子`,
              sex: 'MALE',
              birthDate: '1985-01-01',
              isDeceased: true,
              deathDate: '2015-01-01',
            },
          ],
        },
      },
    );
  const householdA = (await household(adminA, world.villageA.id, '艾山户主', '37011719550101002'))
    .createHousehold;
  const householdB = (await household(adminB, world.villageB.id, '里辛户主', '37011719560101004'))
    .createHousehold;
  records = {
    own: {
      Household: householdA,
      Unit: { id: world.villageA.id, version: world.villageA.version },
      Account: { id: world.viewerA.id, version: world.viewerA.version },
      ApiClient: clientA.createApiClient.client,
    },
    foreign: {
      Household: householdB,
      Unit: { id: world.villageB.id, version: world.villageB.version },
      Account: { id: world.workerB.id, version: world.workerB.version },
      ApiClient: clientB.createApiClient.client,
    },
  };
  markers = [
    world.townB.id,
    world.villageB.id,
    world.workerB.id,
    world.adminB.id,
    world.workerB.username,
    world.townB.name,
    world.villageB.name,
    clientB.createApiClient.client.id,
    clientB.createApiClient.client.name,
    householdB.id,
    householdB.fileNumber,
    '里辛户主',
  ];
  probe = adminA;
});
afterAll(() => server.close());

describe('nothing of another town is reachable through any operation', () => {
  it('covers every query and mutation of the schema', async () => {
    const before = await snapshotOfB();
    const tried: string[] = [];
    const leaks: string[] = [];

    for (const kind of ['query', 'mutation'] as const) {
      const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      for (const field of Object.values(root!.getFields())) {
        if (CALLER_ONLY.has(field.name)) continue;
        const op = operation(schema, kind, field);
        const { slots } = build(field, records, op.returnType, 'none');
        // Each ID slot aimed at town B alone (the others at town A), then all of them at once.
        const variants = slots.length ? [...slots.map((s) => s.path), 'all'] : ['none'];
        for (const variant of variants) {
          const { variables } = build(field, records, op.returnType, variant);
          const res = await probe.request(op.text, variables);
          tried.push(`${field.name}[${variant}]`);
          const body = JSON.stringify(res.data ?? null) + JSON.stringify(res.errors ?? []);
          const leaked = markers.filter((m) => body.includes(m));
          if (leaked.length)
            leaks.push(`${kind} ${field.name} with ${variant} foreign: ${leaked.join(', ')}`);
          if (variant !== 'none' && res.data?.[field.name] != null) {
            leaks.push(
              `${kind} ${field.name} with ${variant} foreign answered ${JSON.stringify(res.data[field.name]).slice(0, 200)}`,
            );
          }
          if (variant !== 'none') {
            const code = res.errors?.[0]?.extensions?.code;
            // NOT_FOUND is the rule; FORBIDDEN or BAD_USER_INPUT may come first for a rule that
            // does not depend on the record (e.g. a role the caller cannot grant).
            expect(
              ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'],
              `${field.name}[${variant}]: ${JSON.stringify(res.errors)}`,
            ).toContain(code);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(await snapshotOfB()).toBe(before);
    // The registry must keep up with the schema: these are the operations known today.
    expect(tried).toEqual(
      expect.arrayContaining([
        'unit[id]',
        'account[id]',
        'moveUnit[input.newParentId]',
        'createAccount[input.unitId]',
        'revokeApiClient[id]',
      ]),
    );
  });

  it('would find the same records with a scope that covers both towns', async () => {
    const districtAdmin = await signIn(server, world.districtAdmin);
    const unit = await districtAdmin.ok<{ unit: { name: string } }>(
      `query($id: ID!) { unit(id: $id) { name } }`,
      { id: world.villageB.id },
    );
    expect(unit.unit.name).toBe(world.villageB.name);
    const account = await districtAdmin.ok<{ account: { username: string } }>(
      `query($id: ID!) { account(id: $id) { username } }`,
      {
        id: world.workerB.id,
      },
    );
    expect(account.account.username).toBe(world.workerB.username);
    const lists = await districtAdmin.ok<{
      apiClients: { nodes: { id: string }[] };
      accounts: { nodes: { id: string }[] };
    }>(`{ apiClients(first: 200) { nodes { id } } accounts(first: 200) { nodes { id } } }`);
    expect(lists.apiClients.nodes.map((c) => c.id)).toContain(records.foreign.ApiClient!.id);
    expect(lists.accounts.nodes.map((a) => a.id)).toContain(world.workerB.id);
  });
});
