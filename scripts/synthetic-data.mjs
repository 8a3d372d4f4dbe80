// Writes a seeded synthetic negotiation folder in the app's data format (data/README.md), for
// measuring and testing long comparisons: `clauses` clauses, `versions` versions, each version
// after the first amending `edited` of the clauses of the one before (a few words changed) and
// rewriting `rewritten` of them (an unrelated text).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const WORDS = ('the parties shall withdraw forces within days of signature border region ceasefire line contact monitor '
  + 'mission guarantee security council sanctions lifted economic fund reconstruction elections amnesty territory '
  + 'treaty signatories parliament ratify referendum zone nuclear plant grain shipping ports navigation report').split(' ')

/** A small seeded generator: the same options give the same files. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * @param {string} dir the negotiation folder to write (replaced if it exists)
 * @param {{ clauses: number, versions: number, edited?: number, rewritten?: number, words?: number, seed?: number }} options
 */
export function writeSyntheticNegotiation(dir, { clauses, versions, edited = 0.1, rewritten = 0, words = 45, seed = 20261130 }) {
  const next = random(seed)
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]
  const text = () => `${Array.from({ length: words }, pick).join(' ')}.`
  const lineages = Array.from({ length: clauses }, (_, i) => ({ id: `clause-${i + 1}`, title: `Clause ${i + 1}`, topics: [i % 2 ? 'security' : 'economy'], introducedIn: 'v1' }))
  const texts = [lineages.map(text)]
  const statuses = [lineages.map(() => 'added')]
  for (let v = 1; v < versions; v += 1) {
    const current = [...texts[v - 1]]
    const status = lineages.map(() => 'kept')
    for (let i = 0; i < clauses; i += 1) {
      const roll = next()
      if (roll < rewritten) {
        current[i] = text()
      } else if (roll < rewritten + edited) {
        const list = current[i].split(' ')
        for (let k = 0; k < 3; k += 1) list[Math.floor(next() * (list.length - 1))] = pick()
        current[i] = list.join(' ')
      }
      if (current[i] !== texts[v - 1][i]) status[i] = 'amended'
    }
    texts.push(current)
    statuses.push(status)
  }
  const source = 'synthetic-register'
  const json = (value) => `${JSON.stringify(value)}\n`
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'versions'), { recursive: true })
  writeFileSync(join(dir, 'negotiation.json'), json({
    schemaVersion: 1,
    id: 'synthetic',
    title: `Synthetic negotiation, ${clauses} clauses × ${versions} versions`,
    summary: 'Generated to measure and test long comparisons.',
    defaultComparison: ['v1', 'v2'],
    topics: [{ id: 'security', label: 'Security' }, { id: 'economy', label: 'Economy' }],
    lineages,
    terms: [],
  }))
  writeFileSync(join(dir, 'sources.json'), json({
    schemaVersion: 1,
    sources: [{ id: source, outlet: 'Synthetic register', title: 'Generated clause texts', date: '2025-01-01', url: 'https://example.org/synthetic', reliability: 'official', language: 'en' }],
  }))
  for (let v = 0; v < versions; v += 1) {
    writeFileSync(join(dir, 'versions', `v${v + 1}.json`), json({
      schemaVersion: 1,
      id: `v${v + 1}`,
      title: `Synthetic draft ${v + 1}`,
      shortTitle: `Draft ${v + 1}`,
      date: `2025-01-${String(10 + v).padStart(2, '0')}`,
      parties: ['Party A', 'Party B'],
      drafters: 'Generated',
      publication: 'Generated for measurement.',
      textKnown: 'full',
      basedOn: v === 0 ? null : `v${v}`,
      pointCount: `${clauses} points`,
      summary: 'A synthetic draft.',
      sources: [{ source }],
      clauses: lineages.map((lineage, i) => ({
        clause: lineage.id,
        number: String(i + 1),
        status: statuses[v][i],
        confidence: 'published-text',
        text: texts[v][i],
        sources: [{ source }],
      })),
    }))
  }
}
