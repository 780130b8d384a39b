import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../test/factories.js';
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

const CREATE = `mutation($i: CreateApiClientInput!) { createApiClient(input: $i) { secret client { id name scope secretHint unit { id } } } }`;

describe('API clients for third-party systems', () => {
  it('shows the secret once, stores only its digest, and the secret reads the bound subtree only', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const created = await admin.ok<{
      createApiClient: { secret: string; client: { id: string; secretHint: string } };
    }>(CREATE, {
      i: { name: '省级平台', unitId: world.townA.id, scope: 'read' },
    });
    const { secret, client } = created.createApiClient;
    expect(secret).toMatch(/^nxk_[\w-]{43}$/);
    expect(client.secretHint).toBe(secret.slice(-4));
    const [row] = await asSystem(server.dataSource, (m) =>
      m.query(`SELECT secret_hash FROM api_client WHERE id = $1`, [client.id]),
    );
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      JSON.stringify(await admin.ok(`{ apiClients { nodes { id name secretHint } } }`)),
    ).not.toContain(secret);

    const integrator = server.client.as(secret);
    const own = await integrator.ok<{ units: { nodes: { id: string }[] } }>(
      `{ units { nodes { id } } }`,
    );
    expect(own.units.nodes.map((u) => u.id)).toEqual([world.townA.id]);
    expect(
      errorCode(
        await integrator.request(`query($id: ID!) { unit(id: $id) { id } }`, {
          id: world.townB.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    // A machine has no session or password and administers nothing.
    expect((await integrator.ok<{ me: null }>(`{ me { id } }`)).me).toBeNull();
    expect(errorCode(await integrator.request(`{ accounts { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('stops working the moment it is revoked, and the audit log names who did what', async () => {
    const admin = await signIn(server, world.districtAdmin);
    const created = await admin.ok<{ createApiClient: { secret: string; client: { id: string } } }>(
      CREATE,
      {
        i: { name: '保险公司', unitId: world.district.id, scope: 'read_write' },
      },
    );
    const integrator = server.client.as(created.createApiClient.secret);
    expect(
      (await integrator.ok<{ units: { totalCount: number } }>(`{ units { totalCount } }`)).units
        .totalCount,
    ).toBe(1);
    await admin.ok(`mutation($id: ID!) { revokeApiClient(id: $id) { revokedAt } }`, {
      id: created.createApiClient.client.id,
    });
    expect(errorCode(await integrator.request(`{ units { totalCount } }`))).toBe('UNAUTHENTICATED');
    const again = await admin.request(`mutation($id: ID!) { revokeApiClient(id: $id) { id } }`, {
      id: created.createApiClient.client.id,
    });
    expect(errorCode(again)).toBe('CONFLICT');
    const entries = await asSystem(server.dataSource, (m) =>
      m.find(AuditEntry, {
        where: { entityId: created.createApiClient.client.id },
        order: { id: 'ASC' },
      }),
    );
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ['apiClient.create', world.districtAdmin.id],
      ['apiClient.revoke', world.districtAdmin.id],
    ]);
  });

  it('cannot be created by a case worker, nor for a unit outside the subtree', async () => {
    const worker = await signIn(server, world.workerA);
    expect(
      errorCode(
        await worker.request(CREATE, { i: { name: 'x', unitId: world.townA.id, scope: 'read' } }),
      ),
    ).toBe('FORBIDDEN');
    const adminA = await signIn(server, world.adminA);
    expect(
      errorCode(
        await adminA.request(CREATE, { i: { name: 'x', unitId: world.townB.id, scope: 'read' } }),
      ),
    ).toBe('NOT_FOUND');
  });
});
