/**
 * Builds the `ComparisonDocument`: the comparison as shown (the given rows, after the filters)
 * in the words of the compare view, for the report and every export. Pointing them at another
 * comparison model means changing this alone.
 */
import type { ComparisonModel, ComparisonRow } from '../buildComparison.ts'
import type { ChangeFlag } from '../flagRule.ts'
import type { DiffIgnore } from '../diffText.ts'
import { summarizeRows, summaryWords, type ColumnSummary } from '../filterRows.ts'
import { FLAG_KIND_LABEL } from '../flagLabels.ts'
import { FLAG_KINDS, type FlagKind } from '../flagKinds.ts'
import { STATUS_LABEL, formatDate, ownDraftsOnly, textKnownLabel } from '../labels.ts'
import { buildMatrix } from '../matrix.ts'
import { CLAUSE_STATUSES, type Negotiation, type Version } from '../model.ts'
import type { MoveIndex } from '../moveIndex.ts'
import { numberReferences } from '../references.ts'
import { citeSource } from '../sourceCitation.ts'
import type { ComparisonDocument, DocumentLinks, ExportClause, ExportReference, ExportStatusCounts, ExportTermRow, ExportVersion } from './comparisonDocument.ts'
import { describeClause } from './describeClause.ts'

export interface DescribeOptions extends DocumentLinks {
  /** What the filters leave in, in words ("topics: NATO; only clauses that changed"): `describeFilters`. */
  readonly filters: string
  readonly generatedAt: Date
  /** The comparison's moved text, as found so far (the report draws before the search ends). */
  readonly moves: MoveIndex
  /** A changed row's flags, one list per cell (none while the rules load). */
  readonly flagsOf: (row: ComparisonRow) => readonly (readonly ChangeFlag[])[]
  /** The report's layout of each clause's cells: one below another (redline, the default) or in columns (split). */
  readonly layout?: 'redline' | 'split'
}

// What the filters leave in, said alike on the report's cover and in every export.
const IGNORE_WORDS: Record<DiffIgnore, string> = { case: 'case', punct: 'punctuation', space: 'spacing' }

// Keyed by any string: a status the URL names but the app does not know is said as written.
const STATUS_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(STATUS_LABEL))
const statusWord = (status: string) => STATUS_WORDS.get(status)?.toLowerCase() ?? status

/**
 * What the filters leave in, in words.
 * @example describeFilters({ topics: ['nato'], changed: true, query: '' }, negotiation) // 'topics: NATO; only clauses that changed'
 */
export function describeFilters(
  filter: {
    readonly topics: readonly string[]
    readonly changed: boolean
    readonly query: string
    readonly statuses?: readonly string[]
    readonly ignore?: readonly DiffIgnore[]
    readonly flags?: readonly FlagKind[]
  },
  negotiation: Negotiation,
): string {
  const parts: string[] = []
  if (filter.topics.length > 0) {
    const labels = negotiation.topics.filter((topic) => filter.topics.includes(topic.id)).map((topic) => topic.label)
    parts.push(`topics: ${labels.join(', ')}`)
  }
  if (filter.changed) parts.push('only clauses that changed')
  if (filter.statuses && filter.statuses.length > 0) parts.push(`statuses: ${filter.statuses.map(statusWord).join(', ')}`)
  if (filter.query) parts.push(`search: “${filter.query}”`)
  if (filter.flags && filter.flags.length > 0) parts.push(`only clauses flagged for ${filter.flags.map((kind) => FLAG_KIND_LABEL[kind].toLowerCase()).join(', ')}`)
  if (filter.ignore && filter.ignore.length > 0) parts.push(`ignoring differences in ${filter.ignore.map((item) => IGNORE_WORDS[item]).join(', ')}`)
  return parts.length > 0 ? parts.join('; ') : 'none (every clause)'
}

const BASE_WORDS: Record<ComparisonModel['base'], string> = {
  first: 'each version against the first column',
  previous: 'each version against the column before it',
  own: 'each version against the version it revises',
}

/** Which column each column is compared with, in words: "E3, 20-point against US 28-point". */
function comparedWith(model: ComparisonModel): string {
  const groups = new Map<Version, Version[]>()
  model.versions.forEach((version, index) => {
    const base = model.bases[index]
    if (base) groups.set(base, [...(groups.get(base) ?? []), version])
  })
  return [...groups.entries()].map(([base, columns]) => `${columns.map((column) => column.shortTitle).join(', ')} against ${base.shortTitle}`).join('; ')
}

/** "2 Jan 2026, 10:30 UTC". */
function formatTimestamp(date: Date): string {
  const iso = date.toISOString()
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`
}

function exportVersion(version: Version): ExportVersion {
  return {
    id: version.id,
    title: version.title,
    shortTitle: version.shortTitle,
    date: formatDate(version.date),
    isoDate: version.date,
    drafters: version.drafters,
    textKnown: textKnownLabel(version),
    publication: version.publication,
  }
}

function statusCounts(column: ColumnSummary): ExportStatusCounts {
  const { version, against, derived } = column
  return {
    key: `${version.id}:${against?.id ?? ''}:${derived}`,
    heading: `${version.shortTitle}${against ? `${derived ? ' compared by text with ' : ' vs '}${against.shortTitle}` : ' (states)'}`,
    counts: CLAUSE_STATUSES.map((status) => ({ status, count: column.counts.find(([counted]) => counted === status)?.[1] ?? 0 })),
  }
}

/** The contested terms of the shown clauses that any column states (a value or rival options), against the first column. */
function contestedTerms(negotiation: Negotiation, model: ComparisonModel, rows: readonly ComparisonRow[]): { base: string; terms: ExportTermRow[] } {
  const [first] = model.versions
  if (!first) return { base: '', terms: [] }
  const matrix = buildMatrix(negotiation, model.versions.map((version) => version.id), first.id)
  const shownClauses = new Set<string>(rows.map((row) => row.key))
  const terms = matrix.rows.flatMap((row) => {
    const cells = matrix.versions.flatMap((version) => row.cells.get(version.id) ?? [])
    if (!shownClauses.has(row.lineage.id) || !cells.some((cell) => cell.value || cell.options.length > 0)) return []
    return [
      {
        id: row.term.id,
        label: row.term.label,
        values: cells.map((cell) => ({ text: cell.text, change: cell.changed ? `changed${cell.versusBase?.delta ? `: ${cell.versusBase.delta}` : ''}` : null })),
        disputed: cells.some((cell) => cell.disputed !== null),
      },
    ]
  })
  return { base: matrix.base.shortTitle, terms }
}

/** Flagged cells by kind, in the kinds' order, naming the clauses: the exports' "Key changes". */
function keyChangeLines(clauses: readonly ExportClause[]): string[] {
  return FLAG_KINDS.flatMap((kind) => {
    const titles = clauses.flatMap((clause) => clause.cells.filter((cell) => cell.flags.some((flag) => flag.kind === kind)).map(() => clause.title))
    return titles.length > 0 ? [`${FLAG_KIND_LABEL[kind]}: ${titles.length} (${[...new Set(titles)].join(', ')})`] : []
  })
}

/** Describes the comparison as shown (the given rows, after the filters) for the report and the exporters. */
export function describeComparison(negotiation: Negotiation, model: ComparisonModel, rows: readonly ComparisonRow[], options: DescribeOptions): ComparisonDocument {
  const versions = model.versions.map(exportVersion)
  const numbers = numberReferences(model.versions, rows)
  const context = { negotiation, versions, numbers, moves: options.moves, flagsOf: options.flagsOf, layout: options.layout ?? 'redline' }
  const clauses = rows.map((row) => describeClause(row, options.clauseLink(row.key), context))
  const summary = summarizeRows(model, rows)
  const terms = contestedTerms(negotiation, model, rows)
  const columns = model.versions.map((version) => version.shortTitle).join(' → ')
  return {
    columns,
    title: `Comparison: ${columns}`,
    negotiation: negotiation.title,
    versions,
    filters: options.filters,
    generatedAt: formatTimestamp(options.generatedAt),
    permalink: options.permalink,
    linksRelative: options.linksRelative,
    ownDrafts: ownDraftsOnly(model.versions),
    base: BASE_WORDS[model.base],
    comparedWith: comparedWith(model),
    shown: rows.length,
    total: model.rows.length,
    summary: summary.map((column) => {
      const words = summaryWords(column)
      return `${column.version.shortTitle}${words.against}: ${words.counts}`
    }),
    statusCounts: summary.map(statusCounts),
    keyChanges: keyChangeLines(clauses),
    termsBase: terms.base,
    terms: terms.terms,
    clauses,
    references: [...numbers.entries()].flatMap(([id, number]): ExportReference[] => {
      const source = negotiation.sources.get(id)
      return source ? [{ id, number, citation: citeSource(source), title: source.title }] : []
    }),
    referenceNumbers: numbers,
  }
}
