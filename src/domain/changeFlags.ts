/**
 * Substantive-change flags for a change, a cell, a row and a whole comparison: rules that read a
 * clause's word diff and say, in words, which edits may shift what the text commits anyone to (an
 * obligation weakened, a negation added, a number changed, a party named or dropped, a condition
 * added, a scope word). Deterministic and local: word lists and the diff, nothing learned, nothing
 * sent anywhere. Measured against hand labels by `npm run eval:flags` (eval/flags).
 *
 * Two readings, by kind:
 * - numbers, parties and conditions compare the two wordings whole (wordingFlags.ts): a figure,
 *   party or condition found in one and not the other is flagged, wherever it sits;
 * - obligation, negation and scope look at each small edit, a run of removed and added words
 *   (editFlags.ts): "will" → "may" weakens an obligation, but a new sentence that happens to hold
 *   "may" is a new provision, not a weakened one, and is left to the redline.
 */
import type { ComparisonCell, ComparisonModel, ComparisonRow } from './buildComparison.ts'
import { runToEnd } from './steps.ts'
import { diffText, type DiffToken } from './diffText.ts'
import { obligationFlag, negationFlag, scopeFlag, totalsOf, type Totals } from './editFlags.ts'
import { FLAG_KINDS, type FlagKind } from './flagKinds.ts'
import { editsOf, type ChangeFlag, type Edit, type WordingChange } from './flagRule.ts'
import { conditionsFlag, numbersFlag, partiesFlag } from './wordingFlags.ts'

/** The flags for two wordings and their diff, at most one per kind, in the kinds' order. */
export function flagChange(change: WordingChange): ChangeFlag[] {
  const edits = editsOf(change.tokens)
  const totals: Totals = { before: totalsOf(change.before), after: totalsOf(change.after) }
  const first = (rule: (edit: Edit, totals: Totals) => ChangeFlag | null) => {
    for (const edit of edits) {
      const flag = rule(edit, totals)
      if (flag) return flag
    }
    return null
  }
  const flags: Record<FlagKind, ChangeFlag | null> = {
    obligation: first(obligationFlag),
    negation: first(negationFlag),
    numbers: numbersFlag(change),
    parties: partiesFlag(change),
    conditions: conditionsFlag(change),
    scope: first(scopeFlag),
  }
  return FLAG_KINDS.flatMap((kind) => flags[kind] ?? [])
}

/** The flags between two texts, diffed as the redline diffs them. */
export function flagTexts(before: string, after: string): ChangeFlag[] {
  const diff = diffText(before, after)
  if (diff.kind === 'same') return []
  return flagChange({ before, after, tokens: diff.tokens })
}

/**
 * A cell's flags against its base column: only where both versions have wording (a clause added
 * or struck whole is its status, not a flag), read from the redline's own part diffs.
 */
export function flagCell(cell: ComparisonCell): ChangeFlag[] {
  const parts = cell.parts
  if (cell.base === null || parts === null) return []
  const known = parts.filter((part) => part.kind !== 'unknown')
  if (!known.some((part) => part.kind === 'changed' || part.kind === 'added' || part.kind === 'removed')) return []
  if (!known.some((part) => part.before?.text) || !known.some((part) => part.after?.text)) return []
  // Parts are joined with a break the diff keeps, so an edit never runs from one part into the next.
  const tokens: DiffToken[] = known.flatMap((part): DiffToken[] => [...part.tokens, { kind: 'equal', text: '\n' }])
  const text = (side: 'before' | 'after') => known.map((part) => part[side]?.text ?? '').join('\n')
  return flagChange({ before: text('before'), after: text('after'), tokens })
}

/** One flagged cell, for the Key changes list. */
export interface FlaggedCell {
  readonly row: ComparisonRow
  readonly column: number
  readonly flag: ChangeFlag
}

/** Every flag of a comparison: per row (per column), and per kind in row order. */
export interface ComparisonFlags {
  /** Row key → one list of flags per column (empty for the first column and unflagged cells). */
  readonly byRow: ReadonlyMap<string, readonly (readonly ChangeFlag[])[]>
  readonly byKind: ReadonlyArray<readonly [FlagKind, readonly FlaggedCell[]]>
}

const computed = new WeakMap<ComparisonRow, readonly (readonly ChangeFlag[])[]>()

/** A row's flags, one list per column; kept per row, as the row is kept per comparison. */
export function flagRow(row: ComparisonRow): readonly (readonly ChangeFlag[])[] {
  let flags = computed.get(row)
  if (flags === undefined) {
    flags = row.cells.map(flagCell)
    computed.set(row, flags)
  }
  return flags
}

export function flagComparison(model: ComparisonModel): ComparisonFlags {
  return runToEnd(flagComparisonInSteps(model))
}

/**
 * `flagComparison` a changed row per step, so a page can spread a long comparison's flags over
 * several short tasks (2,000 clauses × 5 versions diff thousands of parts).
 */
export function* flagComparisonInSteps(model: ComparisonModel): Generator<void, ComparisonFlags> {
  const byRow = new Map<string, readonly (readonly ChangeFlag[])[]>()
  const byKind = new Map<FlagKind, FlaggedCell[]>()
  for (const row of model.rows) {
    if (!row.changed) continue
    yield
    const flags = flagRow(row)
    byRow.set(row.key, flags)
    flags.forEach((cellFlags, column) => {
      for (const flag of cellFlags) {
        const cells = byKind.get(flag.kind)
        if (cells) cells.push({ row, column, flag })
        else byKind.set(flag.kind, [{ row, column, flag }])
      }
    })
  }
  // Only the kinds found, in the kinds' order.
  return {
    byRow,
    byKind: FLAG_KINDS.flatMap((kind) => {
      const cells = byKind.get(kind)
      return cells ? [[kind, cells] as const] : []
    }),
  }
}

/** True when some cell of the row has a flag of one of the kinds. */
export function rowHasFlag(flags: ComparisonFlags, row: ComparisonRow, kinds: readonly FlagKind[]): boolean {
  return (flags.byRow.get(row.key) ?? []).some((cellFlags) => cellFlags.some((flag) => kinds.includes(flag.kind)))
}
