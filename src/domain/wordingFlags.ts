/**
 * The change flags read from two whole wordings, wherever in them the words sit: numbers, amounts,
 * dates and durations; the parties named; the conditions set.
 */
import { quote, wordsOf, type ChangeFlag, type WordingChange } from './flagRule.ts'

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

export function numbersFlag(change: WordingChange): ChangeFlag | null {
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

export function partiesFlag(change: WordingChange): ChangeFlag | null {
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

export function conditionsFlag(change: WordingChange): ChangeFlag | null {
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
