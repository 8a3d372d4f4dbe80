/**
 * The one adapter between the comparison model and every document export (Markdown, email,
 * Word): a plain description of what the compare view shows, in the words the UI uses. The
 * exporters read only this, so pointing them at another comparison model means changing
 * `describeComparison` alone.
 */
import type { ComparisonCell, ComparisonModel, ComparisonRow, PartDiff } from '../buildComparison.ts'
import { isRelation } from '../clauseState.ts'
import { redlineLayout, type CellText, type CellView, type TextDispute } from '../cellModel.ts'
import { tokensForSide, type DiffIgnore, type DiffToken, type RedlineToken } from '../diffText.ts'
import type { MoveIndex } from '../moveIndex.ts'
import { findMoves } from '../moves.ts'
import { summarizeRows, summaryWords } from '../filterRows.ts'
import { CONFIDENCE_LABEL, ORIGINAL_DRAFT, STATUS_LABEL, textKnownLabel, describeDispute, formatDate, ownDraftsOnly, statusLine, type StatusWords } from '../labels.ts'
import { buildMatrix } from '../matrix.ts'
import { flagRow, flagSentence } from '../changeFlags.ts'
import type { FlagKind } from '../flagKinds.ts'
import { FLAG_KIND_LABEL } from '../flagLabels.ts'
import { FLAG_KINDS } from '../flagKinds.ts'
import type { ClausePart, ClauseStatus, Negotiation, SourceRef, VersionId } from '../model.ts'
import { numberReferences } from '../references.ts'
import { citeSource, type SourceCitation } from '../sourceCitation.ts'

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

/** One paragraph of a clause: its label ("a") and its runs, marked against the previous column or plain; moved runs say where they went or came from. */
export interface ExportPart {
  readonly label: string | null
  readonly runs: readonly RedlineToken[]
  /** Said instead of runs when the wording is not known ("Wording not known"). */
  readonly missing: string | null
}

export interface ExportCell {
  readonly version: ExportVersion
  readonly number: string | null
  /** The status in the UI's words (the cell model's), with the version it is stated against: "Amended (vs US 28-point)". */
  readonly status: string
  /** The same, in its two parts: "Amended", and "US 28-point" (null for a first draft's clause). */
  readonly statusWords: StatusWords
  readonly confidence: string
  /** The text as a redline against this column's base (the chosen base), or plain (first column, or nothing to diff against). */
  readonly redlineAgainst: ExportVersion | null
  readonly parts: readonly ExportPart[]
  readonly note: string | null
  /** Term changes against the base column and disputed values, in words: "Army cap: 800,000, in peacetime (+200,000 (+33%) against US 28)". */
  readonly termChanges: readonly string[]
  /** Substantive-change flags against the base column, as sentences: "Number changed: “600,000” → “800,000”". */
  readonly flags: readonly { readonly kind: FlagKind; readonly sentence: string }[]
  /** Beside a disputed text, in words: which report its wording follows and what the others say. */
  readonly textDisputes: readonly string[]
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
  readonly citation: SourceCitation
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
  /** True when every version is an own draft: the texts are the drafts' own wording, not our paraphrases. */
  readonly ownDrafts: boolean
  readonly shown: number
  readonly total: number
  /** What each column after the first is compared with, in words. */
  readonly base: string
  /** One line per column: "E3 against US 28-point: 11 kept · 16 amended · 1 deleted". */
  readonly summary: readonly string[]
  /** Flagged cells by kind, one line each: "Numbers and dates: 3 (Size of Ukraine's armed forces, …)"; empty when none. */
  readonly keyChanges: readonly string[]
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

function diffPart(diff: PartDiff, moved: readonly RedlineToken[] | undefined): ExportPart {
  const labelled = diff.after ?? diff.before!
  if (diff.kind === 'unknown') {
    const text = diff.after?.text ?? null
    return text === null
      ? { label: labelled.label ?? null, runs: [], missing: 'Wording not known' }
      : { label: labelled.label ?? null, runs: plainRuns(text), missing: null }
  }
  return { label: labelled.label ?? null, runs: tokensForSide(moved ?? diff.tokens, 'redline'), missing: null }
}

function citedNumbers(refs: readonly SourceRef[], numbers: ReadonlyMap<string, number>): number[] {
  return [...new Set(refs.flatMap((ref) => numbers.get(ref.source) ?? []))].sort((a, b) => a - b)
}

/** The text area of a cell as the cell model decided it, as paragraphs and a note. */
function describeText(text: CellText): { readonly parts: readonly ExportPart[]; readonly note: string | null } {
  switch (text.kind) {
    case 'unknown':
      return { parts: [], note: `Not known. ${text.note ?? ''}`.trim() }
    // An account that does not mention a clause never strikes it.
    case 'not-mentioned':
      return { parts: [], note: `Not mentioned in the account. ${text.note ?? ''}`.trim() }
    case 'absent':
      return { parts: [], note: 'Not part of this version.' }
    case 'deleted':
      return { parts: [], note: 'Struck from this version.' }
    case 'unpublished':
      return { parts: [], note: 'Wording not published.' }
    // The redline below shows every word of this text, struck, plain or added: it is printed once, there.
    case 'folded':
      return { parts: [], note: null }
    case 'plain':
      return { parts: text.parts.map(plainPart), note: null }
    case 'diff':
      return {
        parts: text.parts.map((diff) => {
          const part = diffPart(diff, text.moved.get(diff.key))
          return part.missing ? part : { ...part, runs: tokensForSide(part.runs, text.side) }
        }),
        note: null,
      }
  }
}

/**
 * Term changes against the cell's base (the chosen base, as on its term lines) and disputed
 * values, in words: "Army cap: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%))".
 */
function termLines(view: CellView, cell: ComparisonCell): string[] {
  const lines: string[] = []
  for (const { term, cell: termCell } of view.terms) {
    if (termCell.disputed) {
      lines.push(`${term.label}: ${describeDispute(termCell.disputed)}`)
      continue
    }
    const change = cell.base ? cell.terms.find((candidate) => candidate.definition.id === term.id) : undefined
    if (change && change.kind !== 'same') lines.push(`${term.label}: ${change.summary}${change.delta ? ` (${change.delta})` : ''}`)
  }
  for (const claims of view.wordingDisputes) lines.push(`${claims.some((claim) => claim.status) ? 'Status' : 'Wording'}: ${describeDispute(claims)}`)
  return lines
}

/** Publishers, with whom they cite: "Kyiv Independent, citing Financial Times; ABC". */
function publishers(refs: readonly SourceRef[], negotiation: Negotiation): string {
  return refs
    .flatMap((ref) => {
      const source = negotiation.sources.get(ref.source)
      return source ? [`${source.publisher}${source.citing ? `, citing ${source.citing}` : ''}`] : []
    })
    .join('; ')
}

/** A text dispute in the words the cell shows beside the text. */
function describeTextDispute(dispute: TextDispute, negotiation: Negotiation): string {
  const others = dispute.others.map((claim) => `${claim.claim} (${publishers(claim.sources, negotiation)})`).join(' / ')
  const about = dispute.term ? ` (${dispute.term.label.toLowerCase()})` : ''
  if (!dispute.follows) return `Not settled${about}: the sources that carry this wording differ, and it follows none of them alone: ${others}`
  const by = `${dispute.followedSources.length === 1 ? 'one report, by' : 'the reports by'} ${publishers(dispute.followedSources, negotiation)}`
  return `Not settled${about}: this wording follows ${by}: ${dispute.follows.claim}. Other reports differ: ${others}`
}

/**
 * The cell model's status words; on paper a relation always names what it is stated against,
 * even where the screen leaves it out because the other column is beside it.
 */
function statusOf(view: CellView, cell: ComparisonCell): StatusWords {
  if (!view.status) return { label: ORIGINAL_DRAFT, against: null }
  const named = view.status.against ?? (isRelation(cell.status) && !cell.statusDerived ? (cell.statusAgainst?.shortTitle ?? null) : null)
  return { label: view.status.label, against: named }
}

function describeRow(
  row: ComparisonRow,
  versions: readonly ExportVersion[],
  negotiation: Negotiation,
  numbers: ReadonlyMap<string, number>,
  link: string,
  moves: MoveIndex,
): ExportClause {
  // The report's and the inline view's layout: every status, redline and term line against the chosen base.
  const layout = redlineLayout(negotiation, row, moves)
  const rowFlags = row.changed ? flagRow(row) : []
  const cells = layout.cells.map((view, index): ExportCell => {
    const cell = row.cells[index]!
    const { clause } = view
    const text = describeText(view.text)
    const baseIndex = cell.base ? row.cells.findIndex((other) => other.version === cell.base) : -1
    const notes = [text.note, view.note].filter((note): note is string => note !== null && note !== '')
    return {
      version: versions[index]!,
      number: clause.number,
      status: statusLine(statusOf(view, cell)),
      statusWords: statusOf(view, cell),
      confidence: view.evidence?.confidence ? CONFIDENCE_LABEL[view.evidence.confidence] : 'Content not known',
      redlineAgainst: view.text.kind === 'diff' && baseIndex >= 0 ? versions[baseIndex]! : null,
      parts: text.parts,
      note: notes.length > 0 ? notes.join(' ') : null,
      termChanges: termLines(view, cell),
      flags: (rowFlags[index] ?? []).map((flag) => ({ kind: flag.kind, sentence: flagSentence(flag) })),
      textDisputes: view.textDisputes.map((dispute) => describeTextDispute(dispute, negotiation)),
      options: view.alternatives.map((alternative) => ({
        party: alternative.party,
        text: alternative.parts.map((part) => part.text ?? 'Wording not known').join(' '),
      })),
      sources: citedNumbers([...(view.evidence?.refs ?? []), ...clause.alternatives.flatMap((alternative) => alternative.sources)], numbers),
      changed: cell.changed,
    }
  })
  return { key: row.key, title: row.lineage.title, link, changed: row.changed, cells }
}

const BASE_WORDS: Record<ComparisonModel['base'], string> = {
  first: 'each version against the first column',
  previous: 'each version against the column before it',
  own: 'each version against the version it revises',
}

const IGNORE_WORDS: Record<DiffIgnore, string> = { case: 'case', punct: 'punctuation', space: 'spacing' }

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
  if (filter.statuses && filter.statuses.length > 0) {
    parts.push(`statuses: ${filter.statuses.map((status) => STATUS_LABEL[status as ClauseStatus]?.toLowerCase() ?? status).join(', ')}`)
  }
  if (filter.query) parts.push(`search: “${filter.query}”`)
  if (filter.flags && filter.flags.length > 0) parts.push(`only clauses flagged for ${filter.flags.map((kind) => FLAG_KIND_LABEL[kind].toLowerCase()).join(', ')}`)
  if (filter.ignore && filter.ignore.length > 0) parts.push(`ignoring differences in ${filter.ignore.map((item) => IGNORE_WORDS[item]).join(', ')}`)
  return parts.length > 0 ? parts.join('; ') : 'none (every clause)'
}

/** Flagged cells by kind, in the kinds' order, naming the clauses: the exports' "Key changes". */
function keyChangeLines(clauses: readonly ExportClause[]): string[] {
  return FLAG_KINDS.flatMap((kind) => {
    const titles = clauses.flatMap((clause) => clause.cells.filter((cell) => cell.flags.some((flag) => flag.kind === kind)).map(() => clause.title))
    return titles.length > 0 ? [`${FLAG_KIND_LABEL[kind]}: ${titles.length} (${[...new Set(titles)].join(', ')})`] : []
  })
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
    textKnown: textKnownLabel(version),
  }))
  const numbers = numberReferences(model.versions, rows)
  const moves = findMoves(model)
  const matrix = buildMatrix(negotiation, model.versions.map((version) => version.id as VersionId), model.versions[0]!.id)
  const shownClauses = new Set(rows.map((row) => row.key as string))
  const terms = matrix.rows
    .filter((row) => shownClauses.has(row.lineage.id) && [...row.cells.values()].some((cell) => cell.value || cell.options.length > 0))
    .map((row) => {
      const cells = matrix.versions.map((version) => row.cells.get(version.id)!)
      return {
        label: row.term.label,
        values: cells.map((cell) => `${cell.text}${cell.changed ? ` (changed${cell.versusBase?.delta ? `: ${cell.versusBase.delta}` : ''})` : ''}`),
        disputed: cells.some((cell) => cell.disputed !== null),
      }
    })
  const summary = summarizeRows(model, rows).map((column) => {
    const words = summaryWords(column)
    return `${column.version.shortTitle}${words.against}: ${words.counts}`
  })
  const clauses = rows.map((row) => describeRow(row, versions, negotiation, numbers, options.clauseLink(row.key), moves))
  const iso = options.generatedAt.toISOString()
  return {
    title: `Comparison: ${model.versions.map((version) => version.shortTitle).join(' → ')}`,
    negotiation: negotiation.title,
    versions,
    filters: options.filters,
    generatedAt: `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`,
    permalink: options.permalink,
    linksRelative: options.linksRelative,
    ownDrafts: ownDraftsOnly(model.versions),
    base: BASE_WORDS[model.base],
    shown: rows.length,
    total: model.rows.length,
    summary,
    keyChanges: keyChangeLines(clauses),
    termsBase: matrix.base.shortTitle,
    terms,
    clauses,
    references: [...numbers.entries()].map(([id, number]) => {
      const source = negotiation.sources.get(id)!
      return { number, citation: citeSource(source), title: source.title }
    }),
  }
}
