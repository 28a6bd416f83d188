// Lint rules, including the layer rule of ARCHITECTURE.md: core imports nothing of Node, the DOM or
// Electron; the renderer never imports main; main never imports the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'crypto', 'stream', 'util', 'worker_threads', 'zlib', 'events', 'module'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bin/**', 'build/**', 'test/fixtures/**', '*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeModules, message: 'core/ runs anywhere: no Node modules.' },
            { group: ['electron', 'electron/*'], message: 'core/ runs anywhere: no Electron.' },
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'monaco-editor', 'monaco-editor/*'], message: 'core/ has no UI.' },
            { group: ['**/main/**', '**/renderer/**', 'better-sqlite3'], message: 'core/ imports only core/ and pure libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeModules, message: 'The renderer runs in a browser: no Node modules.' },
            { group: ['electron', 'electron/*', 'better-sqlite3'], message: 'The renderer reaches main only through the API client.' },
            { group: ['**/main/**'], message: 'The renderer never imports main/: use the API contract in core/api.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports the renderer.' }] }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs,js}', 'bench/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
