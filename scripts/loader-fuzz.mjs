// A seeded fuzz of the data loader (src/load/loadNegotiation.ts) over mutated data files: the
// bundled negotiation with values replaced, keys dropped, items duplicated, bases rewired into
// cycles, files missing or saved with a byte-order mark, and synthetic chains of up to 12,000
// versions. Every case must end, within its time limit, in a clean load or in issues that name
// a file of the case and say what is wrong; a hang or a throw is a failure.
//
//   npm run fuzz                          10,000 cases
//   node scripts/loader-fuzz.mjs --cases 500 --seed 7
//
// Each case runs in a worker thread that is terminated when the case passes its time limit
// (10 s: a 12,000-version chain loads in about 1.5–3.5 s on a busy two-core machine),
// so a hang fails the run instead of freezing it. The loader is bundled with Vite first,
// because the worker runs plain JavaScript.
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { readDataIndex } from './data-index.mjs'

const root = join(import.meta.dirname, '..')

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Reads the first published negotiation folder's files from disk. */
export function readDataFolder() {
  const [folder] = readDataIndex(root).folders
  if (!folder) throw new Error('No published data folder to fuzz')
  const read = (path) => ({ path: `data/${folder}/${path}`, content: JSON.parse(readFileSync(join(root, 'data', folder, path), 'utf8')) })
  return {
    negotiation: read('negotiation.json'),
    sources: read('sources.json'),
    versions: readdirSync(join(root, 'data', folder, 'versions')).filter((name) => name.endsWith('.json')).sort().map((name) => read(`versions/${name}`)),
  }
}

/** A minimal valid negotiation whose versions form one chain v0 ← v1 ← … of the given length. */
export function versionChain(length) {
  const source = { source: 'src' }
  const version = (index) => ({
    schemaVersion: 1,
    id: `v${index}`,
    title: `Version ${index}`,
    shortTitle: `V${index}`,
    date: '2025-01-01',
    parties: ['A'],
    drafters: 'A',
    publication: 'Published.',
    textKnown: 'full',
    basedOn: index === 0 ? null : `v${index - 1}`,
    pointCount: '1 point',
    summary: 'A version.',
    sources: [source],
    clauses: [{ clause: 'one', number: '1', status: index === 0 ? 'added' : 'kept', confidence: 'published-text', text: 'The same words.', sources: [{ ...source, attests: 'all' }] }],
  })
  return {
    negotiation: {
      path: 'data/chain/negotiation.json',
      content: {
        schemaVersion: 1,
        id: 'chain',
        title: 'A chain',
        summary: 'Versions based on each other in a line.',
        defaultComparison: ['v0', 'v1'],
        topics: [{ id: 'all', label: 'All' }],
        lineages: [{ id: 'one', title: 'One', topics: ['all'], introducedIn: 'v0' }],
        terms: [],
      },
    },
    sources: {
      path: 'data/chain/sources.json',
      content: { schemaVersion: 1, sources: [{ id: 'src', publisher: 'Outlet', publisherType: 'newspaper', title: 'A source', date: '2025-01-01', url: 'https://example.org/a', carriesText: true }] },
    },
    versions: Array.from({ length }, (_, index) => ({ path: `data/chain/versions/v${index}.json`, content: version(index) })),
  }
}

const NASTY_VALUES = [
  null, 0, -1, 1.5, 1e308, true, false, '', ' ', 'x', '\uFEFFus-28', '\u202Eevil\u202C', '\uD800', 'a\u0000b', 'UPPER-Case',
  'us-28', 'e3', 'army-size', 'unknown', 'kept', 'amended', 'quantity', 'kg', '2025-02-30', 'x'.repeat(25_000), [], [1], {}, { a: 1 },
]

function mutate(files, rand) {
  const pick = (items) => items[Math.floor(rand() * items.length)]
  const allFiles = () => [files.negotiation, files.sources, ...files.versions]
  /** A random container inside a random file, and a key in it. */
  const randomSpot = () => {
    const file = pick(allFiles())
    if (file.content === null || typeof file.content !== 'object') return null
    let node = file.content
    const depth = 1 + Math.floor(rand() * 5)
    for (let step = 0; step < depth; step += 1) {
      const keys = Object.keys(node)
      if (keys.length === 0) break
      const key = pick(keys)
      if (node[key] === null || typeof node[key] !== 'object' || rand() < 0.25) return { node, key }
      node = node[key]
    }
    const keys = Object.keys(node)
    return keys.length > 0 ? { node, key: pick(keys) } : null
  }
  const versionIds = () => files.versions.map((file) => file.content?.id).filter((id) => typeof id === 'string')

  const operations = [
    () => {
      const spot = randomSpot()
      if (spot) spot.node[spot.key] = structuredClone(pick(NASTY_VALUES))
    },
    () => {
      const spot = randomSpot()
      if (spot) delete spot.node[spot.key]
    },
    () => {
      // Duplicate an item of a list: duplicate ids of topics, choices, clauses, sources, terms.
      const spot = randomSpot()
      const list = spot && Array.isArray(spot.node[spot.key]) ? spot.node[spot.key] : Array.isArray(spot?.node) ? spot.node : null
      if (list && list.length > 0) list.push(structuredClone(pick(list)))
    },
    () => {
      const file = pick(files.versions)
      if (file?.content && typeof file.content === 'object') file.content.basedOn = pick([...versionIds(), file.content.id, 'nowhere', null])
    },
    () => {
      // A cycle of two or three versions, and a version based on one of them.
      const ids = versionIds()
      if (ids.length < 3) return
      const size = 2 + Math.floor(rand() * 2)
      const members = files.versions.filter((file) => typeof file.content?.id === 'string').slice(0, size)
      members.forEach((file, index) => (file.content.basedOn = members[(index + 1) % members.length].content.id))
    },
    () => {
      const which = pick(['negotiation', 'sources', 'version'])
      if (which === 'version') files.versions.splice(Math.floor(rand() * files.versions.length), 1)
      else files[which] = { path: files[which].path, content: undefined }
    },
    () => {
      // As text: a byte-order mark, a cut-off file, a stray character, or all three.
      const key = pick(['negotiation', 'sources', 'version'])
      const index = Math.floor(rand() * files.versions.length)
      const file = key === 'version' ? files.versions[index] : files[key]
      if (!file || file.content === undefined) return
      let text = JSON.stringify(file.content, null, 2)
      if (rand() < 0.5) text = `\uFEFF${text}`
      if (rand() < 0.3) text = text.slice(0, Math.floor(rand() * text.length))
      if (rand() < 0.3) {
        const at = Math.floor(rand() * text.length)
        text = text.slice(0, at) + pick(['\u200B', '\u0000', '}', '"', '\u202E']) + text.slice(at)
      }
      const replacement = { path: file.path, text }
      if (key === 'version') files.versions[index] = replacement
      else files[key] = replacement
    },
    () => {
      // Keys that would pollute prototypes if copied carelessly.
      const file = pick(allFiles())
      if (!file || !('content' in file) || file.content === undefined) return
      const text = JSON.stringify(file.content)
      if (text.startsWith('{')) file.content = JSON.parse(`{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${text.slice(1)}`)
    },
  ]
  const count = 1 + Math.floor(rand() * 3)
  for (let step = 0; step < count; step += 1) pick(operations)()
  return files
}

/** The case with the given seed: mostly mutated bundled data, sometimes a long chain, sometimes with a cycle. */
export function fuzzCase(seed, base) {
  const rand = random(seed)
  if (rand() < 0.02) {
    const length = rand() < 0.15 ? 12_000 : 2 + Math.floor(rand() * 3_000)
    const chain = versionChain(length)
    if (rand() < 0.5) {
      // Close the line into a cycle somewhere along it.
      const from = Math.floor(rand() * length)
      chain.versions[Math.floor(rand() * (from + 1))].content.basedOn = `v${from}`
    }
    return chain
  }
  return mutate(structuredClone(base), rand)
}

let loaderUrl = null
/** Bundles the loader into one plain ES module the worker can import (once per process). */
async function bundleLoader() {
  if (loaderUrl) return loaderUrl
  const { build } = await import('vite')
  const outDir = join(root, 'node_modules', '.tmp', `loader-fuzz-${process.pid}`)
  mkdirSync(outDir, { recursive: true })
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }))
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(root, 'scripts/loader-fuzz-entry.mjs'), formats: ['es'], fileName: 'loader' },
    },
  })
  loaderUrl = pathToFileURL(join(outDir, 'loader.js')).href
  return loaderUrl
}

/** Runs cases one at a time in a worker, replacing the worker when a case overruns its limit. */
export async function createIsolatedLoader({ timeoutMs = 10_000 } = {}) {
  const url = await bundleLoader()
  let worker = null
  let ready = null
  const start = () => {
    worker = new Worker(new URL('./loader-fuzz-worker.mjs', import.meta.url), { workerData: { loaderUrl: url } })
    ready = new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
  }
  start()
  let nextId = 0
  return {
    /** @returns {Promise<{ outcome: { kind: 'clean' | 'error' | 'throw' | 'hang', issues?: any[], message?: string }, ms: number }>} */
    async load(files) {
      await ready
      const id = nextId++
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          worker.removeAllListeners('message')
          void worker.terminate()
          start()
          resolve({ outcome: { kind: 'hang' }, ms: timeoutMs })
        }, timeoutMs)
        const onMessage = (message) => {
          if (message.id !== id) return
          clearTimeout(timer)
          worker.off('message', onMessage)
          resolve(message)
        }
        worker.on('message', onMessage)
        worker.postMessage({ id, files })
      })
    },
    close: () => worker.terminate(),
  }
}

function filePaths(files) {
  return new Set([files.negotiation.path, files.sources.path, ...files.versions.map((file) => file.path)])
}

/** An issue is clear when it names a file of the case and says more than zod's bare fallback. */
function unclearIssue(issues, files) {
  const paths = filePaths(files)
  return (issues ?? []).find((issue) => !paths.has(issue.file) || !issue.message || /^Invalid input$/.test(issue.message) || /[\u200B\uFEFF\u202A-\u202E\u2066-\u2069\u0000]/.test(issue.message))
}

/**
 * Runs `cases` seeded cases and counts their outcomes.
 * @returns {Promise<{ cases: number, clean: number, errors: number, unclear: number, hangs: number, throws: number, slow: number, slowestMs: number, failures: string[] }>}
 */
export async function runLoaderFuzz({ cases, seed = 1, timeoutMs = 10_000, onProgress = () => {} }) {
  const base = readDataFolder()
  const loader = await createIsolatedLoader({ timeoutMs })
  // A case over the limit gets one retry with six times the time: a machine shared with other
  // jobs can slow a long chain past the limit, while a real hang never ends.
  const patientLoader = await createIsolatedLoader({ timeoutMs: timeoutMs * 6 })
  const counts = { cases: 0, clean: 0, errors: 0, unclear: 0, hangs: 0, throws: 0, slow: 0, slowestMs: 0, failures: [] }
  try {
    for (let index = 0; index < cases; index += 1) {
      const caseSeed = seed * 1_000_003 + index
      const files = fuzzCase(caseSeed, base)
      let { outcome, ms } = await loader.load(files)
      if (outcome.kind === 'hang') {
        ;({ outcome, ms } = await patientLoader.load(files))
        if (outcome.kind !== 'hang') counts.slow += 1
      }
      counts.cases += 1
      counts.slowestMs = Math.max(counts.slowestMs, ms)
      // The loader turns its own failures into an issue; the fuzz counts them as the throws they are.
      const caught = outcome.kind === 'error' && outcome.issues.find((issue) => issue.message.startsWith('The loader failed'))
      if (caught) Object.assign(outcome, { kind: 'throw', message: caught.message })
      if (outcome.kind === 'clean') counts.clean += 1
      else if (outcome.kind === 'hang') counts.hangs += 1
      else if (outcome.kind === 'throw') counts.throws += 1
      else if (outcome.issues?.length > 0 && !unclearIssue(outcome.issues, files)) counts.errors += 1
      else counts.unclear += 1
      if (outcome.kind === 'hang' || outcome.kind === 'throw' || (outcome.kind === 'error' && (outcome.issues?.length === 0 || unclearIssue(outcome.issues, files)))) {
        const detail = outcome.kind === 'error' ? JSON.stringify(unclearIssue(outcome.issues, files) ?? 'no issues') : (outcome.message ?? '')
        if (counts.failures.length < 20) counts.failures.push(`case seed ${caseSeed}: ${outcome.kind} ${detail}`.slice(0, 400))
      }
      onProgress(counts)
    }
  } finally {
    await loader.close()
    await patientLoader.close()
  }
  return counts
}

export function formatCounts(counts) {
  return `${counts.cases} cases: ${counts.clean} clean loads, ${counts.errors} clear errors, ${counts.unclear} unclear errors, ${counts.hangs} hangs, ${counts.throws} throws; ${counts.slow} over the first time limit but done on the retry (slowest ${Math.round(counts.slowestMs)} ms)`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, 'timeout-ms': { type: 'string', default: '10000' } } })
  const cases = Number(values.cases)
  const started = Date.now()
  const counts = await runLoaderFuzz({
    cases,
    seed: Number(values.seed),
    timeoutMs: Number(values['timeout-ms']),
    onProgress: (progress) => {
      if (progress.cases % 1000 === 0) console.log(`loader fuzz: ${formatCounts(progress)}`)
    },
  })
  for (const failure of counts.failures) console.error(`loader fuzz: ${failure}`)
  console.log(`loader fuzz (seed ${values.seed}, ${Math.round((Date.now() - started) / 1000)} s): ${formatCounts(counts)}`)
  process.exit(counts.unclear + counts.hangs + counts.throws === 0 ? 0 : 1)
}
