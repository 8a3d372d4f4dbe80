/**
 * Two versions of a clause compared: part by part (by key, each changed part's word diff worked
 * out when first read) and term by term.
 */
import { diffText, sameText, type DiffTextOptions, type DiffToken, type TextDiff } from './diffText.ts'
import type { ClausePart, ClauseVersion, TermDefinition, TermValue } from './model.ts'
import { contentUnknown, hasOwnText, wordingUnpublished } from './clauseState.ts'
import { compareTerm, type TermChange } from './terms.ts'
import { termWords } from './termWords.ts'

/**
 * One part of a clause set against the same part (by key) in the previous column. `kind` is
 * known when the comparison is built; the word diff of a changed part (`tokens`, `rewritten`) is
 * worked out the first time something reads it, so only the rows a reader sees are ever diffed.
 */
export interface PartDiff {
  readonly key: string
  readonly before: ClausePart | null
  readonly after: ClausePart | null
  /** `unknown`: one side's wording is not known, so there is nothing to diff. */
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'unknown'
  readonly tokens: readonly DiffToken[]
  /** A changed part too different for a word diff to help: `tokens` remove the old text and add the new, whole. */
  readonly rewritten: boolean
}

/** A part before and after: struck (after is null), added (before is null) or in both. */
type PartPair = readonly [ClausePart, ClausePart] | readonly [ClausePart, null] | readonly [null, ClausePart]

function alignParts(before: readonly ClausePart[], after: readonly ClausePart[]): PartPair[] {
  const afterKeys = new Set(after.map((part) => part.key))
  const pairs: PartPair[] = []
  // Parts struck before a kept one keep their place in the reading order.
  const struck = (skipped: readonly ClausePart[]) => {
    for (const part of skipped) if (!afterKeys.has(part.key)) pairs.push([part, null])
  }
  let next = 0
  for (const part of after) {
    const match = before.findIndex((candidate) => candidate.key === part.key)
    const kept = before[match]
    if (kept === undefined) {
      pairs.push([null, part])
      continue
    }
    struck(before.slice(next, match))
    next = Math.max(next, match + 1)
    pairs.push([kept, part])
  }
  struck(before.slice(next))
  return pairs
}

/** A changed part whose word diff runs when first read, once. */
function changedPart(key: string, before: ClausePart, after: ClausePart, [beforeText, afterText]: readonly [string, string], options: DiffTextOptions): PartDiff {
  let diff: TextDiff | undefined
  const read = () => (diff ??= diffText(beforeText, afterText, options))
  return {
    key,
    before,
    after,
    kind: 'changed',
    get tokens() {
      const result = read()
      // Only the ignored differences, which sameText already ruled out; kept for completeness.
      return result.kind === 'same' ? [{ kind: 'equal' as const, text: afterText }] : result.tokens
    },
    get rewritten() {
      return read().kind === 'rewritten'
    },
  }
}

function diffPart([before, after]: PartPair, options: DiffTextOptions): PartDiff {
  if (before === null) {
    return { key: after.key, before, after, kind: after.text === null ? 'unknown' : 'added', tokens: after.text ? [{ kind: 'added', text: after.text }] : [], rewritten: false }
  }
  if (after === null) {
    return { key: before.key, before, after, kind: before.text === null ? 'unknown' : 'removed', tokens: before.text ? [{ kind: 'removed', text: before.text }] : [], rewritten: false }
  }
  const key = after.key
  if (before.text === null || after.text === null) return { key, before, after, kind: 'unknown', tokens: [], rewritten: false }
  if (sameText(before.text, after.text, options)) return { key, before, after, kind: 'same', tokens: [{ kind: 'equal', text: after.text }], rewritten: false }
  return changedPart(key, before, after, [before.text, after.text], options)
}

/** Diffs two clauses part by part, or returns null when either side's text is not known. */
export function diffClauses(before: ClauseVersion, after: ClauseVersion, options: DiffTextOptions = {}): PartDiff[] | null {
  if (contentUnknown(before) || contentUnknown(after)) return null
  // A version that never had the clause did not strike it: there is nothing to mark.
  if (after.status === 'absent') return null
  const beforeParts = hasOwnText(before) ? before.parts : []
  const afterParts = hasOwnText(after) ? after.parts : []
  // A clause amended or bracketed with its wording unpublished has nothing to diff against.
  if ((hasOwnText(before) && beforeParts.length === 0) || (hasOwnText(after) && afterParts.length === 0)) return null
  // The usual case, the same parts in the same order, pairs them as they stand.
  const inPlace = beforeParts.flatMap((part, index): PartPair[] => {
    const after = afterParts[index]
    return after?.key === part.key ? [[part, after]] : []
  })
  const pairs = inPlace.length === afterParts.length && beforeParts.length === afterParts.length ? inPlace : alignParts(beforeParts, afterParts)
  return pairs.map((pair) => diffPart(pair, options))
}

function termsFor(clause: ClauseVersion): Map<string, ClauseVersion['terms'][number]> {
  return new Map(clause.terms.map((value) => [value.term, value]))
}

/** Compares every term either clause carries, in the negotiation's term order. */
export function compareClauseTerms(terms: readonly TermDefinition[], before: ClauseVersion, after: ClauseVersion): TermChange[] {
  // Most clauses carry no terms at all: nothing to compare.
  if (before.terms.length === 0 && after.terms.length === 0) return []
  const from = termsFor(before)
  const to = termsFor(after)
  // A term missing from a text that is itself unknown or unpublished is unknown, not absent;
  // one that only the rival options carry is not agreed.
  const missing = (clause: ClauseVersion, definition: TermDefinition): TermValue | undefined => {
    const { options, text } = termWords(definition, clause)
    if (options.length > 0) return { term: definition.id, kind: 'unknown', note: text }
    return contentUnknown(clause) || wordingUnpublished(clause) ? { term: definition.id, kind: 'unknown' } : undefined
  }
  return terms
    .filter((definition) => from.has(definition.id) || to.has(definition.id))
    .map((definition) =>
      compareTerm(definition, from.get(definition.id) ?? missing(before, definition), to.get(definition.id) ?? missing(after, definition)),
    )
}
