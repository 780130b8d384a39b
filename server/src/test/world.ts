import { Role, UnitKind } from '@nuanxin/shared';
import { loadUnits } from '../modules/units/unit-loader.js';
import { Unit } from '../modules/units/unit.entity.js';
import { asSystem, buildAccount, buildUnit } from './factories.js';
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
 * The real units of 济南市钢城区 (from the national division data set) and people at each level:
 * what scoping tests need to show that one town (艾山街道) and another (里辛街道) cannot see
 * each other.
 */
export async function buildWorld(server: TestServer): Promise<World> {
  const ds = server.dataSource;
  const root = await buildUnit(ds, { name: '全国', kind: UnitKind.NATIONAL, code: '000000' });
  await loadUnits(ds, { regions: ['370117'] });
  const byCode = (code: string) => asSystem(ds, (m) => m.findOneByOrFail(Unit, { code }));
  const province = await byCode('370000');
  const district = await byCode('370117');
  const townA = await byCode('370117001'); // 艾山街道
  const villageA = await byCode('370117001001');
  const townB = await byCode('370117002'); // 里辛街道
  const villageB = await asSystem(ds, (m) =>
    m.findOneOrFail(Unit, { where: { parentId: townB.id }, order: { code: 'ASC' } }),
  );
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
