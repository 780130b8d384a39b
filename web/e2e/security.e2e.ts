import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildAccount } from '../../server/src/test/factories.js';
import { startTestServer, type TestServer } from '../../server/src/test/server.js';
import { launchBrowser, newContext, screenshot, webDist } from './browser.js';

let server: TestServer;
let browser: Browser;
let worker: Awaited<ReturnType<typeof buildAccount>>;

beforeAll(async () => {
  server = await startTestServer({ webDist });
  worker = await buildAccount(server.dataSource, { displayName: '李文静' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Watched = { violations: () => Promise<string[]>; consoleReports: string[] };

/**
 * Records what the Content-Security-Policy blocks on a page: the `securitypolicyviolation`
 * events (from an init script, which runs before the app and is not itself subject to the CSP)
 * and Chromium's console reports of refused resources.
 */
async function watchCsp(page: Page): Promise<Watched> {
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      consoleReports.push(message.text());
    }
  });
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = log;
    document.addEventListener('securitypolicyviolation', (event) => {
      log.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  return {
    consoleReports,
    violations: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

describe('the web app under the Content-Security-Policy, in Chromium', () => {
  it('signs in and renders the shell without a single CSP violation', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const csp = await watchCsp(page);

    const response = await page.goto(`${server.baseUrl}/login`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByTestId('login-username').fill(worker.username);
    await page.getByTestId('login-password').fill(worker.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${server.baseUrl}/`);
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('李文静');

    // Antd injects its generated styles at run time; they must apply, not be refused.
    const cursor = await page
      .getByRole('menuitem')
      .first()
      .evaluate((item) => getComputedStyle(item).cursor);
    expect(cursor).toBe('pointer');

    await page.getByText('English', { exact: true }).first().click();
    await expect.poll(() => page.getByTestId('logout-button').textContent()).toMatch(/Sign out/i);
    await screenshot(page, 'shell-under-csp');

    expect(await csp.violations()).toEqual([]);
    expect(csp.consoleReports).toEqual([]);
    await context.close();
  });

  it('blocks an injected inline script, so the policy is really in force', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const csp = await watchCsp(page);
    await page.goto(`${server.baseUrl}/login`);
    await expect.poll(() => page.getByTestId('login-submit').isVisible()).toBe(true);

    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => csp.violations()).toEqual(['script-src-elem blocked inline']);
    await context.close();
  });

  it('refuses to be shown inside a frame of another page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const csp = await watchCsp(page);
    await page.setContent(
      `<iframe src="${server.baseUrl}/login" width="800" height="600"></iframe>`,
    );
    await expect.poll(() => csp.consoleReports.join('\n')).toMatch(/frame-ancestors 'none'/);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.locator('[data-testid="login-submit"]').count()).toBe(0);
    await context.close();
  });
});
