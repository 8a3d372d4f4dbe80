/**
 * The cell view model: for every cell of every view (compare side by side and redline, the
 * report, clause history: historyCells.ts) it decides what is shown, so the views render it and decide nothing.
 * A row is laid out before any JSX, as react-diff-view's `groupElements` does for hunks.
 */
import type { ComparisonCell, ComparisonRow, PartDiff } from './buildComparison.ts'
import { contentUnknown, hasOwnText, isOriginalDraft, isRelation } from './clauseState.ts'
import type { RedlineToken } from './diffText.ts'
import { NO_MOVES, type MoveIndex } from './moveIndex.ts'
import { STATUS_DESCRIPTION, STATUS_LABEL, missingTermText } from './labels.ts'
import type {
  Alternative,
  ClausePart,
  ClauseStatus,
  ClauseVersion,
  Confidence,
  DisputedClaim,
  Lineage,
  Negotiation,
  SourceRef,
  TermDefinition,
  TermValue,
  Version,
} from './model.ts'
import { describeTermValue, type TermChange } from './terms.ts'

/** Which side of a word diff a cell draws: struck deletions only, underlined insertions only, or both. */
export type DiffSide = 'before' | 'after' | 'redline'

/** What the text area of a cell shows. */
export type CellText =
  /** Nothing is known about the clause in this version; `note` says why. */
  | { readonly kind: 'unknown'; readonly note: string | null }
  /** An oral or partial account does not mention the clause: never struck, never "deleted". */
  | { readonly kind: 'not-mentioned'; readonly note: string | null }
  /** The clause was never part of this version's line. */
  | { readonly kind: 'absent' }
  /** A source reports the clause struck, and no redline against a base shows its words. */
  | { readonly kind: 'deleted' }
  /** The version changed the clause, but its new wording was never published. */
  | { readonly kind: 'unpublished' }
  | { readonly kind: 'plain'; readonly parts: readonly ClausePart[] }
  /** `moved`: for each part (by key) with moved text, its runs with the moves cut out; other parts draw `tokens`. */
  | { readonly kind: 'diff'; readonly parts: readonly PartDiff[]; readonly side: DiffSide; readonly moved: ReadonlyMap<string, readonly RedlineToken[]> }
  /** A redline beside or below shows every word of this text; `into` names it ("E3 below"). */
  | { readonly kind: 'folded'; readonly into: string }

/** A text area that shows words instead of a text of the clause's own. */
export type WordedText = Exclude<CellText, { readonly kind: 'plain' | 'diff' }>

const TEXT_WORDS: Record<Exclude<WordedText['kind'], 'folded'>, string> = {
  unknown: 'Not known.',
  // An account that does not mention a clause never strikes it.
  'not-mentioned': 'Not mentioned in the account.',
  absent: 'Not part of this version.',
  deleted: 'Struck from this version.',
  unpublished: 'Wording not published.',
}

/**
 * What a text area with no text to draw says, the same on screen and on paper; an unknown or
 * unmentioned clause's note follows these words.
 */
export function cellTextWords(text: WordedText): string {
  return text.kind === 'folded' ? `Its wording appears in the redline against it (${text.into}).` : TEXT_WORDS[text.kind]
}

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

/** One term in one version, with the change against the cell's base. */
export interface TermCell {
  /** The value in plain words ("800,000, in peacetime"), or why there is none. */
  readonly text: string
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'unknown' | 'own'
  /** How it compares with the base: "+200,000 (+33%); at all times → in peacetime", "same as US 28". */
  readonly comparison: string | null
  /** The change against the base, for print to state in full; null with no base. */
  readonly change: TermChange | null
  /** Set when sources disagree about this value: each claim with its sources. */
  readonly disputed: readonly DisputedClaim[] | null
}

/** A term line: one term in the negotiation's order, one cell per column. */
export interface TermLine {
  readonly term: TermDefinition
  readonly cells: readonly TermCell[]
}

/**
 * A text whose wording or value the sources disagree about, shown beside the text so that the
 * redline does not look settled: which claim the wording follows (by the sources recorded as
 * carrying it), and the claims that differ.
 */
export interface TextDispute {
  /** The term the claims are about; null for the wording itself. */
  readonly term: TermDefinition | null
  /** The claim the shown wording follows; null when the sources carrying it are on more than one side. */
  readonly follows: DisputedClaim | null
  /** Of the followed claim's sources, those recorded as carrying this wording: the report it follows. */
  readonly followedSources: readonly SourceRef[]
  /** The claims the wording does not follow (every claim when it follows none). */
  readonly others: readonly DisputedClaim[]
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

function ownTermText(definition: TermDefinition, clause: ClauseVersion): string {
  const value = clause.terms.find((candidate) => candidate.term === definition.id)
  if (value) return describeTermValue(definition, value)
  if (clause.alternatives.some((alternative) => alternative.terms.some((candidate) => candidate.term === definition.id))) {
    return 'Not agreed: see the rival options'
  }
  return missingTermText(clause)
}

export function termCell(definition: TermDefinition, cell: ComparisonCell): TermCell {
  const disputed = cell.clause.disputes.find((dispute) => dispute.term === definition.id)?.claims ?? null
  const text = ownTermText(definition, cell.clause)
  const change: TermChange | undefined = cell.terms.find((candidate) => candidate.definition.id === definition.id)
  if (cell.base === null || change === undefined) return { text, kind: 'own', comparison: null, change: null, disputed }
  const base = cell.base.shortTitle
  const view = (kind: TermCell['kind'], comparison: string | null): TermCell => ({ text, kind, comparison, change, disputed })
  switch (change.kind) {
    case 'same':
      return view('same', `same as ${base}`)
    // The base column shows its own value on the same line, so a change names the base, not its value.
    case 'changed':
      return view('changed', change.delta ? `${change.delta} against ${base}` : `changed from ${base}`)
    case 'added':
      return view('added', `not in ${base}`)
    case 'removed':
      return view('removed', `in ${base}, not in this text`)
    case 'unknown': {
      const known = (value: TermValue | undefined) => value !== undefined && value.kind !== 'unknown'
      return view('unknown', known(change.to) && !known(change.from) ? `not known in ${base}` : null)
    }
  }
}

/** Every term any cell of the row carries (its own value or a rival option's), in the negotiation's order. */
function rowTerms(negotiation: Negotiation, row: ComparisonRow): TermDefinition[] {
  const carried = new Set<string>()
  for (const { clause } of row.cells) {
    for (const value of clause.terms) carried.add(value.term)
    for (const alternative of clause.alternatives) for (const value of alternative.terms) carried.add(value.term)
  }
  return negotiation.terms.filter((term) => term.clause === row.lineage.id && carried.has(term.id))
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

function drawsSomething(parts: readonly PartDiff[], side: DiffSide): boolean {
  return parts.some((part) => (side === 'before' ? part.kind !== 'added' : side === 'after' ? part.kind !== 'removed' : true))
}

const NOTHING_MOVED: ReadonlyMap<string, readonly RedlineToken[]> = new Map()

export function cellText(
  clause: ClauseVersion,
  parts: readonly PartDiff[] | null,
  side: DiffSide | 'plain',
  moved: ReadonlyMap<string, readonly RedlineToken[]> = NOTHING_MOVED,
): CellText {
  if (clause.status === 'unknown') return { kind: 'unknown', note: clause.note ?? null }
  if (clause.status === 'not-mentioned') return { kind: 'not-mentioned', note: clause.note ?? null }
  if (clause.status === 'absent') return { kind: 'absent' }
  if (parts && side !== 'plain' && drawsSomething(parts, side)) return { kind: 'diff', parts, side, moved }
  if (clause.status === 'deleted') return { kind: 'deleted' }
  if (clause.parts.length === 0) return { kind: 'unpublished' }
  return { kind: 'plain', parts: clause.parts }
}

/** The runs of each part of a column's redline that has moved text, with the moves cut out. */
function movedRuns(moves: MoveIndex, row: ComparisonRow, column: number, parts: readonly PartDiff[] | null): ReadonlyMap<string, readonly RedlineToken[]> {
  if (parts === null || moves === NO_MOVES) return NOTHING_MOVED
  const result = new Map<string, readonly RedlineToken[]>()
  for (const diff of parts) {
    const runs = moves.runs(row, column, diff)
    if (runs) result.set(diff.key, runs)
  }
  return result.size > 0 ? result : NOTHING_MOVED
}

const carriesWording = (ref: SourceRef, keys: ReadonlySet<string>) => ref.attests === 'all' || (ref.attests ?? []).some((key) => keys.has(key))

/**
 * The disputes about the text a cell shows (its wording, or a value its wording states), each
 * with the claim the wording follows: the one claim citing the sources recorded as carrying it.
 */
export function textDisputes(clause: ClauseVersion, text: CellText, terms: readonly TermDefinition[]): TextDispute[] {
  if ((text.kind !== 'plain' && text.kind !== 'diff') || !hasOwnText(clause)) return []
  const keys = new Set(clause.parts.filter((part) => part.text !== null).map((part) => part.key))
  if (keys.size === 0) return []
  const carriers = new Set(clause.sources.filter((ref) => carriesWording(ref, keys)).map((ref) => ref.source))
  return clause.disputes
    .filter((dispute) => !dispute.claims.some((claim) => claim.status))
    .map((dispute) => {
      const carrying = dispute.claims.filter((claim) => claim.sources.some((ref) => carriers.has(ref.source)))
      const follows = carrying.length === 1 ? carrying[0]! : null
      return {
        term: dispute.term === null ? null : (terms.find((term) => term.id === dispute.term) ?? null),
        follows,
        followedSources: follows ? follows.sources.filter((ref) => carriers.has(ref.source)) : [],
        others: dispute.claims.filter((claim) => claim !== follows),
      }
    })
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

function termLinesFor(negotiation: Negotiation, row: ComparisonRow): TermLine[] {
  return rowTerms(negotiation, row).map((term) => ({ term, cells: row.cells.map((cell) => termCell(term, cell)) }))
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
