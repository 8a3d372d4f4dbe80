import { isRelation } from './clauseState.ts'
import type { ComparisonModel, ComparisonRow } from './buildComparison.ts'
import { STATUS_LABEL } from './labels.ts'
import { CLAUSE_STATUSES, type ClauseStatus, type TopicId, type Version } from './model.ts'
import { itemAt } from './itemAt.ts'

export interface RowFilter {
  readonly topics: readonly TopicId[]
  /** Only rows where some column differs from the one before it (unknown is not a difference). */
  readonly changedOnly: boolean
  /** Only rows where some column after the first has one of these stated statuses; empty means any. */
  readonly statuses: readonly ClauseStatus[]
  readonly query: string
}

/** The statuses a row's columns after the first state (not those found by comparing texts). */
export function statedStatuses(row: ComparisonRow): Set<ClauseStatus> {
  return new Set(row.cells.slice(1).filter((cell) => !cell.statusDerived).map((cell) => cell.status))
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
  // Versions that keep a clause repeat its wording: searching it once per row is enough.
  return normalizeForSearch([...new Set(pieces)].join('\n'))
}

export function rowMatches(row: ComparisonRow, filter: RowFilter): boolean {
  return matches(row, filter, normalizeForSearch(filter.query.trim()))
}

function matches(row: ComparisonRow, filter: RowFilter, query: string): boolean {
  if (filter.topics.length > 0 && !row.lineage.topics.some((topic) => filter.topics.includes(topic))) return false
  if (filter.changedOnly && !row.changed) return false
  if (filter.statuses.length > 0) {
    const stated = statedStatuses(row)
    if (!filter.statuses.some((status) => stated.has(status))) return false
  }
  return query === '' || rowText(row).includes(query)
}

export function filterRows(model: ComparisonModel, filter: RowFilter): ComparisonRow[] {
  const query = normalizeForSearch(filter.query.trim())
  return model.rows.filter((row) => matches(row, filter, query))
}

export interface ColumnSummary {
  readonly version: Version
  /**
   * The version these statuses are stated against; null for states such as "unknown" or
   * "bracketed", which hold on their own.
   */
  readonly against: Version | null
  /** True for statuses found by comparing the texts with a version this one does not revise. */
  readonly derived: boolean
  readonly counts: ReadonlyArray<readonly [ClauseStatus, number]>
}

/**
 * For each column after the first, how many of the given rows have each status: relations
 * grouped by the version they are stated against (the column's base first), then states.
 */
export function summarizeRows(model: ComparisonModel, rows: readonly ComparisonRow[]): ColumnSummary[] {
  return model.versions.slice(1).flatMap((version, offset) => {
    const column = offset + 1
    const base = model.bases[column] ?? null
    const groups = new Map<string, { against: Version | null; derived: boolean; counts: Map<ClauseStatus, number> }>()
    const keyOf = (against: Version | null, derived: boolean) => `${against?.id ?? ''}|${derived}`
    groups.set(keyOf(base, false), { against: base, derived: false, counts: new Map() })
    for (const row of rows) {
      const cell = itemAt(row.cells, column)
      const against = isRelation(cell.status) ? cell.statusAgainst : null
      const key = keyOf(against, cell.statusDerived)
      const group = groups.get(key) ?? { against, derived: cell.statusDerived, counts: new Map<ClauseStatus, number>() }
      group.counts.set(cell.status, (group.counts.get(cell.status) ?? 0) + 1)
      groups.set(key, group)
    }
    const ordered = [...groups.values()].sort((a, b) => (a.against === null ? 1 : 0) - (b.against === null ? 1 : 0))
    return ordered
      .filter(({ counts }) => counts.size > 0)
      .map(({ against, derived, counts }) => ({
        version,
        against,
        derived,
        counts: CLAUSE_STATUSES.flatMap((status) => {
          const count = counts.get(status)
          return count === undefined ? [] : [[status, count] as const]
        }),
      }))
  })
}

/**
 * The rows (before the status filter) in which some column after the first states each status,
 * in status order: the summary's counts, each of which filters to exactly these rows.
 */
export function rowsByStatus(rows: readonly ComparisonRow[]): ReadonlyArray<readonly [ClauseStatus, readonly ComparisonRow[]]> {
  const byStatus = new Map<ClauseStatus, ComparisonRow[]>()
  for (const row of rows) {
    for (const status of statedStatuses(row)) {
      const matching = byStatus.get(status)
      if (matching) matching.push(row)
      else byStatus.set(status, [row])
    }
  }
  return CLAUSE_STATUSES.flatMap((status) => {
    const matching = byStatus.get(status)
    return matching ? [[status, matching] as const] : []
  })
}

/** Statuses found by comparing texts, in words that claim no lineage. */
const DERIVED_WORD: Partial<Record<ClauseStatus, string>> = {
  kept: 'Same',
  amended: 'Differ',
  added: 'Only here',
  deleted: 'Only there',
}

/**
 * One column's summary in words, as the compare view and every export state it.
 * @example summaryWords(column) // { against: ' against US 28-point', counts: '11 kept · 16 amended · 1 deleted' }
 */
export function summaryWords(column: ColumnSummary): { readonly against: string; readonly counts: string } {
  const against = column.against ? (column.derived ? ` compared by text with ${column.against.shortTitle}` : ` against ${column.against.shortTitle}`) : ''
  const counts = column.counts
    .map(([status, count]) => `${count} ${(column.derived ? (DERIVED_WORD[status] ?? STATUS_LABEL[status]) : STATUS_LABEL[status]).toLowerCase()}`)
    .join(' · ')
  return { against, counts }
}
