import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// The layers of DEVELOPERS.md rule 1, enforced here rather than by review.
// Every Node built-in, bare ('crypto', 'zlib', 'fs/promises') or with the node: prefix.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const sharedForbidden = {
  paths: [
    { name: 'electron', message: 'shared/ is pure domain code: no Electron.' },
    { name: 'react', message: 'shared/ is pure domain code: no React.' },
    { name: 'react-dom', message: 'shared/ is pure domain code: no React.' },
    ...nodeBuiltins.map((name) => ({ name, message: 'shared/ never imports Node built-ins.' })),
  ],
  patterns: [
    { group: ['node:*'], message: 'shared/ never imports Node built-ins.' },
    {
      group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
      message: 'shared/ never imports the outer layers.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'dist-cli',
      'release',
      'test-results',
      'playwright-report',
      'bench/out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['**/*.config.ts', '**/*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', sharedForbidden] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'electron/ never touches IndexedDB.' },
            { name: 'dexie-react-hooks', message: 'electron/ never touches IndexedDB.' },
            { name: 'react', message: 'electron/ has no React.' },
          ],
          patterns: [
            {
              // The store sits on Dexie as much as the db does.
              group: [
                '**/shared/db',
                '**/shared/db/**',
                '**/shared/store',
                '**/shared/store/**',
                '**/renderer/**',
              ],
              message:
                'electron/ never touches IndexedDB (shared/db, shared/store) or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer reaches Electron only through window.mazmun (preload).',
            },
          ],
          patterns: [{ group: ['node:*'], message: 'The renderer runs in a browser.' }],
        },
      ],
    },
  },
  {
    // Components never touch the db (rule 3): only hooks and the data layer do. Types from
    // the repositories are fine; their functions (the writes) are not.
    files: [
      'renderer/components/**/*.ts',
      'renderer/components/**/*.tsx',
      'renderer/views/**/*.ts',
      'renderer/views/**/*.tsx',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/db', '**/shared/db/**', '**/renderer/data/**', '**/data/*'],
              allowTypeImports: true,
              message: 'Components never touch the db: use a hook from renderer/hooks.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              message: 'Components never touch the db: use a hook from renderer/hooks.',
            },
            { name: 'dexie-react-hooks', message: 'Live queries live in renderer/hooks.' },
            {
              name: 'electron',
              message: 'The renderer reaches Electron only through window.mazmun.',
            },
          ],
          patterns: [
            {
              group: ['**/shared/db/database', '**/shared/db/database.ts'],
              message: 'Components never touch the db.',
            },
            { group: ['node:*'], message: 'The renderer runs in a browser.' },
          ],
        },
      ],
    },
  },
);
