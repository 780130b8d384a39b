import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, buildAccount } from '../../test/factories.js';
import { errorCode } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { buildWorld, signIn, type World } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

let server: TestServer;
let world: World;
beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server);
});
afterAll(() => server.close());

const CREATE = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id username roles mustChangePassword version unit { id } } }`;
const GOOD_PASSWORD = 'Spring-Visit-2026';

describe('account administration', () => {
  it('creates an account in the subtree that must change its password at first sign-in', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const res = await admin.ok<{
      createAccount: { id: string; mustChangePassword: boolean; unit: { id: string } };
    }>(CREATE, {
      i: {
        username: 'li.worker',
        displayName: '李社工',
        unitId: world.townA.id,
        roles: ['CASE_WORKER'],
        password: GOOD_PASSWORD,
      },
    });
    expect(res.createAccount).toMatchObject({
      mustChangePassword: true,
      unit: { id: world.townA.id },
    });

    // Signed in, the new worker may do nothing but change the password.
    const worker = await signIn(server, { username: 'li.worker', password: GOOD_PASSWORD });
    const blocked = await worker.request(`{ units { totalCount } }`);
    expect(errorCode(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors?.[0]?.extensions?.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await worker.ok<{ me: { username: string } }>('{ me { username } }')).me.username).toBe(
      'li.worker',
    );

    const weak = await worker.request(
      `mutation { changePassword(currentPassword: "${GOOD_PASSWORD}", newPassword: "short") }`,
    );
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      field: 'newPassword',
      reason: 'MIN_LENGTH',
    });
    const wrong = await worker.request(
      `mutation { changePassword(currentPassword: "nope", newPassword: "Autumn-Visit-2026") }`,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      field: 'currentPassword',
      reason: 'WRONG_PASSWORD',
    });

    await worker.ok(
      `mutation { changePassword(currentPassword: "${GOOD_PASSWORD}", newPassword: "Autumn-Visit-2026") }`,
    );
    const after = await worker.ok<{ units: { totalCount: number } }>(`{ units { totalCount } }`);
    expect(after.units.totalCount).toBe(1);
  });

  it('ends the other sessions of an account when its password changes', async () => {
    const first = await signIn(server, world.viewerA);
    const second = await signIn(server, world.viewerA);
    await first.ok(
      `mutation { changePassword(currentPassword: "${world.viewerA.password}", newPassword: "Winter-Visit-2026") }`,
    );
    world.viewerA.password = 'Winter-Visit-2026';
    expect((await first.ok<{ me: { id: string } | null }>('{ me { id } }')).me?.id).toBe(
      world.viewerA.id,
    );
    expect((await second.ok<{ me: null }>('{ me { id } }')).me).toBeNull();
  });

  it('refuses a password that breaks the policy, naming the input field', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const res = await admin.request(CREATE, {
      i: {
        username: 'weak.one',
        displayName: '弱',
        unitId: world.townA.id,
        roles: ['VIEWER'],
        password: 'alllowercase',
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      field: 'input.password',
      reason: 'CHARACTER_CLASSES',
    });
  });

  it('refuses a taken username (any case) with CONFLICT', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const res = await admin.request(CREATE, {
      i: {
        username: world.workerB.username.toUpperCase(),
        displayName: '重',
        unitId: world.townA.id,
        roles: ['VIEWER'],
        password: GOOD_PASSWORD,
      },
    });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      reason: 'DUPLICATE_USERNAME',
      field: 'input.username',
    });
  });

  it('does not let a unit administrator grant more than it holds or reach outside its subtree', async () => {
    const adminA = await signIn(server, world.adminA);
    const tooMuch = await adminA.request(CREATE, {
      i: {
        username: 'boss.a',
        displayName: '越权',
        unitId: world.townA.id,
        roles: ['SYSTEM_ADMIN'],
        password: GOOD_PASSWORD,
      },
    });
    expect(errorCode(tooMuch)).toBe('FORBIDDEN');
    const outside = await adminA.request(CREATE, {
      i: {
        username: 'spy.b',
        displayName: '越界',
        unitId: world.townB.id,
        roles: ['VIEWER'],
        password: GOOD_PASSWORD,
      },
    });
    expect(errorCode(outside)).toBe('NOT_FOUND');
    const other = await adminA.request(`query($id: ID!) { account(id: $id) { username } }`, {
      id: world.workerB.id,
    });
    expect(errorCode(other)).toBe('NOT_FOUND');
    const list = await adminA.ok<{ accounts: { nodes: { id: string }[] } }>(
      `{ accounts(first: 200) { nodes { id } } }`,
    );
    const ids = list.accounts.nodes.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([world.adminA.id, world.workerA.id]));
    expect(ids).not.toContain(world.workerB.id);
    expect(ids).not.toContain(world.districtAdmin.id);

    const worker = await signIn(server, world.workerA);
    expect(errorCode(await worker.request(`{ accounts { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('disables an account: its sessions end at once and it cannot sign in', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const target = await admin.ok<{ createAccount: { id: string } }>(CREATE, {
      i: {
        username: 'to.disable',
        displayName: '停用',
        unitId: world.townB.id,
        roles: ['VIEWER'],
        password: GOOD_PASSWORD,
      },
    });
    const session = await signIn(server, { username: 'to.disable', password: GOOD_PASSWORD });
    await admin.ok(`mutation($id: ID!) { disableAccount(id: $id) { isActive } }`, {
      id: target.createAccount.id,
    });
    expect((await session.ok<{ me: null }>('{ me { id } }')).me).toBeNull();
    const again = await server.client.request(
      `mutation { login(username: "to.disable", password: "${GOOD_PASSWORD}") { token } }`,
    );
    expect(errorCode(again)).toBe('UNAUTHENTICATED');

    const audit = await asSystem(server.dataSource, (m) =>
      m.find(AuditEntry, { where: { entityId: target.createAccount.id }, order: { id: 'ASC' } }),
    );
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'account.create',
        'auth.login',
        'account.disable',
        'auth.login_failed',
      ]),
    );
    const disable = audit.find((e) => e.action === 'account.disable')!;
    expect(disable.changes).toMatchObject({ isActive: { old: true, new: false } });
    expect(disable.ip).toBeTruthy();
  });

  it('resets a password: the lock lifts and the new one must be changed', async () => {
    const admin = await signIn(server, world.districtAdmin);
    for (let i = 0; i < 5; i++)
      await server.client.request(
        `mutation { login(username: "${world.workerB.username}", password: "bad-${i}") { token } }`,
      );
    const reset = await admin.ok<{
      resetAccountPassword: { lockedUntil: string | null; mustChangePassword: boolean };
    }>(
      `mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: "Reset-Visit-2026") { lockedUntil mustChangePassword } }`,
      { id: world.workerB.id },
    );
    expect(reset.resetAccountPassword).toEqual({ lockedUntil: null, mustChangePassword: true });
    const worker = await signIn(server, {
      username: world.workerB.username,
      password: 'Reset-Visit-2026',
    });
    expect(
      (await worker.ok<{ me: { mustChangePassword: boolean } }>('{ me { mustChangePassword } }')).me
        .mustChangePassword,
    ).toBe(true);
  });
});

describe('password expiry', () => {
  it('asks for a new password once the current one is older than PASSWORD_MAX_AGE_DAYS', async () => {
    const person = await buildAccount(server.dataSource, { unitId: world.townA.id });
    const client = await signIn(server, person);
    expect(
      (await client.ok<{ me: { mustChangePassword: boolean } }>('{ me { mustChangePassword } }')).me
        .mustChangePassword,
    ).toBe(false);
    await asSystem(server.dataSource, (m) =>
      m.query(
        `UPDATE account SET password_changed_at = now() - interval '181 days' WHERE id = $1`,
        [person.id],
      ),
    );
    expect(
      (await client.ok<{ me: { mustChangePassword: boolean } }>('{ me { mustChangePassword } }')).me
        .mustChangePassword,
    ).toBe(true);
    const blocked = await client.request('{ units { totalCount } }');
    expect(blocked.errors?.[0]?.extensions?.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    await client.ok(
      `mutation { changePassword(currentPassword: "${person.password}", newPassword: "Fresh-Visit-2026") }`,
    );
    expect(
      (await client.ok<{ units: { totalCount: number } }>('{ units { totalCount } }')).units
        .totalCount,
    ).toBe(1);
  });
});

describe('the audit log', () => {
  it('shows administrators the entries of their subtree only, and nobody can change it', async () => {
    const adminA = await signIn(server, world.adminA);
    const log = await adminA.ok<{
      auditLog: { nodes: { action: string; unitId: string | null }[]; totalCount: number };
    }>(`{ auditLog(first: 200) { totalCount nodes { action unitId actorName } } }`);
    expect(log.auditLog.totalCount).toBeGreaterThan(0);
    for (const entry of log.auditLog.nodes)
      expect([world.townA.id, world.villageA.id]).toContain(entry.unitId);

    const schemaHasWrites = await adminA.request(`mutation { deleteAuditEntry(id: "1") }`);
    expect(errorCode(schemaHasWrites)).toBe('GRAPHQL_VALIDATION_FAILED');
    const worker = await signIn(server, world.workerA);
    expect(errorCode(await worker.request(`{ auditLog { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('pages through entries with cursors without gaps or repeats', async () => {
    const admin = await signIn(server, world.systemAdmin);
    const all = await admin.ok<{ auditLog: { nodes: { id: string }[] } }>(
      `{ auditLog(first: 200) { nodes { id } } }`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        auditLog: {
          nodes: { id: string }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await admin.ok(
        `query($after: String) { auditLog(first: 3, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      seen.push(...page.auditLog.nodes.map((n) => n.id));
      after = page.auditLog.pageInfo.hasNextPage ? page.auditLog.pageInfo.endCursor : null;
    } while (after);
    // Paging runs while new sign-in entries are written: the pages hold everything seen at the start.
    expect(seen.slice(-all.auditLog.nodes.length)).toEqual(
      all.auditLog.nodes.map((n) => n.id).slice(-seen.length),
    );
    expect(new Set(seen).size).toBe(seen.length);
  });
});
