import { isRelation } from './clauseState.ts'
import type { ComparisonModel, ComparisonRow } from './buildComparison.ts'
import { CLAUSE_STATUSES, type ClauseStatus, type TopicId, type Version } from './model.ts'

export interface RowFilter {
  readonly topics: readonly TopicId[]
  /** Only rows where some column differs from the one before it (unknown is not a difference). */
  readonly changedOnly: boolean
  readonly query: string
}

/** Normalizes text for search: case-insensitive, and typographic quotes match straight ones. */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
}

const rowTexts = new WeakMap<ComparisonRow, string>()

/** Everything a reader sees in a row, for search; kept per row, so each keystroke only compares. */
export function rowText(row: ComparisonRow): string {
  let text = rowTexts.get(row)
  if (text === undefined) {
    text = readRowText(row)
    rowTexts.set(row, text)
  }
  return text
}

function readRowText(row: ComparisonRow): string {
  const pieces: string[] = [row.lineage.title, row.lineage.id]
  for (const cell of row.cells) {
    const { clause } = cell
    pieces.push(clause.title, clause.note ?? '')
    for (const part of clause.parts) pieces.push(part.text ?? '')
    for (const alternative of clause.alternatives) {
      pieces.push(alternative.party, alternative.title, ...alternative.parts.map((part) => part.text ?? ''))
    }
    for (const term of cell.terms) pieces.push(term.summary, term.delta ?? '')
  }
  return normalizeForSearch(pieces.join('\n'))
}

export function rowMatches(row: ComparisonRow, filter: RowFilter): boolean {
  if (filter.topics.length > 0 && !row.lineage.topics.some((topic) => filter.topics.includes(topic))) return false
  if (filter.changedOnly && !row.changed) return false
  const query = normalizeForSearch(filter.query.trim())
  return query === '' || rowText(row).includes(query)
}

export function filterRows(model: ComparisonModel, filter: RowFilter): ComparisonRow[] {
  return model.rows.filter((row) => rowMatches(row, filter))
}

export interface ColumnSummary {
  readonly version: Version
  /**
   * The version these statuses are stated against (the previous column, or the version's own
   * base); null for states such as "unknown" or "bracketed", which hold on their own.
   */
  readonly against: Version | null
  readonly counts: ReadonlyArray<readonly [ClauseStatus, number]>
}

/**
 * For each column after the first, how many of the given rows have each status: relations
 * grouped by the version they are stated against (the previous column first), then states.
 */
export function summarizeRows(model: ComparisonModel, rows: readonly ComparisonRow[]): ColumnSummary[] {
  return model.versions.slice(1).flatMap((version, offset) => {
    const column = offset + 1
    const previous = model.versions[offset]!
    const groups = new Map<Version | null, Map<ClauseStatus, number>>([[previous, new Map()]])
    for (const row of rows) {
      const cell = row.cells[column]!
      const against = isRelation(cell.status) ? (cell.statusAgainst ?? previous) : null
      const counts = groups.get(against) ?? new Map<ClauseStatus, number>()
      counts.set(cell.status, (counts.get(cell.status) ?? 0) + 1)
      groups.set(against, counts)
    }
    const ordered = [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : 0) - (b === null ? 1 : 0))
    return ordered
      .filter(([, counts]) => counts.size > 0)
      .map(([against, counts]) => ({
        version,
        against,
        counts: CLAUSE_STATUSES.flatMap((status) => (counts.has(status) ? [[status, counts.get(status)!] as const] : [])),
      }))
  })
}
