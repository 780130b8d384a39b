import { afterEach, describe, expect, it, vi } from 'vitest';
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[prefix + key, value]]
        : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('locale files', () => {
  const zh = flatten(zhCN);
  const en = flatten(enUS);

  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have no empty texts and use the same placeholders', () => {
    for (const [key, text] of Object.entries(zh)) {
      expect(text.trim(), key).not.toBe('');
      expect(en[key]?.trim(), key).not.toBe('');
      expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('initial language', () => {
  afterEach(() => {
    window.localStorage.clear();
    vi.resetModules();
  });

  it('is Chinese on a first visit', async () => {
    vi.resetModules();
    const { default: i18n } = await import('./index');
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('login.submit')).toBe('登录');
  });

  it('is the language chosen earlier on this device', async () => {
    window.localStorage.setItem('nuanxin.locale', 'en-US');
    vi.resetModules();
    const { default: i18n } = await import('./index');
    expect(i18n.language).toBe('en-US');
    expect(i18n.t('login.submit')).toBe('Sign in');
  });

  it('ignores a stored value that is not a supported language', async () => {
    window.localStorage.setItem('nuanxin.locale', 'fr-FR');
    vi.resetModules();
    const { default: i18n } = await import('./index');
    expect(i18n.language).toBe('zh-CN');
  });
});
