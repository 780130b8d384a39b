import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Unit } from '../modules/units/unit.entity.js';
import { asSystem } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { buildWorld, type World } from '../test/world.js';

let server: TestServer;
let world: World;
let pathA: string;
beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server);
  pathA = (
    await asSystem(server.dataSource, (m) => m.findOneByOrFail(Unit, { id: world.townA.id }))
  ).path;
});
afterAll(() => server.close());

/** Plain SQL through the app's own connection pool, inside a transaction with the given scope. */
function plainSql<T>(scope: string | null, sql: string): Promise<T[]> {
  return server.dataSource.transaction(async (m) => {
    if (scope !== null) await m.query(`SELECT set_config('nuanxin.scope', $1, true)`, [scope]);
    return m.query(sql);
  });
}

describe('row-level security: the second wall', () => {
  it("runs the app's connections as the restricted role", async () => {
    const [row] = await plainSql<{ current_user: string }>(null, 'SELECT current_user');
    expect(row!.current_user).toBe('nuanxin_app');
  });

  it("with town A's unit set, plain SQL sees town A's accounts and none of town B's", async () => {
    const rows = await plainSql<{ id: string }>(pathA, 'SELECT id FROM account');
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([world.adminA.id, world.workerA.id, world.viewerA.id]),
    );
    expect(ids).not.toContain(world.workerB.id);
    expect(ids).not.toContain(world.districtAdmin.id);
    const [counted] = await plainSql<{ n: string }>(
      pathA,
      `SELECT count(*) AS n FROM account WHERE id = '${world.workerB.id}'`,
    );
    expect(Number(counted?.n)).toBe(0);
  });

  it('sees nothing at all when no scope is set', async () => {
    expect(await plainSql(null, 'SELECT id FROM account')).toEqual([]);
    expect(await plainSql(null, 'SELECT id FROM audit_log')).toEqual([]);
  });

  it("cannot write a row into another town's scope", async () => {
    // TypeORM answers an UPDATE with [returned rows, affected count]: nothing, and none.
    await expect(
      plainSql(
        pathA,
        `UPDATE account SET display_name = 'x' WHERE id = '${world.workerB.id}' RETURNING id`,
      ),
    ).resolves.toEqual([[], 0]);
    await expect(
      plainSql(
        pathA,
        `INSERT INTO audit_log (actor_kind, action, unit_id) VALUES ('system', 'forged', '${world.townB.id}')`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets the app append to the audit log but never change or delete an entry', async () => {
    await plainSql(
      '/',
      `INSERT INTO audit_log (actor_kind, action) VALUES ('system', 'test.append')`,
    );
    await expect(plainSql('/', `UPDATE audit_log SET action = 'edited'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(plainSql('/', `DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
  });
});
