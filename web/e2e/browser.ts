import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const webDist = fileURLToPath(new URL('../dist', import.meta.url));
export const screenshotDir = fileURLToPath(
  new URL('../../test-results/screenshots', import.meta.url),
);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; the flags keep it off the (closed) network. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(
      'web/dist is missing: `npm test` builds it; alone, run `npm run build -w web` first',
    );
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no cookies) with a Chinese locale, at desktop or phone size. */
export function newContext(
  browser: Browser,
  size: 'desktop' | 'phone' = 'desktop',
): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: size === 'phone' ? { width: 375, height: 812 } : { width: 1366, height: 860 },
  });
}

/** Saves a screenshot under the git-ignored test-results/ folder, for people to look at. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
