/**
 * The comparison as a document: the one model the printable report and every export (Markdown,
 * Word, the email summary) render, section by section: cover, summary, key changes, contested
 * terms, clauses, references. Every word in it is the cell model's or the labels'; the renderers
 * only lay it out. `describeComparison` (describeComparison.ts) builds it.
 */
import type { RowLayout } from '../cellModel.ts'
import type { ChangeFlag } from '../flagRule.ts'
import type { RedlineToken } from '../diffText.ts'
import type { ClauseStatus, SourceId } from '../model.ts'
import type { StatusWords } from '../statusWords.ts'
import type { SourceCitation } from '../sourceCitation.ts'

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
  /** Where and how the text was published. */
  readonly publication: string
}

/** One paragraph of a clause: its label ("a") and its runs, marked against the previous column or plain; moved runs say where they went or came from. */
export interface ExportPart {
  readonly label: string | null
  readonly runs: readonly RedlineToken[]
  /** Said instead of runs when the wording is not known ("Wording not known"). */
  readonly missing: string | null
}

/** A substantive-change flag, with the sentence the files print. */
export interface ExportFlag extends ChangeFlag {
  /** "Number changed: “600,000” → “800,000”". */
  readonly sentence: string
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
  /** Term changes against the base column and disputed values, in words: "Army cap: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%); …)". */
  readonly termChanges: readonly string[]
  /** Substantive-change flags against the base column. */
  readonly flags: readonly ExportFlag[]
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
  /** Each cell in words, from the redline layout: every status, redline and term line against the chosen base. */
  readonly cells: readonly ExportCell[]
  /** The cells as the report draws them (its layout: redline, or side by side in columns), one per cell above. */
  readonly layout: RowLayout
}

/** One value of a contested term: its words, and how it moved from the base ("changed: +200,000 (+33%)"). */
export interface ExportTermValue {
  readonly text: string
  readonly change: string | null
}

export interface ExportTermRow {
  readonly id: string
  readonly label: string
  /** One value per version, in column order. */
  readonly values: readonly ExportTermValue[]
  readonly disputed: boolean
}

/** One row of the status counts: a column, against what its statuses are stated, and a count per status. */
export interface ExportStatusCounts {
  readonly key: string
  /** "E3 vs US 28-point", "E3 compared by text with Geneva 19-point", "E3 (states)". */
  readonly heading: string
  readonly counts: readonly { readonly status: ClauseStatus; readonly count: number }[]
}

export interface ExportReference {
  readonly id: SourceId
  readonly number: number
  readonly citation: SourceCitation
  readonly title: string
}

/** Where a document links to. */
export interface DocumentLinks {
  /** The absolute link that reproduces the document (or a route, see `linksRelative`). */
  readonly permalink: string
  /** A clause's link in the comparison. */
  readonly clauseLink: (clause: string) => string
  /** True when the published address is not set, so links are routes to add to wherever the app is served. */
  readonly linksRelative: boolean
}

export interface ComparisonDocument {
  /** The columns in order: "US 28-point → E3". */
  readonly columns: string
  /** "Comparison: US 28-point → E3". */
  readonly title: string
  readonly negotiation: string
  readonly versions: readonly ExportVersion[]
  readonly filters: string
  /** "2 Jan 2026, 10:30 UTC". */
  readonly generatedAt: string
  readonly permalink: string
  /** True when links are routes to add to wherever the app is served. */
  readonly linksRelative: boolean
  /** True when every version is an own draft: the texts are the drafts' own wording, not our paraphrases. */
  readonly ownDrafts: boolean
  readonly shown: number
  readonly total: number
  /** What each column after the first is compared with, in words ("each version against the first column"). */
  readonly base: string
  /** The same, naming the columns: "E3 and 20-point against US 28-point". */
  readonly comparedWith: string
  /** One line per column: "E3 against US 28-point: 11 kept · 16 amended · 1 deleted". */
  readonly summary: readonly string[]
  /** The same counts as a table, every status in the model's order. */
  readonly statusCounts: readonly ExportStatusCounts[]
  /** Flagged cells by kind, one line each: "Numbers and dates: 3 (Size of Ukraine's armed forces, …)"; empty when none. */
  readonly keyChanges: readonly string[]
  readonly termsBase: string
  readonly terms: readonly ExportTermRow[]
  readonly clauses: readonly ExportClause[]
  readonly references: readonly ExportReference[]
  /** Each cited source's reference number, for citations in the text: "[3]". */
  readonly referenceNumbers: ReadonlyMap<SourceId, number>
}

/** A table for a file: a header row, then the rows, every cell plain text. */
export interface DocumentTable {
  readonly header: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

/** The versions compared, as a file's table. */
export function versionsTable(doc: ComparisonDocument): DocumentTable {
  return {
    header: ['Version', 'Date', 'Drafters', 'How its text is known'],
    rows: doc.versions.map((version) => [`${version.title} (${version.id})`, version.date, version.drafters, version.textKnown]),
  }
}

/** The contested terms as a file's table, each value with its change: "800,000, in peacetime (changed: +200,000 (+33%))". */
export function termsTable(doc: ComparisonDocument): DocumentTable {
  return {
    header: ['Term', ...doc.versions.map((version) => version.shortTitle)],
    rows: doc.terms.map((term) => [`${term.label}${term.disputed ? ' (disputed)' : ''}`, ...term.values.map((value) => (value.change ? `${value.text} (${value.change})` : value.text))]),
  }
}

/** The reference numbers of the given sources, each once, in order. */
export function citedNumbers(refs: readonly { readonly source: SourceId }[], numbers: ReadonlyMap<SourceId, number>): number[] {
  return [...new Set(refs.flatMap((ref) => numbers.get(ref.source) ?? []))].sort((a, b) => a - b)
}
