import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Thrown for a bad configuration value; main prints it without a stack trace. */
export class ConfigError extends Error {}

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\/.+/.test(v), {
      message: 'must be a postgres:// or postgresql:// connection URL',
    }),
  NUANXIN_DATA_DIR: z.string().min(1).default('.data'),
  ADMIN_PASSWORD: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.length >= 10, {
      message: 'must be at least 10 characters long',
    }),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: booleanish.default(false),
  GRAPHQL_INTROSPECTION: booleanish.optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  LOGIN_ATTEMPTS_PER_15_MINUTES: z.coerce.number().int().min(1).max(100_000).default(20),
  NUANXIN_DEMO: booleanish.optional(),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  sessionIdleMinutes: number;
  /** A password older than this must be changed at next sign-in; 0 means never. */
  passwordMaxAgeDays: number;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  introspection: boolean;
  /** GraphQL operations per caller (account, API client or anonymous address) per minute. */
  rateLimitPerMinute: number;
  /** Failed `login` attempts per client address per 15 minutes, besides the account lockout. */
  loginAttemptsPer15Minutes: number;
  /** Demo data on a new database: unset means only on the embedded one (see core/demo.ts). */
  demo: boolean | undefined;
};

/** Reads and validates the configuration from environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (e.g. `ADMIN_PASSWORD=` from docker compose) means "not set".
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) =>
        `  ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const v = parsed.data;
  return {
    nodeEnv: v.NODE_ENV,
    port: v.PORT,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir: path.resolve(v.NUANXIN_DATA_DIR),
    adminPassword: v.ADMIN_PASSWORD,
    logLevel: v.LOG_LEVEL,
    sessionIdleMinutes: v.SESSION_IDLE_MINUTES,
    passwordMaxAgeDays: v.PASSWORD_MAX_AGE_DAYS,
    cookieSecure: v.COOKIE_SECURE === 'auto' ? 'auto' : v.COOKIE_SECURE === 'true',
    trustProxy: v.TRUST_PROXY,
    // Introspection helps integrators in development; production turns it off unless asked.
    introspection: v.GRAPHQL_INTROSPECTION ?? v.NODE_ENV !== 'production',
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    loginAttemptsPer15Minutes: v.LOGIN_ATTEMPTS_PER_15_MINUTES,
    demo: v.NUANXIN_DEMO,
  };
}
