/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { createServer, defineConfig, type IndexHtmlTransformContext, type Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { listDataFiles, readDataIndex } from './scripts/data-index.mjs'
import { groupDataFiles } from './src/load/groupDataFiles.ts'
import './src/load/englishMessages.ts'
import { formatIssue, loadNegotiation, parseJsonFile, type DataFile, type DataIssue, type LoadResult } from './src/load/loadNegotiation.ts'
import { negotiationToJson, type NegotiationJsonParts } from './src/load/negotiationJson.ts'
import type { Negotiation } from './src/domain/model.ts'
import { WINDOWED_FROM } from './src/features/compare/rowList.ts'

const root = import.meta.dirname

interface PublishedData {
  readonly folders: string[]
  readonly files: DataFile[]
  /** Issues reading data/index.json or the files. */
  readonly issues: DataIssue[]
  /** Each published folder through the loader, in order. */
  readonly loaded: { readonly folder: string; readonly result: LoadResult }[]
}

/**
 * The published folders (scripts/data-index.mjs), read and loaded once per build, and again
 * after a change under data/ (the dev server's watcher forgets it): the check that stops a
 * build and the modules that ship the data share one pass of the loader.
 */
let publishedCache: PublishedData | null = null
const forgetPublishedData = () => {
  publishedCache = null
}
function readPublishedData(): PublishedData {
  if (publishedCache) return publishedCache
  const { folders, issues } = readDataIndex(root)
  const files = folders.flatMap((folder) =>
    listDataFiles(root, folder).flatMap((path) => {
      const parsed = parseJsonFile(path, readFileSync(join(root, path), 'utf8'))
      if (parsed.ok) return [parsed.file]
      issues.push(parsed.issue)
      return []
    }),
  )
  const groups = groupDataFiles(files)
  const loaded = folders.map((folder) => {
    const missing = (name: string) => ({ path: `data/${folder}/${name}`, content: undefined })
    return { folder, result: loadNegotiation(groups.get(folder) ?? { negotiation: missing('negotiation.json'), sources: missing('sources.json'), versions: [] }) }
  })
  publishedCache = { folders, files, issues, loaded }
  return publishedCache
}

/** Fails the build when a published folder (or data/index.json, if present) is broken, naming the file and the path inside it. */
function validateData(): Plugin {
  return {
    name: 'peace-plan-diff:validate-data',
    // Tests report data issues themselves (src/load), so this guards `vite build` only.
    apply: 'build',
    buildStart() {
      forgetPublishedData()
      const { issues, loaded } = readPublishedData()
      const all = [...issues, ...loaded.flatMap(({ result }) => (result.ok ? [] : result.issues))]
      if (all.length > 0) this.error(`Invalid data:\n${all.map(formatIssue).join('\n')}`)
    },
  }
}

const PUBLISHED_DATA = 'virtual:published-data'
const PUBLISHED_NEGOTIATIONS = 'virtual:published-negotiations'
const PUBLISHED_NEGOTIATIONS_REST = 'virtual:published-negotiations-rest'

/** A JS string literal that is also safe inside an inline <script> (the single-file build). */
const scriptSafeString = (text: string) => JSON.stringify(text).replace(/</g, '\\u003c')

/**
 * One virtual module built from data/. The dev server rebuilds it, and reloads the page, when
 * anything under data/ is added, changed or removed (data/index.json or a new version included).
 */
function virtualModule(name: string, source: (fail: (message: string) => never) => string): Plugin {
  const resolvedId = `\0${name}`
  return {
    name: `peace-plan-diff:${name.slice('virtual:'.length)}`,
    resolveId: (id) => (id === name ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined
      return source((message) => this.error(message))
    },
    configureServer(server) {
      const data = join(root, 'data')
      server.watcher.add(data)
      const rebuild = (path: string) => {
        if (!path.startsWith(`${data}/`)) return
        const module = server.moduleGraph.getModuleById(resolvedId)
        if (!module) return
        forgetPublishedData()
        server.moduleGraph.invalidateModule(module)
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('add', rebuild).on('change', rebuild).on('unlink', rebuild)
    },
  }
}

/**
 * `virtual:published-data`: the published folders' raw files, for the tests of the loader and of
 * the data itself. The app does not import it.
 */
function publishedData(): Plugin {
  return virtualModule(PUBLISHED_DATA, (fail) => {
    const { files, issues } = readPublishedData()
    if (issues.length > 0) fail(`Invalid data:\n${issues.map(formatIssue).join('\n')}`)
    return `export const files = ${JSON.stringify(files)}\n`
  })
}

/** The built chunk of a given name, as index.html is written. */
const chunkNamed = (context: IndexHtmlTransformContext, name: string) => Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.name === name)

/** Each negotiation's shipped form, made once per load of the data (both modules use it). */
const shippedForms = new WeakMap<Negotiation, NegotiationJsonParts>()
function shippedForm(negotiation: Negotiation): NegotiationJsonParts {
  let parts = shippedForms.get(negotiation)
  if (!parts) shippedForms.set(negotiation, (parts = negotiationToJson(negotiation)))
  return parts
}

/**
 * `virtual:published-negotiations`: each published folder, in order, validated and normalized
 * here, at build time (the data's load boundary), and inlined as the loader's output
 * (src/load/negotiationJson.ts), so the app makes no request for its data and its page only
 * parses JSON. A folder that fails carries its issues instead: `vite build` stops on them
 * (validateData), and the dev server shows them on the page.
 *
 * This module carries each negotiation's opening, what the first view draws;
 * `virtual:published-negotiations-rest`, its own chunk, carries the rest, which the app
 * imports as it starts (src/app/negotiations.ts).
 */
function publishedNegotiations(): Plugin[] {
  let mostClauses = 0
  const opening = virtualModule(PUBLISHED_NEGOTIATIONS, () => {
    const { folders, issues, loaded } = readPublishedData()
    const published = loaded.map(({ folder, result }) => {
      if (result.ok) mostClauses = Math.max(mostClauses, result.negotiation.lineages.length)
      const folderIssues = [...issues.filter((issue) => issue.file.startsWith(`data/${folder}/`)), ...(result.ok ? [] : result.issues)]
      return folderIssues.length > 0 || !result.ok
        ? `{ folder: ${JSON.stringify(folder)}, issues: ${JSON.stringify(folderIssues)} }`
        : `{ folder: ${JSON.stringify(folder)}, clauses: ${result.negotiation.lineages.length}, opening: ${scriptSafeString(shippedForm(result.negotiation).opening)} }`
    })
    // Issues with data/index.json itself belong to no folder.
    const general = issues.filter((issue) => !folders.some((folder) => issue.file.startsWith(`data/${folder}/`)))
    return `export const published = [${published.join(',\n')}]\nexport const issues = ${JSON.stringify(general)}\n`
  })
  const rest = virtualModule(PUBLISHED_NEGOTIATIONS_REST, () => {
    const entries = readPublishedData().loaded.flatMap(({ folder, result }) => (result.ok ? [`${JSON.stringify(folder)}: ${scriptSafeString(shippedForm(result.negotiation).rest)}`] : []))
    return `export const rest = {${entries.join(',\n')}}\n`
  })
  return [
    {
      ...opening,
      // A negotiation long enough to be windowed opens with the windowed list, its own chunk:
      // index.html preloads it beside the rest, rather than the page asking for it once running.
      transformIndexHtml: {
        order: 'post',
        handler(_html, context) {
          const chunk = chunkNamed(context, 'WindowedRows')
          if (mostClauses < WINDOWED_FROM || !chunk) return undefined
          return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }]
        },
      },
    },
    rest,
  ]
}

/** The script that decides, before the page is drawn, whether index.html's first view is the one asked for. */
const BOOT_SCRIPT = 'src/app/boot.js'
/** The drawn view's own styles, which only a page that carries it loads. */
const FIRST_VIEW_STYLES = 'src/styles/first-view.css'

/**
 * The first view's inline styles as rules of a stylesheet: the policy (style-src 'self') refuses
 * style attributes written in the page, though it lets the app's scripts set the same styles.
 * Each distinct style becomes a `data-first-view-style` attribute and one rule.
 */
function moveInlineStyles(html: string): { html: string; css: string } {
  const styles = new Map<string, number>()
  const moved = html.replace(/ style="([^"]*)"/g, (_match, style: string) => {
    // React writes only our own components' styles here: plain declarations, nothing to escape.
    if (!/^[\w\s:;.,%()#-]*$/.test(style)) throw new Error(`first view: unexpected inline style "${style}"`)
    if (!styles.has(style)) styles.set(style, styles.size)
    return ` data-first-view-style="${styles.get(style)}"`
  })
  const css = [...styles].map(([style, index]) => `.first-view [data-first-view-style="${index}"] { ${style} }`).join('\n')
  return { html: moved, css }
}

/**
 * Draws the first view (the default comparison and its first rows, src/app/prerender.tsx) into
 * index.html, so it is on screen as soon as the page and its stylesheets arrive rather than
 * after the scripts have loaded and run; the app replaces it when it starts. It is `inert`
 * until then: nothing in it answers a click or takes focus. A small blocking script
 * (BOOT_SCRIPT) hides it when the address asks for another view, and applies the stored colour
 * theme before the first paint. Not in the single-file build, which stays one file.
 */
function prerenderedFirstView(): Plugin {
  let view: { html: string; hashes: readonly string[] } | null = null
  return {
    name: 'peace-plan-diff:prerendered-first-view',
    apply: 'build',
    async buildStart() {
      // The app's own modules, run in node through a dev server that serves nothing.
      const server = await createServer({
        configFile: false,
        root,
        plugins: [react(), publishedNegotiations()],
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        appType: 'custom',
        logLevel: 'error',
      })
      try {
        const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          prerenderFirstView: () => { html: string; hashes: readonly string[] } | null
        }
        const drawn = module.prerenderFirstView()
        if (!drawn) return
        const { html, css } = moveInlineStyles(drawn.html)
        view = { html, hashes: drawn.hashes }
        // Comments and spacing stay in the sources: every load of the page fetches these.
        const styles = `${readFileSync(join(root, FIRST_VIEW_STYLES), 'utf8')}\n${css}`.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim()
        this.emitFile({ type: 'asset', name: 'first-view.css', source: `${styles}\n` })
        // Its comments stay in the source, as above.
        const boot = readFileSync(join(root, BOOT_SCRIPT), 'utf8').replace(/^\s*\/\/.*\n/gm, '')
        this.emitFile({ type: 'asset', name: 'boot.js', source: boot })
      } finally {
        await server.close()
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!view) return html
        const emitted = (name: string) => {
          const file = Object.values(context.bundle ?? {}).find((entry) => entry.type === 'asset' && entry.names.includes(name))
          if (!file) throw new Error(`first view: ${name} was not emitted`)
          return `./${file.fileName}`
        }
        // The rest of the data, which boot.js preloads at any address but the drawn view's.
        const rest = chunkNamed(context, 'data-rest')
        const container = '<div id="root">'
        if (!html.includes(container)) throw new Error(`index.html has no ${container}`)
        return {
          html: html.replace(container, `${container}\n      <div class="first-view" inert>${view.html}</div>`),
          tags: [
            { tag: 'link', attrs: { rel: 'stylesheet', href: emitted('first-view.css') }, injectTo: 'head' },
            { tag: 'meta', attrs: { name: 'peace-plan-diff:first-view', content: JSON.stringify(view.hashes) }, injectTo: 'head' },
            ...(rest ? [{ tag: 'meta', attrs: { name: 'peace-plan-diff:data-rest', content: `./${rest.fileName}` }, injectTo: 'head' as const }] : []),
            { tag: 'script', attrs: { src: emitted('boot.js') }, injectTo: 'head' },
          ],
        }
      },
    },
  }
}

/**
 * The production build carries a strict Content-Security-Policy: scripts and styles only from
 * the app's own origin, and no connections at all, so nothing typed into the app can leave it.
 * Only at build time: the dev server needs inline scripts and a socket for hot reload.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The directives the single-file build keeps from the policy above (it allows its inline script and style by hash). */
const SHARED_POLICY = ["connect-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]

/**
 * The headers a static host should send with every file (the README's deployment section lists
 * them). Framing can only be refused by a header: a <meta> policy ignores frame-ancestors.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'peace-plan-diff:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

/** `npm start` and `vite preview` serve the build as a well-configured static host would. */
function securityHeaders(): Plugin {
  return {
    name: 'peace-plan-diff:security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
        next()
      })
    },
  }
}

// Where the app is published, for links in printed reports and exports (see the README).
const publicUrl = process.env.VITE_PUBLIC_URL ?? ''
if (publicUrl && !/^https?:\/\/\S+$/.test(publicUrl)) throw new Error(`VITE_PUBLIC_URL must be an http(s) address: ${publicUrl}`)

const SINGLE_FILE_NAME = 'peace-plan-diff.html'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * For the single-file build (`npm run build:single`): after vite-plugin-singlefile has inlined
 * the script and the stylesheet, a Content-Security-Policy that allows exactly those two by
 * their hashes and nothing else, not even 'self': the file makes no request of any kind.
 */
function singleFilePolicy(): Plugin {
  return {
    name: 'peace-plan-diff:single-file-policy',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: (html) => html.replace(/\s*<link rel="icon"[^>]*>/, ''),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html']
        if (!page || page.type !== 'asset') return this.error('single-file build: no index.html to seal')
        const html = String(page.source)
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1]!))
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1]!))
        if (/<(script|link)\b[^>]*\b(src|href)=/.test(html)) this.error('single-file build: a script or stylesheet was left as a file')
        const policy = ["default-src 'none'", `script-src ${scripts.join(' ')}`, `style-src ${styles.join(' ')}`, ...SHARED_POLICY].join('; ')
        delete bundle['index.html']
        this.emitFile({
          type: 'asset',
          fileName: SINGLE_FILE_NAME,
          source: html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
        })
      },
    },
  }
}

/**
 * The modules the first view loads: those the entry imports statically, however deep. Known once
 * the module graph is built, before chunks are made. Grouped into one chunk, they compress as one:
 * left to itself the bundler cuts those that later pages share into small chunks of their own,
 * and each compresses apart (1.7 KB gzip more, measured on the bundled drafts).
 */
const firstLoad = new Set<string>()
function firstLoadModules(): Plugin {
  return {
    name: 'peace-plan-diff:first-load-modules',
    apply: 'build',
    buildEnd() {
      firstLoad.clear()
      const visit = (id: string) => {
        if (firstLoad.has(id)) return
        firstLoad.add(id)
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported)
      }
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id)
    },
  }
}

/**
 * For the single-file build: the draft worker's starter becomes one that starts none, so the
 * worker is not emitted as a file the single page never loads (src/features/workspaces/startDraftWorker.ts).
 */
function noDraftWorker(): Plugin {
  return {
    name: 'peace-plan-diff:no-draft-worker',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('/startDraftWorker.ts')) return null
      const resolved = await this.resolve(source.replace(/\.ts$/, '.single.ts'), importer, { skipSelf: true })
      return resolved?.id ?? null
    },
  }
}

export default defineConfig(({ mode }) => ({
  // Relative asset paths, so dist/ works from any folder (an intranet share, a subpath);
  // hash routing keeps every route on the one index.html.
  base: './',
  plugins:
    mode === 'single'
      ? [react(), publishedData(), publishedNegotiations(), validateData(), noDraftWorker(), viteSingleFile({ removeViteModuleLoader: true }), singleFilePolicy()]
      : [react(), publishedData(), publishedNegotiations(), validateData(), firstLoadModules(), prerenderedFirstView(), contentSecurityPolicy(), securityHeaders()],
  ...(mode === 'single' ? { publicDir: false as const } : {}),
  build: {
    // Inlined data: URIs would break under the app's strict Content-Security-Policy.
    assetsInlineLimit: 0,
    // index.html preloads every chunk the first view imports (the data among them), so they
    // download and compile side by side instead of one after another. No polyfill: it would be
    // more code, and every browser with module scripts but no modulepreload just loads later.
    modulePreload: mode === 'single' ? false : { polyfill: false },
    // The single file inlines everything; otherwise the negotiation's data is in its own chunk:
    // it loads beside the code, and a change to either leaves the other cached.
    ...(mode === 'single'
      ? { outDir: 'dist-single' }
      : {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'data', priority: 2, test: (id: string) => id === `\0${PUBLISHED_NEGOTIATIONS}` || id === `\0${PUBLISHED_DATA}` },
                  { name: 'data-rest', priority: 2, test: (id: string) => id === `\0${PUBLISHED_NEGOTIATIONS_REST}` },
                  { name: 'app', priority: 1, test: (id: string) => firstLoad.has(id) },
                ],
              },
            },
          },
        }),
  },
  // No CORS headers: another site the user has open must not read the app's files.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: false },
  server: { host: '127.0.0.1', port: 5173, cors: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // Generous limits for a 2-core machine shared with other work; they only matter when something hangs.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Schema issues in English, as users see them (the app loads these messages when needed).
    setupFiles: ['src/load/englishMessages.ts'],
    environment: 'node',
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
}))
