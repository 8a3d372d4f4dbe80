/**
 * Generated workspace files for the fuzzers: an exported workspace with one value replaced or
 * deleted somewhere, cut short, nested absurdly deep, or no workspace at all.
 */
import fc from 'fast-check'
import { toWorkspaceDocument } from '../../load/workspaceFile.ts'
import { draftPairWorkspace } from './draftPairWorkspace.ts'

const { files } = draftPairWorkspace('fuzz', 'Fuzz', '1. The cap is 600,000 personnel.\n2. Elections in 100 days.\n(a) observers', '1. The cap is 800,000 personnel.\n2. Elections in 60 days.')
/** The exported file every mutation starts from. */
export const exportedWorkspace = JSON.stringify(toWorkspaceDocument(files))

const hostileValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e308, '', '__proto__', 'x'.repeat(30_000), [], {}, { __proto__: { polluted: 1 } }, '<img src=x onerror="window.__pwned=true">', 'ws-other', 'ukraine-2025'),
  fc.jsonValue({ maxDepth: 3 }),
)

/** Script and markup a hostile colleague could put in any text field of a workspace file. */
export const SCRIPT_PAYLOADS = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '"><svg onload="window.__pwned = true">',
  'javascript:window.__pwned = true',
  '[click](javascript:window.__pwned=true)',
  '=HYPERLINK("http://example.org")',
  '\u202eevil\u202c',
  '{{constructor.constructor("window.__pwned = true")()}}',
] as const

type Slot = { readonly parent: Record<string, unknown> | unknown[]; readonly key: string | number }

/** Every value in the document, each with where it sits. */
function slots(doc: unknown): Slot[] {
  const found: Slot[] = []
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        found.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key })
        walk((node as Record<string, unknown>)[key])
      }
    }
  }
  walk(doc)
  return found
}

// Replace (or delete) one value somewhere in the document, found by walking to the at-th node.
const mutated = fc.tuple(fc.nat(), fc.nat(), hostileValue).map(([at, keyPick, value]) => {
  const doc = JSON.parse(exportedWorkspace) as Record<string, unknown>
  const nodes = slots(doc)
  const target = nodes[at % nodes.length]!
  if (keyPick % 5 === 0 && !Array.isArray(target.parent)) delete (target.parent as Record<string, unknown>)[target.key as string]
  else (target.parent as Record<string | number, unknown>)[target.key] = value
  return JSON.stringify(doc)
})

// The fields a person writes (names, titles, clause text), as opposed to ids, dates and enums.
const FREE_TEXT = new Set(['title', 'shortTitle', 'summary', 'text', 'label', 'publication', 'publisher', 'drafters', 'note', 'pointCount'])

// Put a script payload into one free-text value: still a valid workspace, whose views must show it as text.
const withPayload = fc.tuple(fc.nat(), fc.constantFrom(...SCRIPT_PAYLOADS), fc.boolean()).map(([at, payload, append]) => {
  const doc = JSON.parse(exportedWorkspace) as Record<string, unknown>
  const texts = slots(doc).filter(({ parent, key }) => typeof key === 'string' && FREE_TEXT.has(key) && typeof (parent as Record<string, unknown>)[key] === 'string')
  const target = texts[at % texts.length]!
  const record = target.parent as Record<string | number, unknown>
  record[target.key] = append ? `${String(record[target.key])} ${payload}` : payload
  return JSON.stringify(doc)
})
const deep = fc.integer({ min: 1, max: 100_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`)
const truncated = fc.nat().map((at) => exportedWorkspace.slice(0, at % exportedWorkspace.length))

/** The exported workspace with a script payload appended to every free-text field: valid, and hostile everywhere a person writes. */
export function workspaceWithPayloadsEverywhere(): string {
  const doc = JSON.parse(exportedWorkspace) as Record<string, unknown>
  slots(doc)
    .filter(({ parent, key }) => typeof key === 'string' && FREE_TEXT.has(key) && typeof (parent as Record<string, unknown>)[key] === 'string')
    .forEach(({ parent, key }, index) => {
      const record = parent as Record<string, unknown>
      // Short fields (a version's short title, a sub-point's label) get short markup of their own.
      if (key === 'shortTitle') record[key] = '<svg onload=alert(1)>'
      else if (key === 'label' && String(record[key]).length <= 12) record[key] = '<b>1</b>'
      else record[key] = `${String(record[key])} ${SCRIPT_PAYLOADS[index % SCRIPT_PAYLOADS.length]}`
    })
  return JSON.stringify(doc)
}

/** Any text a user might pick as a workspace file, mostly near-valid ones. */
export const workspaceFileText = fc.oneof(
  { arbitrary: mutated, weight: 4 },
  { arbitrary: withPayload, weight: 3 },
  { arbitrary: truncated, weight: 1 },
  { arbitrary: deep, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 1 },
  { arbitrary: fc.constant(exportedWorkspace), weight: 1 },
)
