import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sharedSource = fileURLToPath(new URL('./shared/src/index.ts', import.meta.url));
// Node loads graphql's CommonJS build for the libraries (type-graphql, Apollo); Vite would pick
// its .mjs build for our own files, and graphql refuses types from "another realm". One copy.
const nodeAliases = [
  { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
  { find: '@nuanxin/shared', replacement: sharedSource },
];

// One `vitest run` runs every test: pure logic, the server over real HTTP and PostgreSQL, the
// web components in jsdom, and the browser flows in Chromium.
export default defineConfig({
  resolve: { alias: { '@nuanxin/shared': sharedSource } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['shared/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        resolve: { alias: nodeAliases },
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['web/src/test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        resolve: { alias: nodeAliases },
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['server/src/test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
