/**
 * The published data (data/, per scripts/data-index.mjs) as the build sees it: read and loaded
 * once, checked (a broken folder stops `vite build`), and shipped as virtual modules.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IndexHtmlTransformContext, Plugin } from 'vite'
import { listDataFiles, readDataIndex } from '../../scripts/data-index.mjs'
import { groupDataFiles } from '../../src/load/groupDataFiles.ts'
import '../../src/load/englishMessages.ts'
import { formatIssue, loadNegotiation, parseJsonFile, type DataFile, type DataIssue, type LoadResult } from '../../src/load/loadNegotiation.ts'
import { negotiationToJson, type NegotiationJsonParts } from '../../src/load/negotiationJson.ts'
import type { Negotiation } from '../../src/domain/model.ts'
import { WINDOWED_FROM } from '../../src/features/compare/rowList.ts'
import { root } from '../root.ts'

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
export function validateData(): Plugin {
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

export const PUBLISHED_DATA = 'virtual:published-data'
export const PUBLISHED_NEGOTIATIONS = 'virtual:published-negotiations'
export const PUBLISHED_NEGOTIATIONS_REST = 'virtual:published-negotiations-rest'

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
export function publishedData(): Plugin {
  return virtualModule(PUBLISHED_DATA, (fail) => {
    const { files, issues } = readPublishedData()
    if (issues.length > 0) fail(`Invalid data:\n${issues.map(formatIssue).join('\n')}`)
    return `export const files = ${JSON.stringify(files)}\n`
  })
}

/** The built chunk of a given name, as index.html is written. */
export const chunkNamed = (context: IndexHtmlTransformContext, name: string) => Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.name === name)

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
 * imports as it starts (src/app/bundledData/loadBundled.ts).
 */
export function publishedNegotiations(): Plugin[] {
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
