/**
 * One clause of a comparison in words, for the `ComparisonDocument`: each cell as the cell
 * model decided it (its status, text, term lines and disputes), never re-derived from the row.
 */
import type { ComparisonRow } from '../buildComparison.ts'
import type { PartDiff } from '../clauseDiff.ts'
import { redlineLayout, splitLayout, type CellView, type RowLayout } from '../cellModel.ts'
import { cellTextWords, type CellText, type TextDispute } from '../cellText.ts'
import type { ChangeFlag } from '../flagRule.ts'
import { tokensForSide, type RedlineToken } from '../diffText.ts'
import { flagSentence } from '../flagLabels.ts'
import { ORIGINAL_DRAFT, WORDING_NOT_KNOWN, confidenceLabel } from '../labels.ts'
import { describeDispute, statusLine, type StatusWords } from '../statusWords.ts'
import type { MoveIndex } from '../moveIndex.ts'
import type { ClausePart, Negotiation, SourceId, SourceRef } from '../model.ts'
import { citedNumbers, type ExportCell, type ExportClause, type ExportPart, type ExportVersion } from './comparisonDocument.ts'

function plainPart(part: ClausePart): ExportPart {
  return part.text === null ? { label: part.label ?? null, runs: [], missing: WORDING_NOT_KNOWN } : { label: part.label ?? null, runs: [{ kind: 'equal', text: part.text }], missing: null }
}

function diffPart(diff: PartDiff, moved: readonly RedlineToken[] | undefined): ExportPart {
  const label = (diff.after ?? diff.before)?.label ?? null
  if (diff.kind === 'unknown') {
    const text = diff.after?.text ?? null
    return text === null ? { label, runs: [], missing: WORDING_NOT_KNOWN } : { label, runs: [{ kind: 'equal', text }], missing: null }
  }
  return { label, runs: tokensForSide(moved ?? diff.tokens, 'redline'), missing: null }
}

/** The text area of a cell as the cell model decided it, as paragraphs and a note. */
function describeText(text: CellText): { readonly parts: readonly ExportPart[]; readonly note: string | null } {
  switch (text.kind) {
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
    default:
      return { parts: [], note: `${cellTextWords(text)} ${'note' in text ? (text.note ?? '') : ''}`.trim() }
  }
}

/**
 * Term changes against the cell's base (as on its term lines) and disputed values, in words:
 * "Army cap: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%); …)".
 */
function termLines(view: CellView): string[] {
  const lines = view.terms.flatMap(({ term, cell }) => {
    if (cell.disputed) return [`${term.label}: ${describeDispute(cell.disputed)}`]
    // Print states the whole move, where the screen's term line names only the delta beside the base's value.
    const { change } = cell
    return change && change.kind !== 'same' ? [`${term.label}: ${change.summary}${change.delta ? ` (${change.delta})` : ''}`] : []
  })
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

/** The cell model's status words, as print says them (always naming what a relation is stated against). */
function printedStatus(view: CellView): StatusWords {
  return view.status ? { label: view.status.label, against: view.status.printedAgainst } : { label: ORIGINAL_DRAFT, against: null }
}

export interface ClauseContext {
  readonly negotiation: Negotiation
  readonly versions: readonly ExportVersion[]
  readonly numbers: ReadonlyMap<SourceId, number>
  readonly moves: MoveIndex
  /** The row's flags, one list per cell; asked only of rows that changed. */
  readonly flagsOf: (row: ComparisonRow) => readonly (readonly ChangeFlag[])[]
  /** How the report lays out a clause's cells: one below another (redline) or in columns (split). */
  readonly layout: 'redline' | 'split'
}

/** A row of the comparison as a clause of the document. */
export function describeClause(row: ComparisonRow, link: string, context: ClauseContext): ExportClause {
  const { negotiation, versions, numbers, moves } = context
  // Words come from the report's and the inline view's layout: every status, redline and term line against the chosen base.
  const redline = redlineLayout(negotiation, row, moves)
  const layout: RowLayout = context.layout === 'split' ? splitLayout(negotiation, row, moves) : redline
  const rowFlags = row.changed ? context.flagsOf(row) : []
  const cells = redline.cells.map((view, index): ExportCell => {
    const cell = row.cells[index]
    const version = versions[index]
    if (!cell || !version) throw new Error(`describeClause: no column ${index} in ${row.key}`)
    const text = describeText(view.text)
    const baseIndex = cell.base ? row.cells.findIndex((other) => other.version === cell.base) : -1
    const notes = [text.note, view.note].filter((note): note is string => note !== null && note !== '')
    const statusWords = printedStatus(view)
    return {
      version,
      number: view.clause.number,
      status: statusLine(statusWords),
      statusWords,
      confidence: confidenceLabel(view.evidence?.confidence ?? null),
      redlineAgainst: view.text.kind === 'diff' ? (versions[baseIndex] ?? null) : null,
      parts: text.parts,
      note: notes.length > 0 ? notes.join(' ') : null,
      termChanges: termLines(view),
      flags: (rowFlags[index] ?? []).map((flag) => ({ ...flag, sentence: flagSentence(flag) })),
      textDisputes: view.textDisputes.map((dispute) => describeTextDispute(dispute, negotiation)),
      options: view.alternatives.map((alternative) => ({
        party: alternative.party,
        text: alternative.parts.map((part) => part.text ?? WORDING_NOT_KNOWN).join(' '),
      })),
      sources: citedNumbers([...(view.evidence?.refs ?? []), ...view.alternatives.flatMap((alternative) => alternative.sources)], numbers),
      changed: cell.changed,
    }
  })
  return { key: row.key, title: row.lineage.title, link, changed: row.changed, cells, layout }
}
