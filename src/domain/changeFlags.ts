/**
 * Substantive-change flags: rules that read a clause's word diff and say, in words, which edits
 * may shift what the text commits anyone to (an obligation weakened, a negation added, a number
 * changed, a party named or dropped, a condition added, a scope word). Deterministic and local:
 * word lists and the diff, nothing learned, nothing sent anywhere. Measured against hand labels
 * by `npm run eval:flags` (eval/flags).
 *
 * Two readings, by kind:
 * - numbers, parties and conditions compare the two wordings whole: a figure, party or condition
 *   found in one and not the other is flagged, wherever it sits;
 * - obligation, negation and scope look at each small edit (a run of removed and added words):
 *   "will" → "may" weakens an obligation, but a new sentence that happens to hold "may" is a new
 *   provision, not a weakened one, and is left to the redline.
 */
import type { ComparisonCell, ComparisonModel, ComparisonRow } from './buildComparison.ts'
import { runToEnd } from './steps.ts'
import { diffText, type DiffToken } from './diffText.ts'
import { FLAG_KINDS, type FlagKind } from './flagKinds.ts'

export interface ChangeFlag {
  readonly kind: FlagKind
  /** A short label: "Obligation weakened". */
  readonly label: string
  /** The words involved: "“will” → “may”". */
  readonly detail: string
}

/** Two wordings of one clause and the word diff between them (the redline's tokens). */
export interface WordingChange {
  readonly before: string
  readonly after: string
  readonly tokens: readonly DiffToken[]
}

const quote = (text: string) => `“${text}”`

// ---------------------------------------------------------------------------------------------
// Words and edits

interface Word {
  readonly text: string
  readonly lower: string
}

// Letters and digits, with joiners inside a word: "600,000", "non-aggression", "Ukraine's", "U.S".
const WORD = /[\p{L}\p{N}]+(?:[’'.,:\-–][\p{L}\p{N}]+)*/gu

function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (match) => ({ text: match[0], lower: match[0].toLowerCase().replace(/’/g, "'") }))
}

/** One edit: the words a run of removed and added tokens takes out and puts in, with a little context. */
interface Edit {
  readonly removed: readonly Word[]
  readonly added: readonly Word[]
  readonly lead: readonly Word[]
  readonly tail: readonly Word[]
}

const CONTEXT = 3

function editsOf(tokens: readonly DiffToken[]): Edit[] {
  const edits: Edit[] = []
  let removed = ''
  let added = ''
  let lead: Word[] = []
  let open = false
  const close = (next: string) => {
    if (open) edits.push({ removed: wordsOf(removed), added: wordsOf(added), lead, tail: wordsOf(next).slice(0, CONTEXT) })
    open = false
    removed = ''
    added = ''
  }
  for (const token of tokens) {
    if (token.kind === 'equal') {
      close(token.text)
      lead = wordsOf(token.text).slice(-CONTEXT)
    } else {
      open = true
      if (token.kind === 'removed') removed += ` ${token.text}`
      else added += ` ${token.text}`
    }
  }
  close('')
  return edits
}

/** An edit small enough that a word in it changes wording that stays, rather than bringing a new provision. */
const SMALL_EDIT = 6
const isSmall = (edit: Edit) => edit.removed.length <= SMALL_EDIT && edit.added.length <= SMALL_EDIT

/** Where a word from a list sits in a word sequence: index and the phrase matched. */
function findPhrases(words: readonly Word[], phrases: readonly (readonly string[])[], skip?: (words: readonly Word[], at: number, phrase: readonly string[]) => boolean) {
  const found: { at: number; phrase: string }[] = []
  for (let at = 0; at < words.length; at += 1) {
    for (const phrase of phrases) {
      if (phrase.every((part, offset) => words[at + offset]?.lower === part) && !skip?.(words, at, phrase)) {
        found.push({ at, phrase: phrase.join(' ') })
        break
      }
    }
  }
  return found
}

/** Phrases found on one side of an edit, read with the edit's context so idioms across its edge are seen. */
function inEdit(edit: Edit, side: 'removed' | 'added', phrases: readonly (readonly string[])[], skip?: (words: readonly Word[], at: number, phrase: readonly string[]) => boolean): string[] {
  const words = [...edit.lead, ...edit[side], ...edit.tail]
  const from = edit.lead.length
  return findPhrases(words, phrases, skip)
    .filter((found) => found.at >= from && found.at < from + edit[side].length)
    .map((found) => found.phrase)
}

const phraseList = (list: string) => list.split('|').map((phrase) => phrase.split(' '))

/** The words of one side of an edit with its context, for quoting: "agrees not to station". */
function snippet(edit: Edit, side: 'removed' | 'added', max = 6): string {
  const words = [...edit.lead.slice(-1), ...edit[side].slice(0, max), ...edit.tail.slice(0, edit[side].length < 3 ? 2 : 0)]
  return words.map((word) => word.text).join(' ')
}

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
interface Totals {
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

function obligationFlag(edit: Edit, totals: Totals): ChangeFlag | null {
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

function negationFlag(edit: Edit, totals: Totals): ChangeFlag | null {
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

function scopeFlag(edit: Edit, totals: Totals): ChangeFlag | null {
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

// ---------------------------------------------------------------------------------------------
// Numbers, amounts, dates, durations: compared across the whole wording

const MAGNITUDE = String.raw`(?:\s?%|\s(?:per\s?cent|percent|billion|million|thousand|bn|trillion))?`
const UNIT = String.raw`(?:\s(?:calendar\s|working\s|business\s|consecutive\s)?(?:days?|weeks?|months?|years?|hours?|minutes?|times|personnel|troops|soldiers|km|kilometres|kilometers|miles|points?))?`
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December'
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|half'
const QUANTITY = new RegExp(
  String.raw`(?:US\$|\$|€|£|USD\s?|EUR\s?)?\d+(?:[,.\u00a0\u202f ]\d{3})*(?:\.\d+)?(?::\d+)?${MAGNITUDE}${UNIT}` +
    String.raw`|\b(?:${MONTH})\b(?=[\s,]+\d)|(?<=\d\s)(?:${MONTH})\b` +
    String.raw`|\b(?:${NUMBER_WORD})(?:[\s-](?:${NUMBER_WORD}))?\s(?:calendar\s|working\s|business\s|consecutive\s)?(?:days?|weeks?|months?|years?|hours?|per\s?cent|percent|times|billion|million)\b`,
  'giu',
)
/** A number that names a place in a text, not an amount: "Article 5", "Sections 6.1 or 6.2", "version 1.1". */
const REFERENCE_BEFORE = /(?:\b(?:sections?|articles?|paragraphs?|points?|clauses?|subsections?|subparagraphs?|exhibits?|annex(?:es)?|schedules?|appendix|appendices|chapters?|versions?|v|no|§)\.?\s*(?:\(?[\dA-Za-z.]+\)?\s*(?:,|and|or|to|through|-|–)\s*)*|§\s*)$/i

interface Quantity {
  readonly text: string
  readonly key: string
}

function quantities(text: string): Quantity[] {
  const found: Quantity[] = []
  for (const match of text.matchAll(QUANTITY)) {
    const surface = match[0].trim()
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    if (REFERENCE_BEFORE.test(before)) continue
    // A dotted number with no amount after it ("2.1", "1.13") is a section or version number.
    if (/^\d+(?:\.\d+)+$/.test(surface)) continue
    // A numbered item's own label at the start of a text ("3. ", "(2)").
    if (match.index === 0 && /^\d+$/.test(surface) && /^[.)]/.test(text.slice(surface.length))) continue
    const after = text.slice(match.index + match[0].length)
    // A list label anywhere ("(2)", "1)", "2 -" at the start) or a statute ("17 U.S.C.", "101 et seq.").
    if (/^\d+$/.test(surface) && (/^\)/.test(after) || (match.index === 0 && /^\s?[-–—]/.test(after)))) continue
    if (/^\s*(?:U\.?S\.?C\b|C\.?F\.?R\b|et seq\b)/.test(after)) continue
    const key = surface
      .toLowerCase()
      .replace(/(?<=\d)[,\u00a0\u202f ](?=\d{3})/g, '')
      .replace(/us\$|\$|usd\s?/g, '$')
      .replace(/per\s?cent|percent|\s%/g, '%')
      .replace(/\s+/g, ' ')
    found.push({ text: surface, key })
  }
  return found
}

/**
 * What one list has more of than another, by key: items with the same words on both sides pair
 * off first, so the surplus is the one that changed ("if accepting", not an "only if" both keep).
 */
function surplus<T extends { key: string; text: string }>(more: readonly T[], less: readonly T[]): T[] {
  const unmatched = [...less]
  const take = (test: (item: T) => boolean) => {
    const at = unmatched.findIndex(test)
    if (at === -1) return false
    unmatched.splice(at, 1)
    return true
  }
  const sameText = more.map((item) => take((other) => other.key === item.key && other.text === item.text))
  return more.filter((item, index) => !sameText[index] && !take((other) => other.key === item.key && !more.some((candidate) => candidate.text === other.text)) && !take((other) => other.key === item.key))
}

const uniqueTexts = (items: readonly { text: string }[], max = 3) => [...new Set(items.map((item) => item.text))].slice(0, max).map(quote).join(', ')

function changeDetail(removed: readonly { text: string }[], added: readonly { text: string }[]): { verb: string; detail: string } {
  if (removed.length > 0 && added.length > 0) return { verb: 'changed', detail: `${uniqueTexts(removed)} → ${uniqueTexts(added)}` }
  if (added.length > 0) return { verb: 'added', detail: uniqueTexts(added) }
  return { verb: 'removed', detail: uniqueTexts(removed) }
}

function numbersFlag(change: WordingChange): ChangeFlag | null {
  const before = quantities(change.before)
  const after = quantities(change.after)
  const removed = surplus(before, after)
  const added = surplus(after, before)
  if (removed.length === 0 && added.length === 0) return null
  const { verb, detail } = changeDetail(removed, added)
  const noun = removed.length + added.length > 2 || (verb !== 'changed' && removed.length + added.length > 1) ? 'Numbers' : 'Number'
  return { kind: 'numbers', label: `${noun} ${verb}`, detail }
}

// ---------------------------------------------------------------------------------------------
// Parties: who is named, across the whole wording

/** Names written with a capital (states, organisations, people), each with the party it stands for. */
const PROPER_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['United States', 'United States of America|United States|U\\.S\\.A?|USA|US(?!\\$)|America|Americans?|Washington'],
  ['Russia', 'Russian Federation|Russia|Russians?|Kremlin'],
  ['Ukraine', 'Ukraine|Ukrainians?|Kyiv|Kiev'],
  ['European Union', 'European Union|EU'],
  ['Europe', 'Europe|Europeans?'],
  ['NATO', 'NATO'],
  ['E3', 'E3'],
  ['G7', 'G7'],
  ['G8', 'G8'],
  ['United Kingdom', 'United Kingdom|UK|Britain|British'],
  ['France', 'France|French'],
  ['Germany', 'Germany|German'],
  ['Poland', 'Poland|Polish'],
  ['China', 'China|Chinese'],
  ['Turkey', 'Turkey|Türkiye|Turkish'],
  ['Belarus', 'Belarus|Belarusian'],
  ['United Nations', 'United Nations|UN|Security Council'],
  ['IAEA', 'IAEA'],
  ['State Duma', 'State Duma|Duma'],
  ['Peace Council', 'Peace Council|Board of Peace'],
  ['Donald Trump', 'Donald J\\. Trump|Donald Trump|Trump'],
  ['Volodymyr Zelensky', 'Zelensky|Zelenskyy'],
  ['Vladimir Putin', 'Putin'],
  ['Sun Microsystems', 'Sun Microsystems|Sun'],
  ['Oracle', 'Oracle'],
  ['IBM', 'IBM'],
  ['Eclipse Foundation', 'Eclipse Foundation'],
  ['European Commission', 'European Commission|Commission'],
  ['Apache Software Foundation', 'Apache Software Foundation'],
  ['Apache Group', 'Apache Group'],
  ['European Community', 'European Community|European Communities'],
  ['Perl Foundation', 'Perl Foundation'],
]

/** Roles and collective parties, in any case. */
const ROLES: ReadonlyArray<readonly [string, string]> = [
  ['both sides', 'both sides|the two sides|each side|either side'],
  ['both countries', 'both countries|the two countries'],
  ['the parties', 'all parties|the parties|each party|every party|either party|neither party|both parties|parties to the conflict|party to the conflict'],
  ['the signatories', 'signatories|signatory|signatory states'],
  ['allies', 'allies|allied states'],
  ['parliament', 'parliament|the legislature'],
  ['president', 'president'],
  ['you', 'you|your|yourself'],
  ['licensor', 'licensors?'],
  ['licensee', 'licensees?'],
  ['contributor', 'contributors?'],
  ['recipient', 'recipients?'],
  ['initial developer', 'initial developers?'],
  ['original author', 'original authors?'],
  ['copyright holder', 'copyright holders?|copyright owners?'],
  ['distributor', 'distributors?'],
  ['agreement steward', 'agreement steward'],
  ['maintainer', 'current maintainer|maintainers?'],
  ['third parties', 'third part(?:y|ies)'],
  ['user', 'users?|end-users?|end users?'],
]

function partyPattern(list: ReadonlyArray<readonly [string, string]>, flags: string) {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(([, pattern]) => `(${pattern})`).join('|')})(?![\\p{L}\\p{N}])`, flags)
}
const PROPER = partyPattern(PROPER_NAMES, 'gu')
const ROLE = partyPattern(ROLES, 'giu')

function parties(text: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const [pattern, list] of [[PROPER, PROPER_NAMES], [ROLE, ROLES]] as const) {
    for (const match of text.matchAll(pattern)) {
      // A capitalised role before another capitalised word names a defined thing ("Distributor Fee"), not a party.
      if (pattern === ROLE && /^\p{Lu}/u.test(match[0]) && /^ \p{Lu}\p{Ll}/u.test(text.slice(match.index + match[0].length)) && !/^(?:You|Your)$/.test(match[0])) continue
      // The pattern is one group per party, in the list's order; a match fills exactly one.
      const party = list.find((_, group) => match[group + 1] !== undefined)?.[0]
      if (party !== undefined && !found.has(party)) found.set(party, match[0])
    }
  }
  return found
}

function partiesFlag(change: WordingChange): ChangeFlag | null {
  const before = parties(change.before)
  const after = parties(change.after)
  const removed = [...before].filter(([party]) => !after.has(party)).map(([, text]) => ({ text }))
  const added = [...after].filter(([party]) => !before.has(party)).map(([, text]) => ({ text }))
  if (removed.length === 0 && added.length === 0) return null
  const { verb, detail } = changeDetail(removed, added)
  return { kind: 'parties', label: `${removed.length + added.length > 1 && verb !== 'changed' ? 'Parties' : 'Party'} ${verb}`, detail }
}

// ---------------------------------------------------------------------------------------------
// Conditions: across the whole wording

const CONDITION = /(?<![\p{L}\p{N}])(?:only if|even if|if|unless|provided that|providing that|provided, however|to the extent|with conditions|on (?:the |one |a |this )?conditions? that|on (?:the |one |a |this )?condition|subject to|in the event(?: that| of)?|in case|as long as|so long as|until(?! then| now)|conditional (?:on|upon)|contingent (?:on|upon)|depends? on|depending on|only after|only once|(?<=^|[,;:]\s)once)(?![\p{L}\p{N}])/giu

interface Condition {
  readonly key: string
  readonly text: string
}

function conditions(text: string): Condition[] {
  return Array.from(text.matchAll(CONDITION), (match) => {
    const marker = match[0].toLowerCase().replace(/^(?:only|even) /, '')
    const key = marker.startsWith('provid') ? 'provided' : marker.startsWith('with') ? 'on condition' : marker.startsWith('on ') ? 'on condition' : marker.startsWith('in the event') ? 'in the event' : marker
    const following = wordsOf(text.slice(match.index + match[0].length)).slice(0, 4).map((word) => word.text)
    return { key, text: [match[0], ...following].join(' ') }
  })
}

function conditionsFlag(change: WordingChange): ChangeFlag | null {
  const before = conditions(change.before)
  const after = conditions(change.after)
  const removed = surplus(before, after)
  const added = surplus(after, before)
  if (removed.length === 0 && added.length === 0) return null
  const verb = added.length > 0 && removed.length > 0 ? 'changed' : added.length > 0 ? 'added' : 'removed'
  const quoted = (list: readonly Condition[], suffix: string) => list.map((condition) => `${quote(`${condition.text}…`)}${verb === 'changed' ? suffix : ''}`)
  const detail = [...quoted(added, ' added'), ...quoted(removed, ' removed')].slice(0, 3).join('; ')
  return { kind: 'conditions', label: `Condition ${verb}`, detail }
}

// ---------------------------------------------------------------------------------------------

/** The flags for two wordings and their diff, at most one per kind, in the kinds' order. */
function totalsOf(text: string): WordingTotals {
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
