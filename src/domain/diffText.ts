// The word diff's own module: the package's index also builds the line, sentence and JSON
// differs at load time, which the app never uses.
import { diffWords } from 'diff/lib/diff/word.js'

/** One run of words in a word diff. */
export interface DiffToken {
  readonly kind: 'equal' | 'removed' | 'added'
  readonly text: string
}

/**
 * A run of text a redline shows as moved (see `moves.ts`): struck where it left, underlined where
 * it landed, with `label` saying where it went or came from. `name` pairs the two ends.
 */
export interface MovedToken {
  readonly kind: 'moved-from' | 'moved-to'
  readonly text: string
  readonly label: string
  readonly name: string
}

/** A run of a drawn redline: a word-diff run, or a moved run. */
export type RedlineToken = DiffToken | MovedToken

/**
 * The word diff of two texts. `same` skips jsdiff entirely; `rewritten` means the texts share too
 * little (or the diff gave up within its bounds) for a word diff to help a reader, so the
 * before text is shown removed and the after text added, whole.
 */
export type TextDiff =
  | { readonly kind: 'same' }
  | { readonly kind: 'changed'; readonly tokens: readonly DiffToken[] }
  | { readonly kind: 'rewritten'; readonly tokens: readonly DiffToken[] }

/** Differences a reader can choose not to see: letter case, punctuation, whitespace. */
export const DIFF_IGNORES = ['case', 'punct', 'space'] as const
export type DiffIgnore = (typeof DIFF_IGNORES)[number]

export interface DiffTextOptions {
  /** Treat "NATO" and "nato" as the same word. @default false */
  readonly ignoreCase?: boolean
  /** Treat "guarantees," and "guarantees" as the same; a change of punctuation alone is no change. @default false */
  readonly ignorePunctuation?: boolean
  /** Treat "600 000" and "600000" as the same; a change of spacing alone is no change. @default false */
  readonly ignoreWhitespace?: boolean
  /**
   * Give up (and call the texts rewritten) beyond this many edits. Bounds the worst case, which
   * for jsdiff's Myers algorithm grows with the length of the texts times the edit distance.
   * @default editLengthBound(before, after): chosen from the texts' size alone, so the same two
   * texts get the same redline on every machine, however busy
   */
  readonly maxEditLength?: number
  /**
   * Below this similarity (unchanged characters over the average length) the pair counts as
   * rewritten: interleaving a few shared words like "the" and "of" through two different texts
   * reads as noise.
   * @default 0.3
   */
  readonly minShared?: number
}

/** The diff options for a set of ignored differences (from the URL's `ignore=`). */
export function diffOptionsFor(ignore: readonly DiffIgnore[]): DiffTextOptions {
  return { ignoreCase: ignore.includes('case'), ignorePunctuation: ignore.includes('punct'), ignoreWhitespace: ignore.includes('space') }
}

/** A short key for the ignored differences, for caches: `c`, `p`, `s` for case, punctuation, spacing. */
export function diffOptionsKey(options: DiffTextOptions): string {
  return `${options.ignoreCase ? 'c' : ''}${options.ignorePunctuation ? 'p' : ''}${options.ignoreWhitespace ? 's' : ''}`
}

/** A text with the ignored differences taken out, for comparing two runs. */
function normalizer(options: DiffTextOptions): (text: string) => string {
  return (text) => {
    let result = options.ignoreCase ? text.toLowerCase() : text
    if (options.ignorePunctuation) result = result.replace(/\p{P}/gu, '')
    return options.ignoreWhitespace ? result.replace(/\s+/g, '') : result.replace(/\s+/g, ' ').trim()
  }
}

/**
 * Turns changes that only differ in ignored ways into unchanged text: a removed run followed
 * by an added one that normalize alike, or a run that is nothing but ignored characters. The
 * after text is kept, as in jsdiff's own `ignoreCase`.
 */
function dropIgnoredChanges(tokens: readonly DiffToken[], normalize: (text: string) => string): DiffToken[] {
  const result: DiffToken[] = []
  // Set when a token was taken together with the one before it.
  let taken = false
  for (const [index, token] of tokens.entries()) {
    if (taken) {
      taken = false
      continue
    }
    const next = tokens[index + 1]
    if (token.kind !== 'equal' && next && next.kind !== 'equal' && next.kind !== token.kind && normalize(token.text) === normalize(next.text)) {
      result.push({ kind: 'equal', text: token.kind === 'added' ? token.text : next.text })
      taken = true
    } else if (token.kind !== 'equal' && normalize(token.text) === '') {
      if (token.kind === 'added') result.push({ kind: 'equal', text: token.text })
    } else {
      result.push(token)
    }
  }
  const merged: DiffToken[] = []
  for (const token of result) {
    const last = merged.at(-1)
    if (last && last.kind === token.kind) merged[merged.length - 1] = { kind: token.kind, text: last.text + token.text }
    else merged.push(token)
  }
  return merged
}

// jsdiff's own word splitting only knows Latin letters, so it breaks Cyrillic into single
// characters and "600,000" into "600", ",", "000". Intl.Segmenter keeps both whole. It costs
// about six times as much, so it is used only where a text needs it.
const NEEDS_SEGMENTER = /(?!\p{Script=Latin})\p{L}|\d[,.\u00a0\u202f]\d/u
let segmenter: Intl.Segmenter | undefined

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
  return segmenter
}

// Clause parts render as flowing paragraphs, so runs of whitespace carry no meaning; jsdiff
// keeps only one side's whitespace in unchanged runs, so normalizing keeps both sides exact.
const flowing = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * True when `diffText` would find no difference a reader chose to see, found without diffing:
 * a comparison can count what changed before it diffs anything.
 */
export function sameText(beforeText: string, afterText: string, options: DiffTextOptions = {}): boolean {
  if (beforeText === afterText) return true
  // Texts that are their own flowing form differ as they stand: told apart without copying them,
  // which was most of the cost of comparing five versions of 2,000 clauses.
  if (!ignoresAny(options) && !unsettled.test(beforeText) && !unsettled.test(afterText)) return false
  return sameFlowing(flowing(beforeText), flowing(afterText), options)
}

/** Whitespace `flowing` would change: a run, a kind other than a space, or a space at either end. */
const unsettled = /\s\s|[^\S ]|^ | $/

const ignoresAny = (options: DiffTextOptions) => options.ignoreCase || options.ignorePunctuation || options.ignoreWhitespace

/** `sameText` for texts already made flowing. */
function sameFlowing(before: string, after: string, options: DiffTextOptions): boolean {
  if (before === after) return true
  if (!ignoresAny(options)) return false
  const normalize = normalizer(options)
  return normalize(before) === normalize(after)
}

// jsdiff's own word tokens (diff/libesm/diff/word.js): runs of these characters, and every other
// non-space character alone.
const JSDIFF_WORD_CHARS = 'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}'
const JSDIFF_TOKEN = new RegExp(`[${JSDIFF_WORD_CHARS}]+|[^${JSDIFF_WORD_CHARS}\\s]`, 'gu')

/**
 * The most characters a word diff of the two texts can find unchanged: an unchanged run is made
 * of tokens both texts have, so it can hold no more of a token than the text with fewer of it.
 * Exact only for jsdiff's own tokens, which is why texts that need Intl.Segmenter skip it.
 */
export function sharedWordsBound(before: string, after: string, ignoreCase: boolean): number {
  const counts = new Map<string, number>()
  for (const token of (ignoreCase ? before.toLowerCase() : before).match(JSDIFF_TOKEN) ?? []) counts.set(token, (counts.get(token) ?? 0) + 1)
  let shared = 0
  for (const token of (ignoreCase ? after.toLowerCase() : after).match(JSDIFF_TOKEN) ?? []) {
    const left = counts.get(token) ?? 0
    if (left === 0) continue
    counts.set(token, left - 1)
    shared += token.length
  }
  return shared
}

// Work budget for one word diff, in (characters of both texts) × (edits explored). Measured in
// node on a 2-core machine: the costliest pairs (shuffled words) take under 50 ms at this budget,
// four times it took up to 250 ms.
const EDIT_WORK_BUDGET = 2_000_000
// However long the texts, a diff may always explore this many edits.
const MIN_EDIT_LENGTH = 100

/**
 * The most edits a word diff of these two texts explores before it calls them rewritten: a
 * function of their length only, so it is the same on every machine. Short texts are always
 * diffed in full (a clause of a few hundred words allows thousands of edits); two 20,000-character
 * parts allow 200.
 * @example editLengthBound('a'.repeat(20_000), 'b'.repeat(20_000)) // 200
 */
export function editLengthBound(before: string, after: string): number {
  return Math.max(MIN_EDIT_LENGTH, Math.floor(EDIT_WORK_BUDGET / Math.max(1, before.length + after.length)))
}

/**
 * Diffs two texts word by word, within bounds.
 * @example
 * formatDiff(diffText('capped at 600,000', 'capped at 800,000')) // 'capped at [-600,000-]{+800,000+}'
 */
export function diffText(beforeText: string, afterText: string, options: DiffTextOptions = {}): TextDiff {
  if (beforeText === afterText) return { kind: 'same' }
  const before = flowing(beforeText)
  const after = flowing(afterText)
  if (sameFlowing(before, after, options)) return { kind: 'same' }
  const { ignoreCase = false, ignorePunctuation = false, ignoreWhitespace = false, maxEditLength = editLengthBound(before, after), minShared = 0.3 } = options
  const normalize = normalizer(options)
  const rewritten: TextDiff = {
    kind: 'rewritten',
    tokens: [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ],
  }
  const needsSegmenter = NEEDS_SEGMENTER.test(before) || NEEDS_SEGMENTER.test(after)
  const total = before.replace(/\s+/g, '').length + after.replace(/\s+/g, '').length
  // Two texts that share too few words to pass the similarity bar are rewritten whatever the
  // diff finds, so it need not run: the costliest diffs, of unrelated texts, cost nothing.
  if (!needsSegmenter && total > 0 && (2 * sharedWordsBound(before, after, ignoreCase)) / total < minShared) return rewritten
  // No time limit: a redline must not depend on how busy the machine is (jsdiff's `timeout`
  // gives a coarser diff under load). The edit-length bound alone limits the work.
  const changes = diffWords(before, after, {
    ignoreCase,
    maxEditLength,
    ...(needsSegmenter ? { intlSegmenter: wordSegmenter() } : {}),
  })
  if (changes === undefined) return rewritten

  let sharedChars = 0
  const tokens: DiffToken[] = []
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'equal'
    if (kind === 'equal') sharedChars += change.value.replace(/\s+/g, '').length
    const last = tokens.at(-1)
    // jsdiff can emit neighbouring changes of one kind; one run reads better.
    if (last && last.kind === kind) tokens[tokens.length - 1] = { kind, text: last.text + change.value }
    else tokens.push({ kind, text: change.value })
  }
  const shown = ignorePunctuation || ignoreWhitespace ? dropIgnoredChanges(tokens, normalize) : tokens
  if (!shown.some((token) => token.kind !== 'equal')) return { kind: 'same' }
  // Dice similarity: a clause that only grew still scores high; two different texts score low.
  if (total > 0 && (2 * sharedChars) / total < minShared) return rewritten
  return { kind: 'changed', tokens: shown }
}

const CLOSING_PUNCTUATION = /^[.,;:!?)\]”’]/

/** Joins two unchanged runs whose hidden middle run is gone, without doubling or stranding spaces. */
function joinAcrossGap(left: string, right: string): string {
  if (/\s$/.test(left) && (/^\s/.test(right) || CLOSING_PUNCTUATION.test(right))) return left.trimEnd() + right
  return left + right
}

/**
 * The tokens to draw for one side of a diff (`before` drops insertions, `after` drops deletions,
 * `redline` keeps both), tidied for reading: whitespace moves out of marked runs so underlines
 * and strikes cover words only, and where a hidden run leaves two unchanged runs touching, no
 * space is doubled or stranded before punctuation ("personnel ." becomes "personnel.").
 */
export function tokensForSide(tokens: readonly DiffToken[], side: 'before' | 'after' | 'redline'): DiffToken[]
export function tokensForSide(tokens: readonly RedlineToken[], side: 'before' | 'after' | 'redline'): RedlineToken[]
export function tokensForSide(tokens: readonly RedlineToken[], side: 'before' | 'after' | 'redline'): RedlineToken[] {
  // Moved text shows where it left on the before side and where it landed on the after side.
  const hidden = (token: RedlineToken) =>
    (side === 'before' && (token.kind === 'added' || token.kind === 'moved-to')) || (side === 'after' && (token.kind === 'removed' || token.kind === 'moved-from'))
  const split: RedlineToken[] = []
  for (const token of tokens) {
    if (token.kind === 'equal') {
      split.push(token)
      continue
    }
    // The pattern matches any text; its three groups always take part, empty or not.
    const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(token.text) ?? []
    // A hidden run still leaves its edge spaces: they may be the only space between two words.
    if (lead) split.push({ kind: 'equal', text: lead })
    if (body && !hidden(token)) split.push({ ...token, text: body })
    if (trail) split.push({ kind: 'equal', text: trail })
  }
  const merged: RedlineToken[] = []
  for (const token of split) {
    const last = merged.at(-1)
    if (last && last.kind === 'equal' && token.kind === 'equal') merged[merged.length - 1] = { kind: 'equal', text: joinAcrossGap(last.text, token.text) }
    else merged.push({ ...token })
  }
  return merged.filter((token) => token.text !== '')
}
