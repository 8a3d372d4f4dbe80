/**
 * The cell view model: for every cell of every view (compare side by side and redline, the
 * report, clause history: historyCells.ts) it decides what is shown, so the views render it and decide nothing.
 * A row is laid out before any JSX, as react-diff-view's `groupElements` does for hunks. A cell's
 * text area is decided in cellText.ts, its term lines in termCells.ts.
 */
import type { ComparisonCell, ComparisonRow } from './buildComparison.ts'
import { cellText, movedRuns, NOTHING_MOVED, textDisputes, type CellText, type DiffSide, type TextDispute } from './cellText.ts'
import { contentUnknown, isOriginalDraft, isRelation } from './clauseState.ts'
import { NO_MOVES, type MoveIndex } from './moveIndex.ts'
import { STATUS_DESCRIPTION, STATUS_LABEL } from './labels.ts'
import type { Alternative, ClauseStatus, ClauseVersion, Confidence, DisputedClaim, Lineage, Negotiation, SourceRef, TermDefinition, Version } from './model.ts'
import { termLinesFor, type TermCell, type TermLine } from './termCells.ts'

export interface StatusView {
  /** For the badge's shape and class; the words are in `label`. */
  readonly status: ClauseStatus
  /** "Amended", "Not mentioned", or for a status found by comparing texts, "Same as E3". */
  readonly label: string
  /** The version the status is stated against, when the label does not name it and the screen needs it said. */
  readonly against: string | null
  /**
   * The same on paper, which always names the version a relation is stated against, even where
   * the screen leaves it out because the other column is beside it.
   */
  readonly printedAgainst: string | null
  readonly description: string
}

export interface Evidence {
  readonly refs: readonly SourceRef[]
  readonly confidence: Confidence | null
}

export interface CellView {
  readonly key: string
  readonly version: Version
  readonly clause: ClauseVersion
  /** "Point 4" or "No number known". */
  readonly number: string
  /** The version's own heading, where it differs from the lineage's. */
  readonly title: string | null
  /** Null for a first draft, which is stated against nothing. */
  readonly status: StatusView | null
  readonly text: CellText
  /** A lead line before the text, naming what the diff is drawn against (clause history). */
  readonly textLead: string | null
  /** The clause's note, where the text area does not show it already. */
  readonly note: string | null
  /** This cell's column of the row's term lines, in the same order in every cell. */
  readonly terms: readonly { readonly term: TermDefinition; readonly cell: TermCell }[]
  /** Disagreements about the status (claims that give statuses), or about wording this cell shows no text of. */
  readonly wordingDisputes: readonly (readonly DisputedClaim[])[]
  /** Disputes about the wording or a value of the text this cell shows, to stand beside the text. */
  readonly textDisputes: readonly TextDispute[]
  readonly alternatives: readonly Alternative[]
  /** Sources that back this cell; null when nothing does (a clause that was never in this version). */
  readonly evidence: Evidence | null
  /** In the redline view: the version this cell's redline is drawn against. */
  readonly redlineAgainst: string | null
}

export interface RowLayout {
  readonly key: string
  readonly lineage: Lineage
  /** Each column's own numbering: ["US 28-point 6", "E3 6", "Geneva 19-point –", "20-point 4"]. */
  readonly numbers: readonly string[]
  readonly changed: boolean
  readonly termLines: readonly TermLine[]
  readonly cells: readonly CellView[]
}

/** A status found by comparing texts, in words that name the version compared with. */
function derivedLabel(status: ClauseStatus, against: string): string {
  return status === 'kept' ? `Same as ${against}` : status === 'amended' ? `Differs from ${against}` : status === 'added' ? `Not in ${against}` : `Only in ${against}`
}

export function statusView(cell: ComparisonCell, columns: number): StatusView | null {
  const { status, version, clause, statusAgainst } = cell
  if (cell.base === null && isOriginalDraft(clause, version)) return null
  // Only kept, amended, added and deleted are ever found by comparing texts (buildComparison's relativeStatus).
  if (cell.statusDerived && statusAgainst) {
    const against = statusAgainst.shortTitle
    return { status, label: derivedLabel(status, against), against: null, printedAgainst: null, description: `Found by comparing the texts; ${version.shortTitle} does not revise ${against}` }
  }
  // A relation is stated against a version; a state such as "bracketed" holds on its own.
  const named = isRelation(status) ? (statusAgainst?.shortTitle ?? null) : null
  // With two columns a relation against the other column needs no name on screen; otherwise always say against what.
  const obvious = columns === 2 && statusAgainst === cell.base
  return { status, label: STATUS_LABEL[status], against: obvious ? null : named, printedAgainst: named, description: STATUS_DESCRIPTION[status] }
}

interface CellOptions {
  readonly text: CellText
  readonly status: StatusView | null
  readonly termCells: readonly { readonly term: TermDefinition; readonly cell: TermCell }[]
  readonly lineageTitle: string
  readonly textLead?: string | null
  readonly redlineAgainst?: string | null
}

export function cellView(version: Version, clause: ClauseVersion, options: CellOptions, terms: readonly TermDefinition[]): CellView {
  // A clause the loader filled in has no note or sources of its own beyond "not in this version".
  const filledIn = clause.implicit && clause.status === 'absent'
  const besideText = textDisputes(clause, options.text, terms)
  return {
    key: version.id,
    version,
    clause,
    number: clause.number ? `Point ${clause.number}` : 'No number known',
    title: clause.title !== options.lineageTitle ? clause.title : null,
    status: options.status,
    text: options.text,
    textLead: options.textLead ?? null,
    note: contentUnknown(clause) || clause.implicit || !clause.note ? null : clause.note,
    terms: options.termCells,
    // A wording dispute beside the text is not repeated below it.
    wordingDisputes: clause.disputes
      .filter((dispute) => dispute.term === null && !(besideText.length > 0 && !dispute.claims.some((claim) => claim.status)))
      .map((dispute) => dispute.claims),
    textDisputes: besideText,
    alternatives: clause.alternatives,
    evidence: filledIn ? null : { refs: clause.sources, confidence: clause.confidence },
    redlineAgainst: options.redlineAgainst ?? null,
  }
}

function layout(negotiation: Negotiation, row: ComparisonRow, cellFor: (cell: ComparisonCell, index: number, lines: readonly TermLine[]) => CellView): RowLayout {
  const termLines = termLinesFor(negotiation, row)
  return {
    key: row.key,
    lineage: row.lineage,
    numbers: row.cells.map((cell) => `${cell.version.shortTitle} ${cell.clause.number ?? '–'}`),
    changed: row.changed,
    termLines,
    cells: row.cells.map((cell, index) => cellFor(cell, index, termLines)),
  }
}

const termColumn = (lines: readonly TermLine[], index: number) => lines.map((line) => ({ term: line.term, cell: line.cells[index]! }))

/** True when the next column's redline, drawn against this first column, shows every word of it. */
function foldedInto(row: ComparisonRow, index: number): string | null {
  const next = row.cells[index + 1]
  const cell = row.cells[index]!
  if (index !== 0 || !next || next.base !== cell.version || next.parts === null || cell.clause.parts.length === 0) return null
  return `${next.version.shortTitle} below`
}

/**
 * Side by side: one cell per column. With two columns the left strikes what the right removed and
 * the right underlines what it added; with more, the first column is plain and each other column
 * is a redline against its base column.
 */
export function splitLayout(negotiation: Negotiation, row: ComparisonRow, moves: MoveIndex = NO_MOVES): RowLayout {
  const twoWay = row.cells.length === 2
  return layout(negotiation, row, (cell, index, lines) => {
    // Two columns: the left draws the right's redline, before side, moved text where it left.
    const column = index === 0 && twoWay ? 1 : index
    const parts = row.cells[column]!.parts
    const side: DiffSide | 'plain' = index === 0 ? (twoWay ? 'before' : 'plain') : twoWay ? 'after' : 'redline'
    return cellView(
      cell.version,
      cell.clause,
      {
        text: cellText(cell.clause, parts, side, side === 'plain' ? NOTHING_MOVED : movedRuns(moves, row, column, parts)),
        status: statusView(cell, row.cells.length),
        termCells: termColumn(lines, index),
        lineageTitle: row.lineage.title,
      },
      negotiation.terms,
    )
  })
}

/**
 * Redline (compare's inline view and the report): the first column's details, its wording only
 * where no redline below shows it, then each other column as a redline against its base.
 */
export function redlineLayout(negotiation: Negotiation, row: ComparisonRow, moves: MoveIndex = NO_MOVES): RowLayout {
  return layout(negotiation, row, (cell, index, lines) => {
    const into = foldedInto(row, index)
    return cellView(
      cell.version,
      cell.clause,
      {
        text: into ? { kind: 'folded', into } : cellText(cell.clause, cell.parts, index === 0 ? 'plain' : 'redline', index === 0 ? NOTHING_MOVED : movedRuns(moves, row, index, cell.parts)),
        status: statusView(cell, row.cells.length),
        termCells: termColumn(lines, index),
        lineageTitle: row.lineage.title,
        redlineAgainst: cell.base?.shortTitle ?? null,
      },
      negotiation.terms,
    )
  })
}
