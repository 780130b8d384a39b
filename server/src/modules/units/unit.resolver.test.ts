import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { asSystem, buildAccount } from '../../test/factories.js';
import { errorCode } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { buildWorld, signIn, type World } from '../../test/world.js';
import { Unit } from './unit.entity.js';

let server: TestServer;
let world: World;
beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server);
});
afterAll(() => server.close());

const UNIT_FIELDS = 'id name code kind depth isActive version parentId childCount';

describe('browsing the unit tree', () => {
  it('starts at your own unit and lists children with counts, never above your unit', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const own = await admin.ok<{
      units: { nodes: { id: string; childCount: number }[]; totalCount: number };
    }>(`{ units { totalCount nodes { ${UNIT_FIELDS} } } }`);
    expect(own.units.nodes.map((u) => u.id)).toEqual([world.district.id]);
    const towns = await asSystem(server.dataSource, (m) =>
      m.find(Unit, { where: { parentId: world.district.id } }),
    );
    expect(towns.length).toBeGreaterThanOrEqual(5); // 钢城区 has five streets and two service zones
    expect(own.units.nodes[0]!.childCount).toBe(towns.length);

    const children = await admin.ok<{ units: { nodes: { name: string }[] } }>(
      `query($p: ID!) { units(filter: { parentId: $p }) { nodes { name } } }`,
      { p: world.district.id },
    );
    expect(children.units.nodes.map((u) => u.name)).toEqual(
      towns.sort((a, b) => a.code!.localeCompare(b.code!)).map((t) => t.name),
    );
    expect(children.units.nodes.map((u) => u.name)).toEqual(
      expect.arrayContaining(['艾山街道', '里辛街道']),
    );

    // The province above is outside the subtree: not found, and no parent shown.
    const up = await admin.request(`query($id: ID!) { unit(id: $id) { name } }`, {
      id: world.province.id,
    });
    expect(errorCode(up)).toBe('NOT_FOUND');
    const parent = await admin.ok<{ unit: { parent: null } }>(
      `query($id: ID!) { unit(id: $id) { parent { id } } }`,
      {
        id: world.district.id,
      },
    );
    expect(parent.unit.parent).toBeNull();
  });

  it('finds units by part of the name, within the subtree only', async () => {
    const worker = await signIn(server, world.workerA);
    const found = await worker.ok<{ units: { nodes: { id: string }[] } }>(
      `{ units(first: 200, filter: { search: "社区" }) { nodes { id } } }`,
    );
    const villagesA = await asSystem(server.dataSource, (m) =>
      m.find(Unit, { where: { parentId: world.townA.id } }),
    );
    const expected = villagesA.filter((v) => v.name.includes('社区')).map((v) => v.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(found.units.nodes.map((u) => u.id).sort()).toEqual(expected.sort());
    // 里辛街道 has 社区 too, but they are outside the worker's town.
    const villagesB = await asSystem(server.dataSource, (m) =>
      m.find(Unit, { where: { parentId: world.townB.id } }),
    );
    expect(villagesB.some((v) => v.name.includes('社区'))).toBe(true);
  });
});

describe('administering units', () => {
  it('adds a functional zone under a district and records it in the audit log', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const res = await admin.ok<{ createUnit: { id: string; depth: number; kind: string } }>(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { ${UNIT_FIELDS} } }`,
      {
        i: {
          parentId: world.district.id,
          name: '钢城经济开发区',
          kind: 'FUNCTIONAL_ZONE',
          code: '370117900',
        },
      },
    );
    expect(res.createUnit).toMatchObject({
      kind: 'FUNCTIONAL_ZONE',
      depth: world.district.depth + 1,
    });
    const entries = await asSystem(server.dataSource, (m) =>
      m.find(AuditEntry, { where: { entityId: res.createUnit.id } }),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'unit.create',
      actorId: world.districtAdmin.id,
      actorKind: 'account',
    });
    expect(entries[0]!.changes).toMatchObject({ name: { old: null, new: '钢城经济开发区' } });

    const dup = await admin.request(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      {
        i: {
          parentId: world.district.id,
          name: '重复',
          kind: 'FUNCTIONAL_ZONE',
          code: '370117900',
        },
      },
    );
    expect(errorCode(dup)).toBe('CONFLICT');
    expect(dup.errors?.[0]?.extensions).toMatchObject({
      reason: 'DUPLICATE_CODE',
      field: 'input.code',
    });
  });

  it('refuses a kind that cannot sit under the parent, naming the field', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const res = await admin.request(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      {
        i: { parentId: world.villageA.id, name: '错误', kind: 'TOWN' },
      },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      field: 'input.kind',
      reason: 'NOT_ALLOWED_UNDER_PARENT',
    });
  });

  it('moves a unit with its subtree and keeps every path consistent', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const created = await admin.ok<{ createUnit: { id: string; version: number } }>(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id version } }`,
      { i: { parentId: world.townA.id, name: '新建村', kind: 'VILLAGE' } },
    );
    const village = created.createUnit;
    const moved = await admin.ok<{ moveUnit: { parentId: string; version: number } }>(
      `mutation($i: MoveUnitInput!) { moveUnit(input: $i) { parentId version } }`,
      { i: { id: village.id, version: village.version, newParentId: world.townB.id } },
    );
    expect(moved.moveUnit.parentId).toBe(world.townB.id);
    const [units, townB] = await asSystem(server.dataSource, async (m) => [
      await m.findOneByOrFail(Unit, { id: village.id }),
      await m.findOneByOrFail(Unit, { id: world.townB.id }),
    ]);
    expect(units.path).toBe(`${townB.path}${units.seq}/`);

    // The version it was based on is stale now: nothing is overwritten.
    const stale = await admin.request(
      `mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { id } }`,
      {
        i: { id: village.id, version: village.version, name: '旧名' },
      },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');

    const intoItself = await admin.request(
      `mutation($i: MoveUnitInput!) { moveUnit(input: $i) { id } }`,
      {
        i: { id: world.townA.id, version: world.townA.version, newParentId: world.villageA.id },
      },
    );
    expect(errorCode(intoItself)).toBe('BAD_USER_INPUT');
  });

  it('refuses to deactivate a unit that still has active accounts, and deactivates the subtree otherwise', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const busy = await admin.request(
      `mutation($id: ID!, $v: Int!) { deactivateUnit(id: $id, version: $v) { id } }`,
      {
        id: world.townA.id,
        v: world.townA.version,
      },
    );
    expect(errorCode(busy)).toBe('CONFLICT');
    expect(busy.errors?.[0]?.extensions).toMatchObject({ reason: 'HAS_ACTIVE_ACCOUNTS' });

    const zone = await admin.ok<{ createUnit: { id: string; version: number } }>(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id version } }`,
      { i: { parentId: world.district.id, name: '鲁中矿业', kind: 'ENTERPRISE' } },
    );
    const res = await admin.ok<{ deactivateUnit: { isActive: boolean } }>(
      `mutation($id: ID!, $v: Int!) { deactivateUnit(id: $id, version: $v) { isActive } }`,
      { id: zone.createUnit.id, v: zone.createUnit.version },
    );
    expect(res.deactivateUnit.isActive).toBe(false);
  });

  it('lets only administrators change units, and only in their subtree', async () => {
    const worker = await signIn(server, world.workerA);
    const forbidden = await worker.request(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      {
        i: { parentId: world.townA.id, name: '村', kind: 'VILLAGE' },
      },
    );
    expect(errorCode(forbidden)).toBe('FORBIDDEN');

    const adminA = await signIn(server, world.adminA);
    const elsewhere = await adminA.request(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      {
        i: { parentId: world.townB.id, name: '村', kind: 'VILLAGE' },
      },
    );
    expect(errorCode(elsewhere)).toBe('NOT_FOUND');
  });

  it('signs out the accounts of a unit once it is inactive', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const zone = await admin.ok<{ createUnit: { id: string; version: number } }>(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id version } }`,
      { i: { parentId: world.district.id, name: '临时区', kind: 'FUNCTIONAL_ZONE' } },
    );
    const person = await buildAccount(server.dataSource, { unitId: zone.createUnit.id });
    const client = await signIn(server, person);
    expect((await client.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(person.id);
    await asSystem(server.dataSource, (m) =>
      m.update(Unit, zone.createUnit.id, { isActive: false }),
    );
    expect((await client.ok<{ me: null }>('{ me { id } }')).me).toBeNull();
  });
});
