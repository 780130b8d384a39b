import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('.data'),
      adminPassword: undefined,
      logLevel: 'info',
      sessionIdleMinutes: 30,
      passwordMaxAgeDays: 180,
      introspection: true,
    });
  });

  it('reads every documented variable', () => {
    const c = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/nuanxin',
      NUANXIN_DATA_DIR: '/var/lib/nuanxin',
      ADMIN_PASSWORD: 'Very-Secret-2026',
      LOG_LEVEL: 'debug',
      SESSION_IDLE_MINUTES: '45',
      NODE_ENV: 'production',
    });
    expect(c).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/nuanxin',
      dataDir: '/var/lib/nuanxin',
      adminPassword: 'Very-Secret-2026',
      logLevel: 'debug',
      sessionIdleMinutes: 45,
      introspection: false,
    });
  });

  it('treats empty variables as unset', () => {
    const c = loadConfig({ DATABASE_URL: '', ADMIN_PASSWORD: '', PORT: '' });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.adminPassword).toBeUndefined();
    expect(c.port).toBe(4000);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc"/],
    [{ PORT: '70000' }, /PORT="70000"/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL=.*postgres:\/\//],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD.*at least 10/],
    [{ SESSION_IDLE_MINUTES: '0' }, /SESSION_IDLE_MINUTES/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
