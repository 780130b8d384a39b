import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { idNumberCheckDigit } from '@nuanxin/shared';
import { startTestServer, type TestServer } from '../../server/src/test/server.js';
import { buildWorld, type World } from '../../server/src/test/world.js';
import { launchBrowser, newContext, screenshot, webDist } from './browser.js';

let server: TestServer;
let world: World;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ webDist });
  world = await buildWorld(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A valid ID number of 钢城区 (370117); the last digit of `sequence` gives the sex. */
function idNumber(birthDate: string, sequence: string): string {
  const first17 = `370117${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + idNumberCheckDigit(first17);
}

async function signIn(page: Page, account: { username: string; password: string }) {
  await page.goto(`${server.baseUrl}/login`);
  await page.getByTestId('login-username').fill(account.username);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${server.baseUrl}/`);
}

/** Waits until requests and antd's transitions settle, so screenshots are complete. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

/** Picks an option of the antd Select whose input has this id. */
async function choose(page: Page, selectId: string, option: string) {
  await page.locator(`#${selectId}`).click();
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
    .click();
}

/** Types a date into an antd DatePicker and confirms it. */
async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

type Family = {
  father: string;
  mother: string;
  child: string;
  fatherId: string;
  motherId: string;
  address: string;
};

/** Fills the new-file form with two parents and a child who died, and saves it. */
async function createHousehold(
  page: Page,
  family: Family,
  villageName: string,
  beforeSave?: () => Promise<void>,
) {
  await page.getByTestId('household-create').click();
  await page.waitForURL(/\/households\/new$/);
  await page.getByTestId('household-form-title').waitFor();

  // The village: search by name, villages only.
  await page.locator('#household-unit').click();
  await page.locator('#household-unit').fill(villageName.slice(0, 3));
  await page
    .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: villageName })
    .first()
    .click();

  await page.locator('#household-category').getByText('失独家庭').click();
  await page.getByTestId('household-form-address').fill(family.address);
  await page.locator('#household-residence').getByText('农村').click();
  await choose(page, 'household-living', '与配偶同住');

  const father = page.getByTestId('member-form-parents-0');
  await father.locator('#parents-0-name').fill(family.father);
  await father.locator('#parents-0-idNumber').fill(family.fatherId);
  const mother = page.getByTestId('member-form-parents-1');
  await mother.locator('#parents-1-name').fill(family.mother);
  await mother.locator('#parents-1-idNumber').fill(family.motherId);
  // The birth date comes from the ID number.
  await expect.poll(() => mother.locator('#parents-1-birthDate').inputValue()).toBe('1955-07-08');

  const child = page.getByTestId('member-form-children-0');
  await child.locator('#children-0-name').fill(family.child);
  await child.locator('#children-0-sex').getByText('男').click();
  await typeDate(child.locator('#children-0-birthDate'), '1980-01-01');
  await child.getByTestId('children-0-deceased').check();
  await typeDate(child.locator('#children-0-deathDate'), '2012-06-01');
  await choose(page, 'children-0-causeOfDeath', '疾病');

  await page.locator('#household-hardship').getByText('困难').click();
  await beforeSave?.();
  await page.getByTestId('household-form-submit').click();
  await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
  await expect
    .poll(() => page.getByTestId('household-title').textContent())
    .toBe(`${family.father}、${family.mother}`);
}

describe('household files, in Chromium', () => {
  it('a case worker opens a file, finds it, edits it, and sees the change in its history', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, world.workerA);
    await page.getByRole('menuitem', { name: '户档' }).click();
    await page.waitForURL(`${server.baseUrl}/households`);

    // (a) A bereaved family: two parents and their son, who died of illness.
    const family: Family = {
      father: '王建国',
      mother: '李秀英',
      child: '王磊',
      fatherId: idNumber('1952-03-14', '011'),
      motherId: idNumber('1955-07-08', '022'),
      address: '钢城区艾山街道3组12号',
    };
    await createHousehold(page, family, world.villageA.name);
    const summary = page.getByTestId('household-summary');
    expect(await summary.textContent()).toContain('子女 王磊：已故 · 2012-06-01 · 疾病 · 终年32岁');
    expect(await summary.textContent()).toContain('困难');
    const fileNumber = (await page.getByTestId('household-file-number').textContent()) ?? '';
    expect(fileNumber).toMatch(/^HH\d{8}$/);
    await settle(page);
    await screenshot(page, 'households-detail');

    // Members: ID numbers masked, shown on request.
    await page.getByRole('tab', { name: '家庭成员' }).click();
    const fatherCard = page.getByTestId('member-card').filter({ hasText: family.father });
    expect(await fatherCard.textContent()).toContain('3701**********');
    await fatherCard.getByRole('button', { name: '显示' }).first().click();
    await expect.poll(() => fatherCard.textContent()).toContain(family.fatherId);
    await settle(page);
    await screenshot(page, 'households-members');

    // (b) The list finds it by a name.
    await page.getByTestId('household-back').click();
    await page.waitForURL(`${server.baseUrl}/households`);
    await page.getByTestId('households-search').locator('input').fill('李秀英');
    await page.getByTestId('households-search').locator('input').press('Enter');
    await page.waitForURL(/q=%E6%9D%8E%E7%A7%80%E8%8B%B1/);
    const row = page.locator('tr', { hasText: fileNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain(world.villageA.name);
    expect(await page.getByTestId('pager-total').textContent()).toBe('共 1 户');
    await settle(page);
    await screenshot(page, 'households-list');

    // (c) Open it, change the address, save.
    await row.click();
    await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
    await page.getByTestId('household-edit').click();
    await page.waitForURL(/\/edit$/);
    const address = page.getByTestId('household-form-address');
    await expect.poll(() => address.inputValue()).toBe(family.address);
    // Stored ID numbers stay masked in the form unless the user chooses to change one.
    expect(await page.locator('#parents-0-idNumber').inputValue()).toMatch(/^3701\*{10}/);
    await settle(page);
    await screenshot(page, 'households-edit');
    await address.fill('钢城区艾山街道新址8号');
    await page.getByTestId('household-form-submit').click();
    await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByTestId('household-address').textContent())
      .toBe('钢城区艾山街道新址8号');
    await page.getByRole('tab', { name: '变更记录' }).click();
    const change = page.getByTestId('history-change').filter({ hasText: '住址' }).first();
    await change.waitFor();
    expect(await change.textContent()).toContain('钢城区艾山街道3组12号');
    expect(await change.textContent()).toContain('钢城区艾山街道新址8号');
    const entry = page.getByTestId('history-entry').filter({ hasText: '修改户档' }).first();
    expect(await entry.textContent()).toContain('艾山');
    await settle(page);
    await screenshot(page, 'households-history');

    // (d) A wrong ID number is refused in the browser, in Chinese.
    await page.goto(`${server.baseUrl}/households/new`);
    const idField = page.locator('#parents-0-idNumber');
    await idField.fill('370117195203140010');
    await idField.blur();
    await page.getByText('身份证号校验位不正确，请核对后重新输入').waitFor();
    await settle(page);
    await screenshot(page, 'households-form');
    await context.close();
  });

  it('works on a phone: open a file and find it in the list', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signIn(page, world.workerA);
    await page.goto(`${server.baseUrl}/households`);
    await page.getByTestId('household-create').waitFor();

    await createHousehold(
      page,
      {
        father: '赵志强',
        mother: '孙桂兰',
        child: '赵亮',
        fatherId: idNumber('1950-11-02', '031'),
        motherId: idNumber('1955-07-08', '042'),
        address: '钢城区艾山街道5组3号',
      },
      world.villageA.name,
      async () => {
        await settle(page);
        await screenshot(page, 'households-phone-form');
      },
    );
    await settle(page);
    await screenshot(page, 'households-phone-detail');

    await page.getByTestId('household-back').click();
    await page.getByTestId('households-search').locator('input').fill('赵志强');
    await page.getByTestId('households-search').locator('input').press('Enter');
    await page.waitForURL(/q=%E8%B5%B5%E5%BF%97%E5%BC%BA/);
    await expect.poll(() => page.getByTestId('household-card').count()).toBe(1);
    expect(await page.getByTestId('household-card').textContent()).toContain('赵志强');
    // Nothing sticks out sideways at 375 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await settle(page);
    await screenshot(page, 'households-phone');
    await context.close();
  });
});
