/**
 * What a cell's text area shows (its wording, a diff against its base with moved text cut out, or
 * words saying why there is none) and the disputes about that text, to stand beside it.
 */
import type { ComparisonRow } from './buildComparison.ts'
import type { PartDiff } from './clauseDiff.ts'
import { hasOwnText } from './clauseState.ts'
import type { RedlineToken } from './diffText.ts'
import { itemAt } from './itemAt.ts'
import { NO_MOVES, type MoveIndex } from './moveIndex.ts'
import type { ClausePart, ClauseVersion, DisputedClaim, SourceRef, TermDefinition } from './model.ts'

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

function drawsSomething(parts: readonly PartDiff[], side: DiffSide): boolean {
  return parts.some((part) => (side === 'before' ? part.kind !== 'added' : side === 'after' ? part.kind !== 'removed' : true))
}

export const NOTHING_MOVED: ReadonlyMap<string, readonly RedlineToken[]> = new Map()

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
export function movedRuns(moves: MoveIndex, row: ComparisonRow, column: number, parts: readonly PartDiff[] | null): ReadonlyMap<string, readonly RedlineToken[]> {
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
      const follows = carrying.length === 1 ? itemAt(carrying, 0) : null
      return {
        term: dispute.term === null ? null : (terms.find((term) => term.id === dispute.term) ?? null),
        follows,
        followedSources: follows ? follows.sources.filter((ref) => carriers.has(ref.source)) : [],
        others: dispute.claims.filter((claim) => claim !== follows),
      }
    })
}
