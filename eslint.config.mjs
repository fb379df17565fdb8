import fs from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

// What one domain module may use of another: its index.ts (services, policies and helpers it chooses to
// export), its entities (TypeORM relations name them), its loaders and its GraphQL input/output types (dto/).
// Everything else is the module's own business. See docs/ARCHITECTURE.md, "Layers and boundaries".
const modulePublicSurface = [
  '**/server/src/modules/*/index.ts',
  '**/server/src/modules/*/*.entity.ts',
  '**/server/src/modules/*/*.loader.ts',
  '**/server/src/modules/*/dto/*.ts',
];
const domainModules = fs
  .readdirSync(new URL('./server/src/modules/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export const boundaryZones = [
  {
    target: './server/src/core',
    from: ['./server/src/modules', './server/src/seed', './server/src/app', './server/test'],
    message: 'core/ is the framework every module stands on: it must not depend on modules, the seed or the composition root (server/src/app).',
  },
  {
    target: './server/src/modules',
    from: ['./server/src/app', './server/src/seed'],
    message: 'Modules do not know the composition root or the demo seed runner; a module exports seedDemo instead.',
  },
  ...domainModules.map((name) => ({
    target: `./server/src/modules/${name}/**`,
    from: `./server/src/modules/!(${name})/**`,
    except: modulePublicSurface,
    message: `Import another module through its public surface (index.ts, *.entity.ts, *.loader.ts, dto/), not its internals.`,
  })),
  {
    target: './server/src/seed',
    from: './server/src/modules/**',
    except: modulePublicSurface,
    message: 'The demo seed uses modules through their public surface only.',
  },
  {
    target: './client',
    from: ['./server', './tests', './bench'],
    message: 'The client talks to the server over GraphQL only; shared code lives in shared/.',
  },
  {
    target: './shared',
    from: ['./server', './client'],
    message: 'shared/ is framework-free and used by both sides: it imports neither.',
  },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'client/src/gql/**', '**/.data/**', 'bench/data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['server/**/*.ts', 'client/**/*.{ts,tsx}', 'shared/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaryZones }] },
  },
  {
    // Production code never reaches for test helpers (server/test/ is not even compiled into dist).
    files: ['server/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [...boundaryZones, { target: './server/src', from: './server/test', message: 'Test helpers (server/test/) are for tests only.' }],
      }],
    },
  },
  {
    // Tests may set up any state they need, through any module's internals.
    files: ['server/src/**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaryZones.filter((zone) => !zone.target.startsWith('./server/src/modules')) }] },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', '**/*.script.ts', 'bench/**', '**/*.config.*', '.ci/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
  },
);
