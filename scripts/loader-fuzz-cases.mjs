// The loader fuzz's cases, replayable from their seed: the bundled data mutated, or a long chain of versions.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
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
