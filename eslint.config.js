import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import globals from 'globals'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// Read from the disk, so a new feature folder is kept apart from the others without editing this file.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

// Browser globals that read like a local that is missing: `name` alone is window.name, and a
// save built with it lost the workspace's name (caught by e2e, not by the types).
const CONFUSING_GLOBALS = ['name', 'event', 'length', 'status', 'top', 'parent', 'opener', 'closed', 'external'].map((name) => ({
  name,
  message: `The browser global \`${name}\`: declare or pass the value meant, or write window.${name}.`,
}))

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

/** Packages that draw or keep state in the page: the domain, the codec and the data boundary use none. */
const FRAMEWORKS = ['react', 'react-dom', 'scheduler', '@types/react', '@types/react-dom', 'zustand', '@tanstack']
/** Packages that reach the browser's storage or read files: storage/ and the workspaces feature use them. */
const BROWSER_IO = ['idb-keyval', 'mammoth', 'pdfjs-dist']

/**
 * What each layer of src/ may not import (README "Layout"), checked on the path an import resolves
 * to, so the number of `../`, the depth of the importing file and a dynamic `import()` change
 * nothing (`import-x/no-restricted-paths`; `import-x/no-unresolved` makes sure every import resolves).
 */
const LAYERS = {
  domain: {
    layers: ['drafts', 'load', 'url', 'state', 'storage', 'hooks', 'components', 'features', 'app', 'main.tsx'],
    packages: [...FRAMEWORKS, ...BROWSER_IO],
    message: 'src/domain is pure TypeScript: it imports only itself and libraries that run anywhere.',
  },
  drafts: {
    layers: ['load', 'url', 'state', 'storage', 'hooks', 'components', 'features', 'app', 'main.tsx'],
    // The data format the workspace builder writes.
    allowedFiles: { load: ['./schema.ts'] },
    packages: [...FRAMEWORKS, ...BROWSER_IO],
    message: 'src/drafts, the own-drafts pipeline, is pure TypeScript: it imports only itself, the domain, the data format it writes (src/load/schema.ts) and libraries that run anywhere.',
  },
  url: {
    layers: ['drafts', 'load', 'state', 'storage', 'hooks', 'components', 'features', 'app'],
    packages: FRAMEWORKS,
    message: 'src/url is a pure codec: strings in, routes out.',
  },
  load: {
    layers: ['drafts', 'url', 'state', 'storage', 'hooks', 'components', 'features', 'app'],
    packages: FRAMEWORKS,
    message: 'The data boundary imports only the domain.',
  },
  state: {
    layers: ['storage', 'hooks', 'components', 'features', 'app'],
    packages: [],
    message: 'The store holds choices and ids; it does not import views or storage.',
  },
  storage: {
    layers: ['drafts', 'state', 'hooks', 'components', 'features', 'app'],
    packages: FRAMEWORKS,
    message: 'src/storage keeps workspaces; it does not import the drafts pipeline, the store, hooks or views.',
  },
  hooks: {
    layers: ['components', 'features', 'app'],
    packages: [],
    message: 'Shared hooks compute for views; they do not import views.',
  },
  components: {
    layers: ['state', 'storage', 'hooks', 'features', 'app'],
    packages: [],
    message: 'Shared components take props; they do not reach into features, the app, the store, hooks or storage.',
  },
}

/**
 * One zone per layer, and one more for each layer it may reach only some files of (`allowedFiles`):
 * import-x applies a zone's `except` to every path in its `from`. `except` lifts some of a layer's
 * bans (`{ domain: ['load'] }`).
 */
function layerZones(except = {}) {
  return Object.entries(LAYERS).flatMap(([layer, { layers, allowedFiles = {}, packages, message }]) => {
    const target = `./src/${layer}`
    const banned = layers.filter((other) => !(except[layer] ?? []).includes(other))
    const whole = banned.filter((other) => !(other in allowedFiles))
    const partly = banned.filter((other) => other in allowedFiles)
    return [
      { target, from: [...whole.map((other) => `./src/${other}`), ...packages.map((name) => `./node_modules/${name}`)], message },
      ...partly.map((other) => ({ target, from: `./src/${other}`, except: allowedFiles[other], message })),
    ]
  })
}
const FEATURE_ZONES = FEATURES.flatMap((feature) => [
  {
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other; compose them in src/app.',
  },
  { target: `./src/features/${feature}`, from: ['./src/app', './src/main.tsx'], message: 'Features do not import the app; the app composes them.' },
])
const noRestrictedPaths = (zones) => ['error', { basePath: import.meta.dirname, zones }]

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'reports', 'playwright-report'] },
  {
    // The one plain script: index.html's head runs it before the page is drawn (build/plugins/prerender.ts).
    files: ['src/app/boot.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2019, sourceType: 'script', globals: globals.browser },
    rules: { eqeqeq: 'error' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Imports name their files with the extension (allowImportingTsExtensions), so Node's resolution finds them.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // no-cycle reads the modules an import leads to: TypeScript, parsed as TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
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
        { selector: 'ImportExpression[source.type!="Literal"]', message: 'Name the module of a dynamic import() as a plain string, so lint can check where it points.' },
      ],
      // Vite's virtual modules and `?raw` text have no file to resolve to.
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:', '\\?raw$'] }],
      'import-x/no-restricted-paths': noRestrictedPaths([...layerZones(), ...FEATURE_ZONES]),
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Nothing may leave the browser: no network APIs anywhere in the app.
      'no-restricted-globals': [
        'error',
        ...NO_NETWORK,
        ...CONFUSING_GLOBALS,
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
    // The one module allowed to touch location and history (and its test, which drives them); the network bans still hold.
    files: ['src/state/urlSync.ts', 'src/state/urlSync.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...NO_NETWORK, ...CONFUSING_GLOBALS],
      'no-restricted-properties': ['error', ...NO_NETWORK_PROPERTIES],
    },
  },
  {
    // The domain and the drafts pipeline are pure TypeScript: no framework, no DOM, no timers, no other layer of src/.
    files: ['src/{domain,drafts}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...NO_NETWORK,
        ...CONFUSING_GLOBALS,
        ...[
          'window', 'document', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB', 'caches', 'navigator', 'globalThis', 'self',
          'setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback', 'matchMedia', 'getComputedStyle',
        ].map(
          (name) => ({ name, message: 'src/domain and src/drafts are pure: no DOM, browser or timer globals.' }),
        ),
      ],
    },
  },
  {
    files: ['src/{domain,drafts}/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: 'src/domain and src/drafts hold no components: put JSX in src/components or a feature.' }] },
  },
  {
    files: ['src/domain/testing/**', 'src/**/*.test.ts', 'src/**/*.bench.ts'],
    // Tests run in Node: they may read its globals (process.env for a fuzz seed), never the network.
    // Domain and drafts tests build their fixtures from the bundled data through the loader, and
    // domain tests build workspaces from drafts (src/domain/testing/draftPairWorkspace.ts).
    rules: {
      'no-restricted-globals': ['error', ...NO_NETWORK],
      'import-x/no-restricted-paths': noRestrictedPaths([...layerZones({ domain: ['load', 'drafts'], drafts: ['load'] }), ...FEATURE_ZONES]),
    },
  },
  {
    files: ['e2e/**', 'scripts/**', 'build/**', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off', 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
)
