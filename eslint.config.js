import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const FEATURES = ['compare', 'matrix', 'clause-history', 'report', 'sources', 'versions', 'workspaces']

const NO_NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'RTCPeerConnection'].map((name) => ({
  name,
  message: 'The app makes no network requests.',
}))
const NO_NETWORK_PROPERTIES = ['window', 'globalThis', 'self'].flatMap((object) =>
  ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((property) => ({ object, property, message: 'The app makes no network requests.' })),
)
// Every way to reach the location and history: window.location, document.location, globalThis.history…
const NO_LOCATION_PROPERTIES = ['window', 'document', 'globalThis', 'self'].flatMap((object) => [
  { object, property: 'location', message: 'Only src/state/urlSync.ts touches the location.' },
  { object, property: 'history', message: 'Only src/state/urlSync.ts touches history.' },
])

/**
 * Import bans for one layer of src/: `layers` are folder names under src/ that the layer may not
 * import, matched however deep the importing file sits.
 */
function noImportsFrom(layers, message, packages = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(packages.length > 0 ? [{ group: packages, message }] : []),
          { group: layers.flatMap((layer) => [`../${layer}`, `../${layer}/**`, `../../${layer}`, `../../${layer}/**`, `**/src/${layer}/**`]), message },
        ],
      },
    ],
  }
}
const FRAMEWORKS = ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', '@tanstack/*']

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'reports', 'playwright-report'] },
  {
    // The one plain script: index.html's head runs it before the page is drawn (vite.config.ts).
    files: ['src/app/boot.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2019, sourceType: 'script', globals: globals.browser },
    rules: { eqeqeq: 'error' },
  },
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
      // Leaving a field out of a copy by destructuring it is the idiom; it is not an unused variable.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
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
        ...NO_LOCATION_PROPERTIES,
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
    // The domain is pure TypeScript: no framework, no DOM, no timers, no other layer of src/.
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      ...noImportsFrom(['load', 'hooks', 'state', 'features', 'app', 'components', 'url'], 'src/domain imports only itself.', FRAMEWORKS),
      'no-restricted-globals': [
        'error',
        ...NO_NETWORK,
        ...['window', 'document', 'location', 'history', 'localStorage', 'sessionStorage', 'navigator', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'globalThis', 'self'].map(
          (name) => ({ name, message: 'src/domain is pure: no DOM, browser or timer globals.' }),
        ),
      ],
    },
  },
  {
    files: ['src/domain/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: 'src/domain holds no components: put JSX in src/components or a feature.' }] },
  },
  {
    // The URL codec is pure: strings in, routes out.
    files: ['src/url/**/*.{ts,tsx}'],
    rules: noImportsFrom(['state', 'hooks', 'features', 'app', 'components', 'load'], 'src/url is a pure codec.', FRAMEWORKS),
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: noImportsFrom(['features', 'app', 'state'], 'Shared components take props; they do not reach into features, the app or the store.'),
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: noImportsFrom(['features', 'app', 'components', 'hooks'], 'The store holds choices and ids; it does not import views.'),
  },
  {
    files: ['src/load/**/*.{ts,tsx}'],
    rules: noImportsFrom(['features', 'app', 'components', 'hooks', 'state', 'url'], 'The data boundary imports only the domain.', FRAMEWORKS),
  },
  {
    files: ['src/domain/testing/**', 'src/**/*.test.ts', 'src/**/*.bench.ts'],
    // Tests run in Node: they may read its globals (process.env for a fuzz seed), never the network.
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': ['error', ...NO_NETWORK] },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...FEATURES.filter((other) => other !== feature).map((other) => ({
              group: [`**/features/${other}/*`, `../${other}/*`],
              message: 'Features do not import each other; compose them in src/app.',
            })),
            { group: ['../../app', '../../app/**', '**/src/app/**'], message: 'Features do not import the app; the app composes them.' },
          ],
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
