import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@nuanxin/shared';
import { asSystem, buildAccount, buildUnit } from '../../test/factories.js';
import { errorCode } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { Account } from '../accounts/account.entity.js';

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token expiresAt user { id username displayName roles mustChangePassword unit { id name kind } }
  }
}`;
const ME = `{ me { id username unit { name } } }`;

type LoginData = {
  login: {
    token: string;
    expiresAt: string;
    user: { id: string; username: string; unit: { name: string } };
  };
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function login(username: string, password: string) {
  return server.client.request<LoginData>(LOGIN, { username, password });
}

describe('login, me and logout', () => {
  it('signs in with a username and password and returns a working bearer token', async () => {
    const unit = await buildUnit(server.dataSource, { name: '钢城区' });
    const account = await buildAccount(server.dataSource, {
      unitId: unit.id,
      roles: [Role.CASE_WORKER],
    });

    const res = await login(account.username, account.password);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.login;
    expect(payload.token).toMatch(/^nx_[\w-]{43}$/);
    expect(payload.user).toMatchObject({
      id: account.id,
      username: account.username,
      unit: { name: '钢城区' },
    });
    const idleMs = new Date(payload.expiresAt).getTime() - Date.now();
    expect(idleMs).toBeGreaterThan(29 * 60_000);
    expect(idleMs).toBeLessThanOrEqual(30 * 60_000);

    const me = await server.client.as(payload.token).ok<{ me: { id: string } }>(ME);
    expect(me.me.id).toBe(account.id);

    const stored = await asSystem(server.dataSource, (m) =>
      m.findOneByOrFail(Account, { id: account.id }),
    );
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it('matches usernames regardless of case', async () => {
    const account = await buildAccount(server.dataSource, { username: 'Wang_Li' });
    const res = await login('wang_li', account.password);
    expect(res.data?.login.user.id).toBe(account.id);
  });

  it('sets an httpOnly SameSite session cookie that signs the browser in', async () => {
    const account = await buildAccount(server.dataSource);
    const res = await login(account.username, account.password);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^nuanxin_session=nx_/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    const me = await server.client.withCookie(cookie).ok<{ me: { id: string } | null }>(ME);
    expect(me.me?.id).toBe(account.id);
  });

  it('answers me with null when nobody is signed in or the token is unknown', async () => {
    expect((await server.client.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await server.client.as('nx_not-a-real-token').ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('ends the session server-side on logout, so the token stops working', async () => {
    const account = await buildAccount(server.dataSource);
    const { token } = (await login(account.username, account.password)).data!.login;
    const client = server.client.as(token);
    const out = await client.request<{ logout: boolean }>('mutation { logout }');
    expect(out.data?.logout).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/nuanxin_session=;/);
    expect((await client.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('refuses a wrong password and an unknown user with the same error', async () => {
    const account = await buildAccount(server.dataSource);
    const wrong = await login(account.username, 'not-the-password');
    const unknown = await login('nobody-here', 'whatever-password');
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('refuses a disabled account even with the right password', async () => {
    const account = await buildAccount(server.dataSource, { isActive: false });
    const res = await login(account.username, account.password);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('locks an account for 15 minutes after 5 failed sign-ins in a row', async () => {
    const account = await buildAccount(server.dataSource);
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await login(account.username, `wrong-${i}`))).toBe('UNAUTHENTICATED');
    }
    const locked = await login(account.username, account.password);
    expect(errorCode(locked)).toBe('UNAUTHENTICATED');
    expect(locked.errors?.[0]?.extensions?.reason).toBe('ACCOUNT_LOCKED');
    const stored = await asSystem(server.dataSource, (m) =>
      m.findOneByOrFail(Account, { id: account.id }),
    );
    const minutes = (stored.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('ends a session that was idle for longer than the idle limit', async () => {
    const account = await buildAccount(server.dataSource);
    const { token } = (await login(account.username, account.password)).data!.login;
    await server.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 second', last_seen_at = now() - interval '31 minutes'
        WHERE account_id = $1`,
      [account.id],
    );
    expect((await server.client.as(token).ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('stores the password as an argon2id hash and the session token only as a SHA-256 digest', async () => {
    const account = await buildAccount(server.dataSource);
    const { token } = (await login(account.username, account.password)).data!.login;
    const [row] = await asSystem(server.dataSource, (m) =>
      m.query(
        `SELECT a.password_hash, s.token_hash FROM account a JOIN session s ON s.account_id = a.id WHERE a.id = $1`,
        [account.id],
      ),
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(account.password);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
  });

  it('names the field when a variable has the wrong type or is missing', async () => {
    const wrongType = await server.client.request(LOGIN, { username: 123, password: 'x' });
    expect(errorCode(wrongType)).toBe('BAD_USER_INPUT');
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({
      field: 'username',
      reason: 'INVALID_VALUE',
    });
    const missing = await server.client.request(LOGIN, { username: 'someone' });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      field: 'password',
      reason: 'REQUIRED',
    });
  });
});
