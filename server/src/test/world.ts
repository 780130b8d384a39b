import { Role, UnitKind } from '@nuanxin/shared';
import type { Unit } from '../modules/units/unit.entity.js';
import { buildAccount, buildUnit } from './factories.js';
import type { GraphQLTestClient } from './graphql-client.js';
import type { TestServer } from './server.js';

type Person = Awaited<ReturnType<typeof buildAccount>>;

/** Signs an account in over the API and returns a client that sends its bearer token. */
export async function signIn(
  server: TestServer,
  account: { username: string; password: string },
): Promise<GraphQLTestClient> {
  const data = await server.client.ok<{ login: { token: string } }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    { u: account.username, p: account.password },
  );
  return server.client.as(data.login.token);
}

export type World = {
  province: Unit;
  district: Unit;
  townA: Unit;
  villageA: Unit;
  townB: Unit;
  villageB: Unit;
  systemAdmin: Person;
  districtAdmin: Person;
  adminA: Person;
  workerA: Person;
  viewerA: Person;
  adminB: Person;
  workerB: Person;
};

/**
 * A small real-shaped tree (省 → 区 → two towns with a village each) and people at each level:
 * what scoping tests need to show that town A and town B cannot see each other.
 */
export async function buildWorld(server: TestServer): Promise<World> {
  const ds = server.dataSource;
  const root = await buildUnit(ds, { name: '全国', kind: UnitKind.NATIONAL });
  const province = await buildUnit(ds, {
    name: '山东省',
    kind: UnitKind.PROVINCE,
    parentId: root.id,
  });
  const district = await buildUnit(ds, {
    name: '钢城区',
    kind: UnitKind.DISTRICT,
    parentId: province.id,
  });
  const townA = await buildUnit(ds, {
    name: '艾山街道',
    kind: UnitKind.TOWN,
    parentId: district.id,
  });
  const villageA = await buildUnit(ds, {
    name: '艾山村',
    kind: UnitKind.VILLAGE,
    parentId: townA.id,
  });
  const townB = await buildUnit(ds, {
    name: '里辛街道',
    kind: UnitKind.TOWN,
    parentId: district.id,
  });
  const villageB = await buildUnit(ds, {
    name: '里辛村',
    kind: UnitKind.VILLAGE,
    parentId: townB.id,
  });
  const person = (unit: Unit, roles: Role[], displayName: string) =>
    buildAccount(ds, { unitId: unit.id, roles, displayName });
  return {
    province,
    district,
    townA,
    villageA,
    townB,
    villageB,
    systemAdmin: await person(root, [Role.SYSTEM_ADMIN], '系统管理员'),
    districtAdmin: await person(district, [Role.UNIT_ADMIN], '区管理员'),
    adminA: await person(townA, [Role.UNIT_ADMIN], '艾山管理员'),
    workerA: await person(townA, [Role.CASE_WORKER], '艾山社工'),
    viewerA: await person(townA, [Role.VIEWER], '艾山查阅'),
    adminB: await person(townB, [Role.UNIT_ADMIN], '里辛管理员'),
    workerB: await person(townB, [Role.CASE_WORKER], '里辛社工'),
  };
}
