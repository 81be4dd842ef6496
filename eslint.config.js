// The wall around the pure core: domain folders hold rules and types only. Storage, HTTP, CLI, messaging
// and UI live in adapters that call the core, never the other way round (docs/ARCHITECTURE.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const coreFolders = ['plans', 'geo', 'weather', 'air', 'quality', 'response', 'alerts', 'access', 'audit'];
const adapterFolders = [
  'store',
  'server',
  'cli',
  'catalog',
  'services',
  'startup',
  'messaging',
  'ui',
  'replay',
  'ingest',
];
// The edges a person or a machine comes in by: HTTP, the command line, the drill and the observation feeds (MQTT,
// NATS, the watched folder). They call services only.
const doorEdges = ['server', 'cli', 'replay', 'ingest'];
const adapterPackages = [
  'kysely',
  'pg',
  'better-sqlite3',
  'fastify',
  '@fastify/*',
  'fastify-*',
  'pino',
  'commander',
  'mqtt',
  'nats',
  'node:fs',
  'node:fs/promises',
  'fs',
  'node:http',
  'node:https',
  'node:net',
  'node:child_process',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'bench/out/**', 'web/dist/**', 'web/.dist-*/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: coreFolders.map((folder) => `src/${folder}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...adapterFolders.map((folder) => ({
              group: [`**/${folder}/*`, `**/${folder}`],
              message: `the pure core does not import the ${folder} adapter (docs/ARCHITECTURE.md)`,
            })),
            { group: adapterPackages, message: 'the pure core does no I/O: move this to an adapter' },
          ],
        },
      ],
    },
  },
  // The web console (web/): browser code, a client of the HTTP API only; React's rules of hooks apply.
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*', '**/src/**', 'node:*', ...adapterPackages],
              message: 'the console talks to the server through the HTTP API (web/src/api), never its code',
            },
          ],
        },
      ],
    },
  },
  {
    // The one door (docs/ARCHITECTURE.md): the edges reach the store only through services, which check access,
    // hold the transaction and write the audit entry.
    files: doorEdges.map((folder) => `src/${folder}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/*', '**/store'],
              message:
                'an edge reaches the store through a service in src/services/ (the one door, docs/ARCHITECTURE.md)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
