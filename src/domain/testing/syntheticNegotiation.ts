/**
 * A deterministic synthetic negotiation for benchmarks: `clauses` lineage clauses across
 * `versions` versions, each later version editing, deleting or losing track of a share of them.
 */
import type { ClauseId, ClauseVersion, Lineage, Negotiation, SourceId, TopicId, Version, VersionId } from '../model.ts'

const WORDS = 'the party shall agreement ceasefire within days border region forces withdraw guarantee security council monitor sanctions lifted economic fund reconstruction elections amnesty territory line contact treaty signatories parliament ratify referendum zone nuclear plant grain shipping'.split(' ')

/** A small linear congruential generator: the same seed gives the same negotiation. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export interface SyntheticOptions {
  readonly clauses: number
  readonly versions: number
  /** Share of clauses each later version edits (a few words changed). */
  readonly edited: number
  /** Share of clauses each later version rewrites entirely (unrelated text). */
  readonly rewritten?: number
  readonly wordsPerClause?: number
  readonly seed?: number
}

export function syntheticNegotiation(options: SyntheticOptions): Negotiation {
  const { clauses, versions: versionCount, edited, rewritten = 0, wordsPerClause = 60, seed = 42 } = options
  const next = random(seed)
  const sentence = (length: number) => Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') + '.'
  const topic = 'general' as TopicId
  const source = 'synthetic' as SourceId
  const lineages: Lineage[] = Array.from({ length: clauses }, (_, i) => ({
    id: `clause-${i + 1}` as ClauseId,
    title: `Clause ${i + 1}`,
    topics: [topic],
    introducedIn: 'v1' as VersionId,
  }))
  const versions: Version[] = []
  let previous: Map<ClauseId, ClauseVersion> | null = null
  for (let v = 1; v <= versionCount; v += 1) {
    const id = `v${v}` as VersionId
    const map = new Map<ClauseId, ClauseVersion>()
    for (const lineage of lineages) {
      const before = previous?.get(lineage.id)
      let text = before?.parts[0]?.text ?? sentence(wordsPerClause)
      let status: ClauseVersion['status'] = previous ? 'kept' : 'added'
      const roll = next()
      if (previous && roll < rewritten) {
        text = sentence(wordsPerClause)
        status = 'amended'
      } else if (previous && roll < rewritten + edited) {
        const words = text.split(' ')
        for (let k = 0; k < 3; k += 1) words[Math.floor(next() * words.length)] = WORDS[Math.floor(next() * WORDS.length)]!
        text = words.join(' ')
        status = 'amended'
      }
      map.set(lineage.id, {
        clause: lineage.id,
        version: id,
        number: String(map.size + 1),
        title: lineage.title,
        status,
        confidence: 'published-text',
        parts: [{ key: 'main', text }],
        alternatives: [],
        terms: [],
        disputes: [],
        sources: [{ source }],
        implicit: false,
      })
    }
    versions.push({
      id,
      title: `Version ${v}`,
      shortTitle: `V${v}`,
      date: `2025-01-${String(v).padStart(2, '0')}`,
      parties: ['A'],
      drafters: 'Synthetic',
      publication: 'Generated',
      textKnown: 'full',
      basedOn: v === 1 ? null : (`v${v - 1}` as VersionId),
      pointCount: `${clauses}`,
      summary: 'Synthetic',
      sources: [{ source }],
      clauses: map,
    })
    previous = map
  }
  return {
    id: 'synthetic',
    title: 'Synthetic',
    summary: 'Synthetic negotiation for benchmarks',
    topics: [{ id: topic, label: 'General' }],
    lineages,
    terms: [],
    versions,
    sources: new Map([[source, { id: source, publisher: 'Synthetic', publisherType: 'news-site' as const, title: 'Synthetic', date: '2025-01-01', dateEstimated: false, url: 'https://example.org/', carriesText: false }]]),
    defaultComparison: ['v1' as VersionId, 'v2' as VersionId],
  }
}
