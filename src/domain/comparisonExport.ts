/**
 * The one adapter between the comparison model and every document export (Markdown, email,
 * Word): a plain description of what the compare view shows, in the words the UI uses. The
 * exporters read only this, so pointing them at another comparison model means changing
 * `describeComparison` alone.
 */
import type { ComparisonModel, ComparisonRow, PartDiff } from './buildComparison.ts'
import { isRelation } from './clauseState.ts'
import { tokensForSide, type DiffIgnore, type DiffToken } from './diffText.ts'
import { summarizeRows } from './filterRows.ts'
import { CONFIDENCE_LABEL, STATUS_LABEL, TEXT_KNOWN_LABEL, citeSource, formatDate, statusWords, type Citation } from './labels.ts'
import { buildMatrix } from './matrix.ts'
import type { ClausePart, Negotiation, SourceRef, VersionId } from './model.ts'
import { numberReferences } from './references.ts'

export interface ExportVersion {
  readonly id: string
  readonly title: string
  readonly shortTitle: string
  /** For reading: "23 Nov 2025". */
  readonly date: string
  /** ISO, `YYYY-MM-DD`. */
  readonly isoDate: string
  readonly drafters: string
  readonly textKnown: string
}

/** One paragraph of a clause: its label ("a") and its runs, marked against the previous column or plain. */
export interface ExportPart {
  readonly label: string | null
  readonly runs: readonly DiffToken[]
  /** Said instead of runs when the wording is not known ("Wording not known"). */
  readonly missing: string | null
}

export interface ExportCell {
  readonly version: ExportVersion
  readonly number: string | null
  /** The status in the UI's words, with the version it is stated against: "Amended vs US 28-point". */
  readonly status: string
  readonly confidence: string
  /** The text as a redline against the previous column, or plain (first column, or nothing to diff against). */
  readonly redlineAgainst: ExportVersion | null
  readonly parts: readonly ExportPart[]
  readonly note: string | null
  /** Term changes against the previous column in words: "Army cap: 600,000 → 800,000 (+200,000 (+33%))". */
  readonly termChanges: readonly string[]
  /** Rival options tabled by the parties, when the clause is not agreed. */
  readonly options: readonly { readonly party: string; readonly text: string }[]
  readonly sources: readonly number[]
  readonly changed: boolean
}

export interface ExportClause {
  readonly key: string
  readonly title: string
  readonly link: string
  readonly changed: boolean
  readonly cells: readonly ExportCell[]
}

export interface ExportTermRow {
  readonly label: string
  /** One value per version, in column order, with " (changed: +200,000 (+33%))" where it moved from the base. */
  readonly values: readonly string[]
  readonly disputed: boolean
}

export interface ExportReference {
  readonly number: number
  readonly citation: Citation
  readonly title: string
}

export interface ComparisonDocument {
  readonly title: string
  readonly negotiation: string
  readonly versions: readonly ExportVersion[]
  readonly filters: string
  readonly generatedAt: string
  readonly permalink: string
  /** True when links are routes to add to wherever the app is served. */
  readonly linksRelative: boolean
  readonly shown: number
  readonly total: number
  /** One line per column: "E3 against US 28-point: 11 kept · 16 amended · 1 deleted". */
  readonly summary: readonly string[]
  readonly termsBase: string
  readonly terms: readonly ExportTermRow[]
  readonly clauses: readonly ExportClause[]
  readonly references: readonly ExportReference[]
}

export interface DescribeOptions {
  /** What the filters leave in, in words ("topics: NATO; only clauses that changed"). */
  readonly filters: string
  readonly permalink: string
  readonly clauseLink: (clause: string) => string
  readonly linksRelative: boolean
  readonly generatedAt: Date
}

function plainRuns(text: string): DiffToken[] {
  return [{ kind: 'equal', text }]
}

function plainPart(part: ClausePart): ExportPart {
  return part.text === null ? { label: part.label ?? null, runs: [], missing: 'Wording not known' } : { label: part.label ?? null, runs: plainRuns(part.text), missing: null }
}

function diffPart(diff: PartDiff): ExportPart {
  const labelled = diff.after ?? diff.before!
  if (diff.kind === 'unknown') {
    const text = diff.after?.text ?? null
    return text === null
      ? { label: labelled.label ?? null, runs: [], missing: 'Wording not known' }
      : { label: labelled.label ?? null, runs: plainRuns(text), missing: null }
  }
  return { label: labelled.label ?? null, runs: tokensForSide(diff.tokens, 'redline'), missing: null }
}

function citedNumbers(refs: readonly SourceRef[], numbers: ReadonlyMap<string, number>): number[] {
  return [...new Set(refs.flatMap((ref) => numbers.get(ref.source) ?? []))].sort((a, b) => a - b)
}

function describeRow(row: ComparisonRow, versions: readonly ExportVersion[], negotiation: Negotiation, numbers: ReadonlyMap<string, number>, link: string): ExportClause {
  const cells = row.cells.map((cell, index): ExportCell => {
    const { clause, version } = cell
    const previous = row.cells[index - 1]
    const words = index === 0 ? statusWords(clause, version, negotiation.versions) : null
    // States such as "bracketed" hold on their own; only relations (kept, amended…) name a comparison.
    const against = words ? words.against?.shortTitle : (cell.statusAgainst ?? (isRelation(cell.status) ? previous!.version : null))?.shortTitle
    const label = words ? words.label : STATUS_LABEL[cell.status]
    const redline = cell.parts !== null && previous !== undefined
    // The next column's redline shows every word of this text, struck, plain or added: print it once, there.
    const folded = index === 0 && (row.cells[1]?.parts ?? null) !== null && clause.parts.length > 0
    return {
      version: versions[index]!,
      number: clause.number,
      status: against ? `${label} vs ${against}` : label,
      confidence: clause.confidence ? CONFIDENCE_LABEL[clause.confidence] : 'Content not known',
      redlineAgainst: redline ? versions[index - 1]! : null,
      parts: redline ? cell.parts!.map(diffPart) : folded || clause.status === 'unknown' || clause.status === 'absent' ? [] : clause.parts.map(plainPart),
      note: clause.status === 'unknown' ? `Not known. ${clause.note ?? ''}`.trim() : clause.status === 'absent' ? 'Not part of this version.' : (clause.note ?? null),
      termChanges: cell.terms
        .filter((term) => term.kind !== 'same')
        .map((term) => `${term.definition.label}: ${term.summary}${term.delta ? ` (${term.delta})` : ''}`),
      options: clause.alternatives.map((alternative) => ({
        party: alternative.party,
        text: alternative.parts.map((part) => part.text ?? 'Wording not known').join(' '),
      })),
      sources: citedNumbers([...clause.sources, ...clause.alternatives.flatMap((alternative) => alternative.sources)], numbers),
      changed: cell.changed,
    }
  })
  return { key: row.key, title: row.lineage.title, link, changed: row.changed, cells }
}

const IGNORE_WORDS: Record<DiffIgnore, string> = { case: 'case', punct: 'punctuation', space: 'spacing' }

/**
 * What the filters leave in, in words.
 * @example describeFilters({ topics: ['nato'], changed: true, query: '' }, negotiation) // 'topics: NATO; only clauses that changed'
 */
export function describeFilters(
  filter: { readonly topics: readonly string[]; readonly changed: boolean; readonly query: string; readonly ignore?: readonly DiffIgnore[] },
  negotiation: Negotiation,
): string {
  const parts: string[] = []
  if (filter.topics.length > 0) {
    const labels = negotiation.topics.filter((topic) => filter.topics.includes(topic.id)).map((topic) => topic.label)
    parts.push(`topics: ${labels.join(', ')}`)
  }
  if (filter.changed) parts.push('only clauses that changed')
  if (filter.query) parts.push(`search: “${filter.query}”`)
  if (filter.ignore && filter.ignore.length > 0) parts.push(`ignoring differences in ${filter.ignore.map((item) => IGNORE_WORDS[item]).join(', ')}`)
  return parts.length > 0 ? parts.join('; ') : 'none (every clause)'
}

/** Describes the comparison as shown (the given rows, after the filters) for the exporters. */
export function describeComparison(negotiation: Negotiation, model: ComparisonModel, rows: readonly ComparisonRow[], options: DescribeOptions): ComparisonDocument {
  const versions = model.versions.map((version) => ({
    id: version.id,
    title: version.title,
    shortTitle: version.shortTitle,
    date: formatDate(version.date),
    isoDate: version.date,
    drafters: version.drafters,
    textKnown: TEXT_KNOWN_LABEL[version.textKnown],
  }))
  const numbers = numberReferences(model.versions, rows)
  const matrix = buildMatrix(negotiation, model.versions.map((version) => version.id as VersionId), model.versions[0]!.id)
  const shownClauses = new Set(rows.map((row) => row.key as string))
  const terms = matrix.rows
    .filter((row) => shownClauses.has(row.lineage.id) && [...row.cells.values()].some((cell) => cell.value || cell.options.length > 0))
    .map((row) => {
      const cells = matrix.versions.map((version) => row.cells.get(version.id)!)
      return {
        label: row.term.label,
        values: cells.map((cell) => `${cell.text}${cell.changed ? ` (changed${cell.versusBase?.delta ? `: ${cell.versusBase.delta}` : ''})` : ''}`),
        disputed: cells.some((cell) => cell.options.length > 0),
      }
    })
  const summary = summarizeRows(model, rows).map(
    (column) =>
      `${column.version.shortTitle}${column.against ? ` against ${column.against.shortTitle}` : ''}: ${column.counts.map(([status, count]) => `${count} ${STATUS_LABEL[status].toLowerCase()}`).join(' · ')}`,
  )
  const iso = options.generatedAt.toISOString()
  return {
    title: `Comparison: ${model.versions.map((version) => version.shortTitle).join(' → ')}`,
    negotiation: negotiation.title,
    versions,
    filters: options.filters,
    generatedAt: `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`,
    permalink: options.permalink,
    linksRelative: options.linksRelative,
    shown: rows.length,
    total: model.rows.length,
    summary,
    termsBase: matrix.base.shortTitle,
    terms,
    clauses: rows.map((row) => describeRow(row, versions, negotiation, numbers, options.clauseLink(row.key))),
    references: [...numbers.entries()].map(([id, number]) => {
      const source = negotiation.sources.get(id)!
      return { number, citation: citeSource(source), title: source.title }
    }),
  }
}
