import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/server.js';

let server: TestServer;
let webDist: string;

beforeAll(async () => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-web-'));
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root">暖心</div>');
  fs.writeFileSync(path.join(webDist, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
  fs.writeFileSync(path.join(webDist, 'favicon.svg'), '<svg/>');
  server = await startTestServer({ webDist });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${p}`, { headers });

describe('one port for the API, the health check and the SPA', () => {
  it('serves index.html for client-side routes, revalidated on every load', async () => {
    for (const route of ['/', '/households', '/admin/units/123?tab=a']) {
      const res = await get(route, { accept: 'text/html' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('暖心');
    }
  });

  it('caches hashed assets for a year and other files not at all', async () => {
    const asset = await get('/assets/index-Ab12Cd34.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing asset with 404 instead of the HTML page', async () => {
    const res = await get('/assets/index-gone.js', { accept: '*/*' });
    expect(res.status).toBe(404);
  });

  it('gives every response a request id, and keeps a well-formed incoming one', async () => {
    const res = await get('/healthz', { 'x-request-id': 'trace-42' });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    const fresh = await get('/healthz', { 'x-request-id': 'bad id with spaces' });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports health 200 with the database up', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('refuses GET queries and form posts that could be cross-site request forgery', async () => {
    const res = await get('/graphql?query=%7Bme%7Bid%7D%7D');
    expect(res.status).toBe(400);
    const form = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(form.status).toBe(400);
  });
});

describe('when the database is gone', () => {
  it('reports health 503 and masks the internal error in GraphQL responses', async () => {
    const other = await startTestServer();
    try {
      await other.database.drop(); // WITH (FORCE): every pooled connection is cut
      const health = await fetch(`${other.baseUrl}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', database: 'down' });

      const res = await other.client.as('nx_some-token-value').request('{ me { id } }');
      const text = JSON.stringify(res.errors ?? res);
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors?.[0]?.message).toBe('Internal server error');
      expect(text).not.toMatch(/stacktrace|SELECT|session|\.ts|node_modules|terminat/i);
    } finally {
      await other.close().catch(() => {});
    }
  });
});
