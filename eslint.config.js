import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const FEATURES = ['compare', 'matrix', 'clause-history', 'report', 'sources', 'versions']

const NO_NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'RTCPeerConnection'].map((name) => ({
  name,
  message: 'The app makes no network requests.',
}))
const NO_NETWORK_PROPERTIES = ['window', 'globalThis', 'self'].flatMap((object) =>
  ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((property) => ({ object, property, message: 'The app makes no network requests.' })),
)

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'reports', 'playwright-report'] },
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
        ...NO_NETWORK,
        { name: 'location', message: 'Only src/state/urlSync.ts touches the location.' },
        { name: 'history', message: 'Only src/state/urlSync.ts touches history.' },
      ],
      'no-restricted-properties': [
        'error',
        ...NO_NETWORK_PROPERTIES,
        { object: 'window', property: 'location', message: 'Only src/state/urlSync.ts touches the location.' },
        { object: 'window', property: 'history', message: 'Only src/state/urlSync.ts touches history.' },
        { object: 'navigator', property: 'sendBeacon', message: 'The app makes no network requests.' },
      ],
    },
  },
  {
    // The one module allowed to touch location and history; the network bans still hold.
    files: ['src/state/urlSync.ts'],
    rules: {
      'no-restricted-globals': ['error', ...NO_NETWORK],
      'no-restricted-properties': ['error', ...NO_NETWORK_PROPERTIES],
    },
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
      'no-restricted-globals': ['error', ...NO_NETWORK, 'window', 'document', 'location', 'history', 'localStorage'],
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
