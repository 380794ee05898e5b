// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Where code runs decides what it may import (docs/architecture.md):
 * src/lib is pure (no file system, no astro:content, no DOM), so it can be unit-tested and
 * shared by the build, the browser and the services.
 */
const PURE_LIB_BANS = {
  paths: [
    { name: 'astro:content', message: 'src/lib 只放纯逻辑：读取内容请放在 src/data/' },
    { name: 'fs', message: 'src/lib 只放纯逻辑：读文件请放在 src/data/ 或 scripts/' },
    { name: 'node:fs', message: 'src/lib 只放纯逻辑：读文件请放在 src/data/ 或 scripts/' },
    { name: 'node:fs/promises', message: 'src/lib 只放纯逻辑：读文件请放在 src/data/ 或 scripts/' },
    { name: 'fs/promises', message: 'src/lib 只放纯逻辑：读文件请放在 src/data/ 或 scripts/' },
  ],
  patterns: [
    {
      group: ['**/data/*', '**/data/**', '**/client/*', '**/client/**', '**/components/**', '**/pages/**'],
      message: 'src/lib 不能依赖 src/data、src/client 或组件',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-subpath/',
      'dist-collector/',
      'node_modules/',
      '.astro/',
      'private/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      'content/',
      'collector/data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Full-width spaces belong in Chinese text and statute quotations.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true, skipJSXText: true }],
    },
  },
  {
    files: ['src/components/**/*.tsx', 'src/components/**/*.ts', 'src/client/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', PURE_LIB_BANS],
      // No DOM in the pure domain: these browser globals are not defined here.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
        'history',
        'fetch',
        'caches',
        'indexedDB',
      ],
    },
  },
  prettier,
);
