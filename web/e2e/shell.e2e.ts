import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Role, UnitKind } from '@nuanxin/shared';
import { buildAccount, buildUnit } from '../../server/src/test/factories.js';
import { startTestServer, type TestServer } from '../../server/src/test/server.js';
import { launchBrowser, newContext, screenshot, webDist } from './browser.js';

let server: TestServer;
let browser: Browser;
let worker: Awaited<ReturnType<typeof buildAccount>>;

beforeAll(async () => {
  server = await startTestServer({ webDist });
  const district = await buildUnit(server.dataSource, { name: '钢城区', kind: UnitKind.DISTRICT });
  const town = await buildUnit(server.dataSource, {
    name: '艾山街道',
    kind: UnitKind.TOWN,
    parentId: district.id,
  });
  worker = await buildAccount(server.dataSource, {
    username: 'zhang_worker',
    displayName: '张晓梅',
    unitId: town.id,
    roles: [Role.CASE_WORKER],
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('signing in and the app shell, in Chromium', () => {
  it('sends a deep link to the login page, signs in, returns there and survives a reload', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/households`);
    await page.waitForURL(/\/login\?next=%2Fhouseholds/);
    await expect.poll(() => page.getByTestId('login-submit').isVisible()).toBe(true);
    await screenshot(page, 'login');

    // A wrong password gives a Chinese message and keeps the user on the login page.
    await page.getByTestId('login-username').fill(worker.username);
    await page.getByTestId('login-password').fill('wrong-password-1');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByText('用户名或密码错误').first().isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/login');

    await page.getByTestId('login-password').fill(worker.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${server.baseUrl}/households`);
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('张晓梅');
    expect(await page.getByTestId('current-unit').textContent()).toContain('艾山街道');
    for (const label of ['户档', '活动', '保险', '项目经费', '政策', '查询', '统计']) {
      expect(await page.getByRole('menuitem', { name: label }).count()).toBeGreaterThan(0);
    }
    // 系统 is for administrators only.
    expect(await page.getByRole('menuitem', { name: '系统' }).count()).toBe(0);
    await screenshot(page, 'shell');

    // The session is a cookie the page script cannot read.
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'nuanxin_session');
    expect(session?.httpOnly).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain('nuanxin_session');

    await page.reload();
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('张晓梅');
    expect(new URL(page.url()).pathname).toBe('/households');
    await context.close();
  });

  it('logs out on the server and sends the user back to the login page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill(worker.username);
    await page.getByTestId('login-password').fill(worker.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${server.baseUrl}/`);
    const token = (await context.cookies()).find((c) => c.name === 'nuanxin_session')!.value;

    await page.getByTestId('logout-button').click();
    await page.waitForURL(/\/login/);
    const me = await server.client.as(token).ok<{ me: null }>('{ me { id } }');
    expect(me.me).toBeNull();

    await page.goto(`${server.baseUrl}/statistics`);
    await page.waitForURL(/\/login\?next=%2Fstatistics/);
    await context.close();
  });

  it('switches the interface to English and keeps the choice', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByText('English', { exact: true }).first().click();
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toMatch(/Sign in/i);
    await page.reload();
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toMatch(/Sign in/i);
    await context.close();
  });
});
