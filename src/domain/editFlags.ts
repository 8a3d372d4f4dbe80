/**
 * The change flags read from each small edit (a run of removed and added words): an obligation
 * weakened or strengthened, a negation added or removed, a scope widened or narrowed.
 */
import { findPhrases, inEdit, isSmall, phraseList, quote, snippet, wordsOf, type ChangeFlag, type Edit, type Word } from './flagRule.ts'

// ---------------------------------------------------------------------------------------------
// Obligation: a commitment's strength, in a small edit

const STRONG = phraseList('shall|must|will|won\'t|is to|are to|agrees to|agree to|undertakes|undertake|undertakes to|commits|commit|is required|are required|is obliged|are obliged|has to|have to|is bound|are bound')
const WEAK = phraseList(
  'may|might|could|should|can|would|is encouraged|are encouraged|aims to|aim to|seeks to|seek to|intends to|intend to|is expected|are expected|is eligible|are eligible|endeavours|endeavour|endeavors|endeavor|strives|strive|is invited|are invited|is free to|are free to|is entitled|are entitled|is permitted|are permitted',
)

/** "May 2026" is a month; "is to" before a noun ("is to Ukraine") binds nobody. */
function notModal(words: readonly Word[], at: number, phrase: readonly string[]): boolean {
  const next = words[at + phrase.length]
  if (phrase[0] === 'may' && (words[at]?.text === 'May' && next !== undefined && /^\d/.test(next.text))) return true
  if ((phrase[0] === 'is' || phrase[0] === 'are') && phrase[1] === 'to') return next === undefined || !/^[a-z]/.test(next.lower) || ['the', 'a', 'an', 'its', 'their'].includes(next.lower)
  return false
}

function modals(words: readonly Word[]) {
  return { strong: findPhrases(words, STRONG, notModal).map((found) => found.phrase), weak: findPhrases(words, WEAK, notModal).map((found) => found.phrase) }
}

function editModals(edit: Edit, side: 'removed' | 'added') {
  return { strong: inEdit(edit, side, STRONG, notModal), weak: inEdit(edit, side, WEAK, notModal) }
}

/**
 * How many of each class a whole wording holds: an edit-level change counts only where the
 * wording as a whole changed the same way, so a word moved within a clause ("Except as stated,
 * nothing…" from "Nothing… except as stated") is no change.
 */
export interface Totals {
  readonly before: WordingTotals
  readonly after: WordingTotals
}

/** Counts of each class of words in one wording. */
interface WordingTotals {
  readonly strong: number
  readonly weak: number
  readonly negation: number
  readonly wide: number
  readonly narrow: number
}

export function obligationFlag(edit: Edit, totals: Totals): ChangeFlag | null {
  const removed = editModals(edit, 'removed')
  const added = editModals(edit, 'added')
  const stronger = totals.after.strong > totals.before.strong || totals.after.weak < totals.before.weak
  const weaker = totals.after.strong < totals.before.strong || totals.after.weak > totals.before.weak
  const flag = obligationEdit(edit, removed, added)
  if (flag === null) return null
  return (flag.label.endsWith('strengthened') ? stronger : weaker) ? flag : null
}

function obligationEdit(edit: Edit, removed: { strong: string[]; weak: string[] }, added: { strong: string[]; weak: string[] }): ChangeFlag | null {
  const list = (phrases: readonly string[]) => [...new Set(phrases)].map(quote).join(', ')
  if (removed.strong.length > 0 && added.weak.length > 0 && added.strong.length === 0) {
    return { kind: 'obligation', label: 'Obligation weakened', detail: `${list(removed.strong)} → ${list(added.weak)}` }
  }
  if (removed.weak.length > 0 && added.strong.length > 0 && added.weak.length === 0) {
    return { kind: 'obligation', label: 'Obligation strengthened', detail: `${list(removed.weak)} → ${list(added.strong)}` }
  }
  if (!isSmall(edit)) return null
  const none = (side: { strong: string[]; weak: string[] }) => side.strong.length === 0 && side.weak.length === 0
  if (added.weak.length > 0 && none(removed)) return { kind: 'obligation', label: 'Obligation weakened', detail: `${list(added.weak)} added in ${quote(snippet(edit, 'added'))}` }
  if (removed.weak.length > 0 && none(added)) return { kind: 'obligation', label: 'Obligation strengthened', detail: `${list(removed.weak)} removed from ${quote(snippet(edit, 'removed'))}` }
  if (added.strong.length > 0 && none(removed) && edit.removed.length > 0) {
    return { kind: 'obligation', label: 'Obligation strengthened', detail: `${list(added.strong)} added in ${quote(snippet(edit, 'added'))}` }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Negation: a "not" or "no" added to or taken from wording that stays

const NEGATORS = phraseList("not|no|never|nor|neither|none|nothing|cannot|can't|won't|don't|doesn't|isn't|aren't|shan't|mustn't|shall not|no longer")

function notNegation(words: readonly Word[], at: number): boolean {
  const word = words[at]
  const next = words[at + 1]
  // "not only … but also" and "not limited to" widen; "No. 5" is a number.
  return (word?.lower === 'not' && (next?.lower === 'only' || next?.lower === 'limited')) || (word?.text === 'No' && next !== undefined && /^\d/.test(next.text))
}

/** Negators in a word list, a "non-" prefix included ("non-sublicensable"). */
function negations(words: readonly Word[]): number {
  return findPhrases(words, NEGATORS, notNegation).length + words.filter((word) => word.lower.startsWith('non-') || word.lower === 'non').length
}

function editNegations(edit: Edit, side: 'removed' | 'added'): number {
  return inEdit(edit, side, NEGATORS, notNegation).length + edit[side].filter((word) => word.lower.startsWith('non-') || word.lower === 'non').length
}

export function negationFlag(edit: Edit, totals: Totals): ChangeFlag | null {
  if (!isSmall(edit)) return null
  const removed = editNegations(edit, 'removed')
  const added = editNegations(edit, 'added')
  if (added > removed && totals.after.negation > totals.before.negation) return { kind: 'negation', label: 'Negation added', detail: quote(snippet(edit, 'added')) }
  if (removed > added && totals.after.negation < totals.before.negation) return { kind: 'negation', label: 'Negation removed', detail: quote(snippet(edit, 'removed')) }
  return null
}

// ---------------------------------------------------------------------------------------------
// Scope: all, any, every widen; only, except narrow

const WIDE = phraseList('all|any|every|whatsoever|anyone|anything|anybody|everyone|everything|everybody|but not limited to|without limitation')
const NARROW = phraseList('only|solely|exclusively|except|excluding|other than|save for|but only')

const PRONOUN_NEXT = new Set(['under', 'who', 'that', 'and', 'or', 'alike', 'together', 'over', 'at'])

function notScope(words: readonly Word[], at: number, phrase: readonly string[]): boolean {
  const before = words[at - 1]?.lower
  const next = words[at + phrase.length]?.lower
  // "at all", "not only", "if any", "all for all" are idioms, and "licensed to all under" a
  // pronoun: not limits on what a provision covers.
  return (phrase[0] === 'all' && phrase.length === 1 && (before === 'at' || (before === 'for' && words[at - 2]?.lower === 'all') || next === undefined || PRONOUN_NEXT.has(next))) || (phrase[0] === 'only' && before === 'not') || (phrase[0] === 'any' && before === 'if' && next === undefined)
}

export function scopeFlag(edit: Edit, totals: Totals): ChangeFlag | null {
  // "No marks may be used" → "not to use any marks" says the same: "any" under a negation is no wider.
  if (!isSmall(edit) || editNegations(edit, 'removed') + editNegations(edit, 'added') > 0) return null
  const wideRemoved = inEdit(edit, 'removed', WIDE, notScope)
  const wideAdded = inEdit(edit, 'added', WIDE, notScope)
  const narrowRemoved = inEdit(edit, 'removed', NARROW, notScope)
  const narrowAdded = inEdit(edit, 'added', NARROW, notScope)
  const net = (a: string[], b: string[]) => a.filter((phrase) => b.filter((other) => other === phrase).length < a.filter((other) => other === phrase).length)
  const wider = totals.after.wide > totals.before.wide || totals.after.narrow < totals.before.narrow
  const narrower = totals.after.wide < totals.before.wide || totals.after.narrow > totals.before.narrow
  const widened = !wider ? [] : [...net(wideAdded, wideRemoved).map((phrase) => `${quote(phrase)} added`), ...net(narrowRemoved, narrowAdded).map((phrase) => `${quote(phrase)} removed`)]
  const narrowed = !narrower ? [] : [...net(narrowAdded, narrowRemoved).map((phrase) => `${quote(phrase)} added`), ...net(wideRemoved, wideAdded).map((phrase) => `${quote(phrase)} removed`)]
  if (widened.length === 0 && narrowed.length === 0) return null
  const [label, changes]: [string, string[]] =
    widened.length > 0 && narrowed.length === 0 ? ['Scope widened', widened] : narrowed.length > 0 && widened.length === 0 ? ['Scope narrowed', narrowed] : ['Scope changed', [...widened, ...narrowed]]
  const side = edit.added.length > 0 ? 'added' : 'removed'
  return { kind: 'scope', label, detail: `${[...new Set(changes)].join(', ')} in ${quote(snippet(edit, side))}` }
}

/** How many of each class of words one wording holds. */
export function totalsOf(text: string): WordingTotals {
  const words = wordsOf(text)
  const { strong, weak } = modals(words)
  return {
    strong: strong.length,
    weak: weak.length,
    negation: negations(words),
    wide: findPhrases(words, WIDE, notScope).length,
    narrow: findPhrases(words, NARROW, notScope).length,
  }
}
