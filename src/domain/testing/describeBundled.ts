/** A comparison of the shipped data described for the exporters, as the compare view would describe it. */
import { buildComparison, type ComparisonBase } from '../buildComparison.ts'
import { describeComparison, describeFilters } from '../documents/describeComparison.ts'
import type { ComparisonDocument } from '../documents/comparisonDocument.ts'
import { findMoves } from '../moves.ts'
import { flagRow } from '../changeFlags.ts'
import { diffOptionsFor } from '../diffText.ts'
import { filterRows } from '../filterRows.ts'
import type { Negotiation, TopicId, VersionId } from '../model.ts'

export interface DescribeBundledOptions {
  readonly base?: ComparisonBase
  readonly changedOnly?: boolean
  readonly topics?: readonly string[]
  /** Where the app is published; null writes links as routes. */
  readonly address?: string | null
}

export function describeBundled(negotiation: Negotiation, versions: readonly string[], options: DescribeBundledOptions = {}): ComparisonDocument {
  const { base = 'first', changedOnly = false, topics = [], address = 'https://diff.example.org/' } = options
  const model = buildComparison(negotiation, versions as VersionId[], base, diffOptionsFor([]))
  const rows = filterRows(model, { topics: topics as TopicId[], changedOnly, statuses: [], query: '' })
  const route = `#/compare/${versions.join('/')}`
  const link = (query: string) => `${address ?? ''}${route}${query}`
  const filterQuery = [topics.length > 0 ? `topics=${topics.join(',')}` : null, changedOnly ? 'changed=1' : null].filter(Boolean).join('&')
  return describeComparison(negotiation, model, rows, {
    filters: describeFilters({ topics, changed: changedOnly, query: '' }, negotiation),
    permalink: link(filterQuery ? `?${filterQuery}` : ''),
    clauseLink: (clause) => link(`?clause=${clause}${filterQuery ? `&${filterQuery}` : ''}`),
    linksRelative: address === null,
    generatedAt: new Date('2026-01-02T10:30:00Z'),
    moves: findMoves(model),
    flagsOf: flagRow,
  })
}
