import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const FEATURES = ['compare', 'matrix', 'clause-history', 'report', 'sources', 'versions']

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'reports', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      eqeqeq: 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as text.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]", message: 'Render text as text.' },
      ],
      // Nothing may leave the browser: no network APIs anywhere in the app.
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The app makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'The app makes no network requests.' },
        { name: 'WebSocket', message: 'The app makes no network requests.' },
        { name: 'EventSource', message: 'The app makes no network requests.' },
        { name: 'location', message: 'Only src/state/urlSync.ts touches the location.' },
        { name: 'history', message: 'Only src/state/urlSync.ts touches history.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'location', message: 'Only src/state/urlSync.ts touches the location.' },
        { object: 'window', property: 'history', message: 'Only src/state/urlSync.ts touches history.' },
        { object: 'window', property: 'fetch', message: 'The app makes no network requests.' },
        { object: 'navigator', property: 'sendBeacon', message: 'The app makes no network requests.' },
      ],
    },
  },
  {
    files: ['src/state/urlSync.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', '@tanstack/*'], message: 'src/domain is framework-free.' },
            { group: ['../state/*', '../features/*', '../app/*', '../components/*', '../url/*'], message: 'src/domain imports only itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'location', 'history', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['src/domain/testing/**', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: FEATURES.filter((other) => other !== feature).map((other) => ({
            group: [`**/features/${other}/*`, `../${other}/*`],
            message: 'Features do not import each other; compose them in src/app.',
          })),
        },
      ],
    },
  })),
  {
    files: ['e2e/**', 'scripts/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off', 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
)
