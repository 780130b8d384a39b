import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Role, UnitKind } from '@nuanxin/shared';
import { buildAccount, buildUnit } from '../../server/src/test/factories.js';
import { startTestServer, type TestServer } from '../../server/src/test/server.js';
import { launchBrowser, newContext, screenshot, webDist } from './browser.js';

let server: TestServer;
let browser: Browser;
let admin: Awaited<ReturnType<typeof buildAccount>>;

const WORKER = { username: 'sun_worker', displayName: '孙丽' };
const INITIAL_PASSWORD = 'Initial-Pass-2025';
const NEW_PASSWORD = 'Autumn-Harvest-88';

beforeAll(async () => {
  server = await startTestServer({ webDist });
  const district = await buildUnit(server.dataSource, {
    name: '钢城区计生协',
    kind: UnitKind.DISTRICT,
    code: '371217',
  });
  await buildUnit(server.dataSource, {
    name: '艾山街道',
    kind: UnitKind.TOWN,
    code: '371217001',
    parentId: district.id,
  });
  await buildUnit(server.dataSource, {
    name: '里辛街道',
    kind: UnitKind.TOWN,
    code: '371217002',
    parentId: district.id,
  });
  admin = await buildAccount(server.dataSource, {
    username: 'li_admin',
    displayName: '李主任',
    unitId: district.id,
    roles: [Role.UNIT_ADMIN],
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${server.baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Waits until antd's route transition and lazy chunks settle, so screenshots are complete. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

describe('administration, in Chromium', () => {
  it('an administrator creates a worker, who must change the initial password; both show in the audit log', async () => {
    // The unit administrator of the district opens 系统: the unit tree first.
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, admin.username, admin.password);
    await page.waitForURL(`${server.baseUrl}/`);
    await page.getByRole('menuitem', { name: '系统' }).click();
    await page.waitForURL(`${server.baseUrl}/admin/units`);
    await page.getByText('艾山街道', { exact: true }).waitFor();
    await page.locator('[data-testid="unit-node"]', { hasText: '钢城区计生协' }).click();
    await page.getByTestId('unit-details-name').waitFor();
    expect(await page.getByTestId('unit-details-name').textContent()).toBe('钢城区计生协');
    await settle(page);
    await screenshot(page, 'admin-units');

    // 账号: a new case worker in a town of the district, with an initial password.
    await page.getByRole('tab', { name: '账号' }).click();
    await page.waitForURL(`${server.baseUrl}/admin/accounts`);
    await page.getByText('li_admin').waitFor();
    await page.getByTestId('account-create').click();
    await page.getByLabel('用户名', { exact: true }).fill(WORKER.username);
    await page.getByLabel('姓名', { exact: true }).fill(WORKER.displayName);
    await page.getByLabel('所属单位', { exact: true }).click();
    await page.locator('.ant-select-tree').getByText('艾山街道', { exact: true }).click();
    await page.getByRole('checkbox', { name: '业务经办' }).check();
    // A weak initial password is refused before anything is sent.
    await page.getByLabel('初始密码', { exact: true }).fill('123456');
    await page.getByTestId('account-submit').click();
    await page.getByText('密码长度至少10位').waitFor();
    await page.getByLabel('初始密码', { exact: true }).fill(INITIAL_PASSWORD);
    await expect.poll(() => page.getByText('密码长度至少10位').count()).toBe(0);
    await settle(page);
    await screenshot(page, 'admin-accounts-drawer');
    await page.getByTestId('account-submit').click();
    await page.getByText(`已创建账号“${WORKER.displayName}”`).waitFor();
    const row = page.locator('tr', { hasText: WORKER.username });
    await row.waitFor();
    expect(await row.textContent()).toContain('艾山街道');
    expect(await row.textContent()).toContain('待改密码');
    await settle(page);
    await screenshot(page, 'admin-accounts');
    await page.getByTestId('logout-button').click();
    await page.waitForURL(/\/login/);
    await context.close();

    // The worker signs in and is sent to change the password before anything else.
    const workerContext = await newContext(browser);
    const workerPage = await workerContext.newPage();
    await workerPage.goto(`${server.baseUrl}/households`);
    await workerPage.waitForURL(/\/login/);
    await workerPage.getByTestId('login-username').fill(WORKER.username);
    await workerPage.getByTestId('login-password').fill(INITIAL_PASSWORD);
    await workerPage.getByTestId('login-submit').click();
    await workerPage.waitForURL(`${server.baseUrl}/account/password?next=%2Fhouseholds`);
    await workerPage.getByTestId('password-change-required').waitFor();
    expect(await workerPage.getByRole('navigation').count()).toBe(0);
    await workerPage.getByLabel('当前密码', { exact: true }).fill(INITIAL_PASSWORD);
    await workerPage.getByLabel('新密码', { exact: true }).fill('sun_worker');
    await workerPage.getByLabel('确认新密码', { exact: true }).fill('sun_worker');
    await workerPage.getByTestId('change-password-submit').click();
    await workerPage.getByText('密码不能包含用户名').waitFor();
    expect(
      await workerPage.getByText('密码须包含小写字母、大写字母、数字、符号中的至少3类').count(),
    ).toBe(1);
    await settle(workerPage);
    await screenshot(workerPage, 'admin-change-password');

    await workerPage.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await workerPage.getByLabel('确认新密码', { exact: true }).fill(NEW_PASSWORD);
    await workerPage.getByTestId('change-password-submit').click();
    await workerPage.waitForURL(`${server.baseUrl}/households`);
    await expect
      .poll(() => workerPage.getByTestId('current-user').textContent())
      .toBe(WORKER.displayName);
    // The server agrees: the new password works and nothing is refused any more.
    await workerPage.goto(`${server.baseUrl}/`);
    await workerPage.getByText(`${WORKER.displayName}，您好`).waitFor();
    await workerContext.close();

    // The administrator finds both in the audit log, then disables the worker.
    const adminContext = await newContext(browser);
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, admin.username, admin.password);
    await adminPage.waitForURL(`${server.baseUrl}/`);
    await adminPage.goto(`${server.baseUrl}/admin/audit`);
    const created = adminPage.locator('tr', { hasText: '创建账号' });
    await created.first().waitFor();
    expect(await created.first().textContent()).toContain(WORKER.displayName);
    expect(await adminPage.locator('tr', { hasText: '修改密码' }).count()).toBeGreaterThan(0);
    await created.first().locator('.ant-table-row-expand-icon').click();
    await adminPage.getByTestId('audit-entry-details').waitFor();
    await settle(adminPage);
    await screenshot(adminPage, 'admin-audit');

    await adminPage.getByRole('tab', { name: '账号' }).click();
    const workerRow = adminPage.locator('tr', { hasText: WORKER.username });
    await workerRow.getByRole('button', { name: '停用' }).click();
    await adminPage.locator('.ant-popconfirm').getByRole('button', { name: '停用' }).click();
    await adminPage.getByText(`已停用账号“${WORKER.displayName}”`).waitFor();
    await expect.poll(() => workerRow.textContent()).toContain('已停用');
    await adminContext.close();

    // A disabled account cannot sign in.
    const lateContext = await newContext(browser);
    const latePage = await lateContext.newPage();
    await signIn(latePage, WORKER.username, NEW_PASSWORD);
    await latePage.getByText('用户名或密码错误').first().waitFor();
    await lateContext.close();
  });

  it('adds, renames, moves, deactivates and reactivates a unit', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, admin.username, admin.password);
    await page.waitForURL(`${server.baseUrl}/`);
    await page.goto(`${server.baseUrl}/admin`);
    await page.waitForURL(`${server.baseUrl}/admin/units`);
    const node = (name: string) =>
      page.locator('[data-testid="unit-node"]', { hasText: name }).first();
    const details = page.getByTestId('unit-details-name');

    // A village under a town: the only kind a town may hold.
    await node('艾山街道').click();
    await expect.poll(() => details.textContent()).toBe('艾山街道');
    await page.getByTestId('unit-add-child').click();
    const kinds = page.getByTestId('unit-kind-options');
    await kinds.waitFor();
    expect(await kinds.textContent()).toBe('村居');
    await page.getByLabel('单位名称', { exact: true }).fill('东山村');
    await page.getByLabel('单位编码', { exact: true }).fill('371217001201');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已新增“东山村”').waitFor();
    await node('东山村').waitFor();
    await expect.poll(() => details.textContent()).toBe('东山村');

    await page.getByTestId('unit-edit').click();
    await page.getByLabel('单位名称', { exact: true }).fill('东山社区');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存“东山社区”').waitFor();

    // Moved under the other town, found by name.
    await page.getByTestId('unit-move').click();
    await page.getByLabel('新的上级单位', { exact: true }).fill('里辛');
    await page.locator('.ant-select-tree').getByText('里辛街道', { exact: true }).click();
    await settle(page);
    await screenshot(page, 'admin-units-move');
    await page.locator('.ant-modal-footer').getByRole('button', { name: '移动' }).click();
    await page.getByText('已移动“东山社区”').waitFor();
    await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('里辛街道');

    // Deactivated, it leaves the tree until inactive units are shown.
    await page.getByTestId('unit-deactivate').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '停用' }).click();
    await page.getByText('已停用“东山社区”').waitFor();
    await expect.poll(() => node('东山社区').count()).toBe(0);
    // With inactive units shown, the name search finds it, greyed and marked.
    await page.getByTestId('units-show-inactive').click();
    await page.getByPlaceholder('按名称搜索单位').fill('东山');
    await page.getByPlaceholder('按名称搜索单位').press('Enter');
    await node('东山社区').waitFor();
    expect(await node('东山社区').textContent()).toContain('已停用');
    expect(await node('东山社区').textContent()).toContain('上级：里辛街道');
    await node('东山社区').click();
    await page.getByTestId('unit-reactivate').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '启用' }).click();
    await page.getByText('已启用“东山社区”').waitFor();
    await context.close();
  });

  it('creates an API client whose secret, shown once, works as a bearer token', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const cspReports: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        cspReports.push(message.text());
    });
    await signIn(page, admin.username, admin.password);
    await page.waitForURL(`${server.baseUrl}/`);
    await page.goto(`${server.baseUrl}/admin/api-clients`);
    await page.getByTestId('api-client-create').click();
    await page.getByLabel('名称', { exact: true }).fill('省级平台');
    await page.locator('.ant-modal-footer').getByRole('button', { name: '新建客户端' }).click();
    const secretInput = page.getByTestId('api-client-secret');
    await secretInput.waitFor();
    const secret = await secretInput.inputValue();
    await settle(page);
    await screenshot(page, 'admin-api-clients-secret');

    // The integrator's view: the secret opens the API, limited to the district.
    const units = await server.client
      .as(secret)
      .ok<{ units: { nodes: { name: string }[] } }>('{ units { nodes { name } } }');
    expect(units.units.nodes.map((u) => u.name)).toEqual(['钢城区计生协']);

    await page.getByTestId('api-client-secret-done').click();
    await expect.poll(() => page.getByTestId('api-client-secret').count()).toBe(0);
    const row = page.locator('tr', { hasText: '省级平台' });
    expect(await row.textContent()).toContain(`…${secret.slice(-4)}`);
    expect(await page.content()).not.toContain(secret);
    await settle(page);
    await screenshot(page, 'admin-api-clients');
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('shows the admin pages on a phone, tables scrolling sideways', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signIn(page, admin.username, admin.password);
    await page.waitForURL(`${server.baseUrl}/`);
    await page.goto(`${server.baseUrl}/admin/accounts`);
    await page.getByText('li_admin').waitFor();
    await settle(page);
    await screenshot(page, 'admin-accounts-phone');
    // The page itself does not scroll sideways; the table does.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('tab', { name: '组织机构' }).click();
    await page.getByText('艾山街道', { exact: true }).waitFor();
    await settle(page);
    await screenshot(page, 'admin-units-phone');
    await context.close();
  });

  it('keeps 系统 from accounts without an administrator role', async () => {
    const worker = await buildAccount(server.dataSource, {
      username: 'viewer_only',
      roles: [Role.VIEWER],
      unitId: admin.unitId,
    });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, worker.username, worker.password);
    await page.waitForURL(`${server.baseUrl}/`);
    expect(await page.getByRole('menuitem', { name: '系统' }).count()).toBe(0);
    await page.goto(`${server.baseUrl}/admin/accounts`);
    await page.getByText('无权访问').waitFor();
    await context.close();
  });
});
