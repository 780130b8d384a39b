import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import {
  MAX_ALIASES,
  MAX_BATCH_SIZE,
  MAX_COST,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_TOKENS,
} from '../core/query-limits.js';
import { Account } from '../modules/accounts/account.entity.js';
import { asSystem, buildAccount } from '../test/factories.js';
import { errorCode, type GraphQLResponse } from '../test/graphql-client.js';
import { startTestServer, type TestServer } from '../test/server.js';

const ME = '{ me { id } }';
const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token }
}`;

type ErrorBody = {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  data?: unknown;
};

let server: TestServer;
let webDist: string;

beforeAll(async () => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-web-'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root">暖心</div>');
  server = await startTestServer({ webDist });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

/** A raw POST to /graphql, for bodies the GraphQL client cannot send. */
function post(target: TestServer, body: string, headers: Record<string, string> = {}) {
  return fetch(`${target.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

const firstError = (res: GraphQLResponse<unknown>) => res.errors?.[0];

/**
 * `depth` levels of fields: `__type › fields › type › ofType › ofType …`, `name` the last. The
 * `ofType` chain is what introspection tools walk; graphql-js caps only `fields`-like nesting.
 */
function deepQuery(depth: number) {
  const ofTypes = depth - 4;
  return `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(ofTypes)}name ${'} '.repeat(ofTypes + 3)}}`;
}

function aliases(count: number, field = 'me { id }') {
  return Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');
}

describe('query limits (graphql-armor, graphql-js token limit)', () => {
  it(`accepts ${MAX_DEPTH} levels of nesting and refuses ${MAX_DEPTH + 1}`, async () => {
    const atLimit = await server.client.request<{ __type: { fields: unknown[] } }>(
      deepQuery(MAX_DEPTH),
    );
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data?.__type.fields.length).toBeGreaterThan(0);

    const tooDeep = await server.client.request(deepQuery(MAX_DEPTH + 1));
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.data).toBeUndefined();
    expect(errorCode(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(tooDeep)).toMatchObject({
      message: `Query depth limit of ${MAX_DEPTH} exceeded, found ${MAX_DEPTH + 1}.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'MAX_DEPTH' },
    });
  });

  it('refuses a fragment bomb whose estimated cost is over the limit', async () => {
    // Four levels of fragments, each spreading the one below four times: 256 copies of `me`.
    const spreads = (name: string) => Array(4).fill(`...${name}`).join(' ');
    let bomb = 'query Bomb { ...L4 }';
    for (let level = 4; level >= 1; level--) {
      bomb += ` fragment L${level} on Query { ${spreads(`L${level - 1}`)} }`;
    }
    bomb += ' fragment L0 on Query { me { id username displayName unit { id name } } }';

    const res = await server.client.request(bomb);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(firstError(res)?.extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'MAX_COST',
    });
    expect(firstError(res)?.message).toMatch(
      new RegExp(`^Query Cost limit of ${MAX_COST} exceeded, found \\d+`),
    );
    // One level of fragments is what the web app does, and passes.
    const single = await server.client.request(
      'query { ...L0 } fragment L0 on Query { me { id username unit { id name } } }',
    );
    expect(single.errors).toBeUndefined();
  });

  it(`accepts ${MAX_ALIASES} aliases and refuses more`, async () => {
    const atLimit = await server.client.request(`{ ${aliases(MAX_ALIASES)} }`);
    expect(atLimit.errors).toBeUndefined();

    const tooMany = await server.client.request(`{ ${aliases(MAX_ALIASES + 1)} }`);
    expect(tooMany.status).toBe(400);
    expect(firstError(tooMany)).toMatchObject({
      message: `Aliases limit of ${MAX_ALIASES} exceeded, found ${MAX_ALIASES + 1}.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'MAX_ALIASES' },
    });
  });

  it('refuses aliased login guesses before any of them is tried', async () => {
    const account = await buildAccount(server.dataSource);
    const guesses = Array.from(
      { length: MAX_ALIASES + 1 },
      (_, i) => `g${i}: login(username: "${account.username}", password: "guess-${i}") { token }`,
    ).join(' ');
    const res = await server.client.request(`mutation { ${guesses} }`);
    expect(res.status).toBe(400);
    expect(firstError(res)?.extensions?.reason).toBe('MAX_ALIASES');
    const stored = await asSystem(server.dataSource, (m) =>
      m.getRepository(Account).findOneByOrFail({ id: account.id }),
    );
    expect(stored.failedSignIns).toBe(0);
  });

  it(`accepts ${MAX_DIRECTIVES} directives and refuses more`, async () => {
    const fields = (n: number) => Array(n).fill('__typename @skip(if: false)').join(' ');
    const atLimit = await server.client.request(`{ ${fields(MAX_DIRECTIVES)} }`);
    expect(atLimit.errors).toBeUndefined();

    const tooMany = await server.client.request(`{ ${fields(MAX_DIRECTIVES + 1)} }`);
    expect(tooMany.status).toBe(400);
    expect(firstError(tooMany)).toMatchObject({
      message: `Directives limit of ${MAX_DIRECTIVES} exceeded, found ${MAX_DIRECTIVES + 1}.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'MAX_DIRECTIVES' },
    });
  });

  it(`refuses a document of more than ${MAX_TOKENS} tokens while parsing it`, async () => {
    // `query Qn { me { id } }` is 8 tokens; a document may name many operations and run one.
    const operations = (count: number) =>
      Array.from({ length: count }, (_, i) => `query Q${i} { me { id } }`).join('\n');
    const run = (document: string) =>
      post(server, JSON.stringify({ query: document, operationName: 'Q0' }));

    const atLimit = await run(operations(MAX_TOKENS / 8));
    expect(atLimit.status).toBe(200);
    expect(await atLimit.json()).toEqual({ data: { me: null } });

    const tooLong = await run(operations(MAX_TOKENS / 8 + 1));
    expect(tooLong.status).toBe(400);
    const body = (await tooLong.json()) as ErrorBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    // graphql-js 16 words it "more that"; match either spelling.
    expect(body.errors?.[0]?.message).toMatch(
      new RegExp(`^Syntax Error: Document contains more th[ae][nt] ${MAX_TOKENS} tokens`),
    );
  });

  it('lets the standard introspection query of GraphQL tools through every limit', async () => {
    const res = await server.client.request<{ __schema: { types: unknown[] } }>(
      getIntrospectionQuery(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(5);
  });
});

describe('batched requests', () => {
  const batch = (size: number) => JSON.stringify(Array(size).fill({ query: ME }));

  it(`answers a batch of up to ${MAX_BATCH_SIZE} operations`, async () => {
    const res = await post(server, batch(MAX_BATCH_SIZE));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Array<{ data: unknown }>;
    expect(body).toHaveLength(MAX_BATCH_SIZE);
    expect(body.every((result) => JSON.stringify(result) === '{"data":{"me":null}}')).toBe(true);
  });

  it(`refuses a batch of more than ${MAX_BATCH_SIZE} with 400 and a GraphQL error`, async () => {
    const res = await post(server, batch(MAX_BATCH_SIZE + 1));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: `A batch may hold at most ${MAX_BATCH_SIZE} operations; this one has ${MAX_BATCH_SIZE + 1}`,
          extensions: { code: 'BAD_REQUEST', reason: 'MAX_BATCH_SIZE', limit: MAX_BATCH_SIZE },
        },
      ],
    });
  });
});

describe('request bodies', () => {
  it('refuses a 2 MB body with 413 and a GraphQL error instead of an HTML page', async () => {
    const body = JSON.stringify({ query: ME, variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
    const res = await post(server, body);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than 1mb',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: '1mb' },
        },
      ],
    });
  });

  it('refuses malformed JSON with 400 and no stack trace or file path', async () => {
    const res = await post(server, '{"query": "{ me { id } }"');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    expect(text).not.toMatch(/node_modules|at JSON\.parse|<html/i);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a form post, which a browser sends cross-site without asking', async () => {
    const res = await post(server, `query=${encodeURIComponent('mutation { logout }')}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('keeps the session cookie SameSite=Lax, so cross-site POSTs do not carry it', async () => {
    const account = await buildAccount(server.dataSource);
    const res = await server.client.request(LOGIN, {
      username: account.username,
      password: account.password,
    });
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
  });
});

describe('introspection in production', () => {
  let production: TestServer;
  let optedIn: TestServer;
  beforeAll(async () => {
    [production, optedIn] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'production' } }),
      startTestServer({ env: { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' } }),
    ]);
  });
  afterAll(() => Promise.all([production?.close(), optedIn?.close()]));

  const SCHEMA = '{ __schema { types { name } } }';

  it('is refused', async () => {
    const res = await production.client.request(SCHEMA);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(res)?.message).toMatch(/introspection is not allowed/);
    const type = await production.client.request('{ __type(name: "Account") { name } }');
    expect(errorCode(type)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not hint at field names either', async () => {
    const guess = '{ mee { id } }';
    expect(firstError(await server.client.request(guess))?.message).toMatch(/Did you mean "me"/);
    const res = await production.client.request(guess);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(res)?.message).toBe('Cannot query field "mee" on type "Query".');
  });

  it('works with GRAPHQL_INTROSPECTION=true', async () => {
    const res = await optedIn.client.request<{ __schema: { types: Array<{ name: string }> } }>(
      SCHEMA,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.map((t) => t.name)).toContain('Account');
  });
});

describe('rate limits', () => {
  const PER_MINUTE = 8;
  let limited: TestServer;
  beforeAll(async () => {
    // TRUST_PROXY lets each test speak from its own client address through X-Forwarded-For.
    limited = await startTestServer({
      env: {
        RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
        LOGIN_ATTEMPTS_PER_15_MINUTES: '3',
        TRUST_PROXY: 'true',
      },
    });
  });
  afterAll(() => limited?.close());

  const from = (address: string) => ({ 'x-forwarded-for': address });

  async function signIn(address: string) {
    const account = await buildAccount(limited.dataSource);
    const res = await limited.client.request<{ login: { token: string } }>(
      LOGIN,
      { username: account.username, password: account.password },
      from(address),
    );
    expect(res.errors).toBeUndefined();
    return limited.client.as(res.data!.login.token);
  }

  it('refuses an anonymous address over the limit with 429, Retry-After and a GraphQL error', async () => {
    for (let i = 0; i < PER_MINUTE; i++) {
      const res = await limited.client.request(ME, {}, from('198.51.100.1'));
      expect(res.status).toBe(200);
    }
    const refused = await post(limited, JSON.stringify({ query: ME }), from('198.51.100.1'));
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as ErrorBody;
    const retryAfterSeconds = body.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // One request's worth of refill.
    expect(retryAfterSeconds).toBeLessThanOrEqual(Math.ceil(60 / PER_MINUTE));
    expect(refused.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    expect(body).toEqual({
      errors: [
        {
          message: `Too many requests; try again in ${retryAfterSeconds} s`,
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds },
        },
      ],
    });
    // Another address has its own budget.
    expect((await limited.client.request(ME, {}, from('198.51.100.2'))).status).toBe(200);
  });

  it('counts a signed-in caller by account, wherever the requests come from', async () => {
    const first = await signIn('198.51.100.10');
    const second = await signIn('198.51.100.10');
    for (let i = 0; i < PER_MINUTE; i++) {
      const address = `198.51.100.${20 + i}`;
      expect((await first.request(ME, {}, from(address))).errors).toBeUndefined();
    }
    const refused = await first.request(ME, {}, from('198.51.100.30'));
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    // The other account and anonymous requests from the same address are not affected.
    expect((await second.request(ME, {}, from('198.51.100.30'))).status).toBe(200);
    expect((await limited.client.request(ME, {}, from('198.51.100.30'))).status).toBe(200);
  });

  it('counts every operation of a batch', async () => {
    const batchOf = (n: number) => JSON.stringify(Array(n).fill({ query: ME }));
    expect((await post(limited, batchOf(5), from('198.51.100.40'))).status).toBe(200);
    const refused = await post(limited, batchOf(5), from('198.51.100.40'));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorBody).errors?.[0]?.extensions?.code).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('throttles failed sign-ins per address, then refuses even the right password', async () => {
    const account = await buildAccount(limited.dataSource);
    const attempt = (password: string, address: string) =>
      limited.client.request(LOGIN, { username: account.username, password }, from(address));
    // Successful sign-ins do not use up the allowance (an office behind one NAT address).
    for (let i = 0; i < 2; i++) {
      expect((await attempt(account.password, '203.0.113.5')).errors).toBeUndefined();
    }
    for (let i = 0; i < 3; i++) {
      const wrong = await attempt(`wrong-${i}`, '203.0.113.5');
      expect(firstError(wrong)?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const refused = await attempt(account.password, '203.0.113.5');
    expect(refused.data).toBeNull();
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    const extensions = firstError(refused)?.extensions;
    expect(extensions?.reason).toBe('LOGIN_THROTTLED');
    // 3 attempts per 15 minutes: one comes back every 5 minutes.
    expect(extensions?.retryAfterSeconds).toBeGreaterThan(290);
    expect(extensions?.retryAfterSeconds).toBeLessThanOrEqual(300);
    expect(firstError(refused)?.message).toMatch(/^Too many failed sign-ins from this address/);

    const elsewhere = await attempt(account.password, '203.0.113.6');
    expect(elsewhere.errors).toBeUndefined();
  });

  it('counts every login of a batch', async () => {
    const batch = Array.from({ length: 4 }, (_, i) => ({
      query: LOGIN,
      variables: { username: `nobody-${i}`, password: 'guess' },
    }));
    const res = await post(limited, JSON.stringify(batch), from('203.0.113.7'));
    const codes = ((await res.json()) as ErrorBody[]).map((r) => r.errors?.[0]?.extensions?.code);
    // The operations of a batch run concurrently, so which one is refused is not fixed.
    expect(codes.sort()).toEqual([
      'TOO_MANY_REQUESTS',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
  });
});

describe('security headers', () => {
  const CSP =
    "default-src 'self';script-src 'self';script-src-attr 'none';" +
    "style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;font-src 'self' data:;" +
    "connect-src 'self';object-src 'none';base-uri 'none';form-action 'self';" +
    "frame-ancestors 'none'";

  it('sends a strict CSP and the usual headers on the SPA, the API and the health check', async () => {
    const responses = await Promise.all([
      fetch(`${server.baseUrl}/households`, { headers: { accept: 'text/html' } }),
      post(server, JSON.stringify({ query: ME })),
      fetch(`${server.baseUrl}/healthz`),
    ]);
    for (const res of responses) {
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
      // Plain HTTP: HSTS would be ignored, and an intranet install may have no HTTPS.
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    // Personal data must not be kept by browsers or proxies.
    expect(responses[1]!.headers.get('cache-control')).toBe('no-store');
  });

  it('adds HSTS when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await startTestServer({ env: { TRUST_PROXY: 'true' } });
    try {
      const https = await fetch(`${proxied.baseUrl}/healthz`, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(https.headers.get('content-security-policy')).toBe(CSP);
      // Without TRUST_PROXY the same header is a client's claim and changes nothing.
      const spoofed = await fetch(`${server.baseUrl}/healthz`, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(spoofed.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await proxied.close();
    }
  });
});

describe('configuration of the rate limits', () => {
  it('defaults to 600 requests a minute and 20 sign-in attempts per 15 minutes', () => {
    expect(loadConfig({})).toMatchObject({
      rateLimitPerMinute: 600,
      loginAttemptsPer15Minutes: 20,
    });
    expect(
      loadConfig({ RATE_LIMIT_PER_MINUTE: '1200', LOGIN_ATTEMPTS_PER_15_MINUTES: '50' }),
    ).toMatchObject({ rateLimitPerMinute: 1200, loginAttemptsPer15Minutes: 50 });
  });

  it.each([
    [{ RATE_LIMIT_PER_MINUTE: '0' }, /RATE_LIMIT_PER_MINUTE="0"/],
    [{ RATE_LIMIT_PER_MINUTE: 'lots' }, /RATE_LIMIT_PER_MINUTE="lots"/],
    [{ RATE_LIMIT_PER_MINUTE: '2.5' }, /RATE_LIMIT_PER_MINUTE="2.5"/],
    [{ LOGIN_ATTEMPTS_PER_15_MINUTES: '-1' }, /LOGIN_ATTEMPTS_PER_15_MINUTES="-1"/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
