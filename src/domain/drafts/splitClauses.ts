/**
 * Splits a draft's plain text into clauses and sub-points the way drafters number them:
 * "1.", "1)", "Point 1", "Article 1", "§ 1", roman numerals ("IV."), "(a)" sub-points, and
 * Markdown headings (Word headings arrive here as Markdown headings, see `docxHtmlToText.ts`).
 *
 * Every pattern is anchored and bounded, so a crafted line costs time linear in its length.
 */
import { follows, readMarker, resolveKind, startsList, styleOf, type Marker, type MarkerKind } from './lineMarkers.ts'
import { itemAt } from '../itemAt.ts'

export interface DraftPart {
  /** The draft's own sub-point label, without brackets: "a", "ii". */
  readonly label: string
  readonly text: string
}

export interface DraftClause {
  /** The draft's own number ("4", "IV", "2.1"); null for a preamble or unnumbered text. */
  readonly number: string | null
  readonly title: string | null
  readonly text: string
  readonly parts: readonly DraftPart[]
  /** 1-based line of the text where the clause starts, to point at it in messages. */
  readonly line: number
  /** The headings it sits under, outermost first ("3 REQUIREMENTS"); shown with the clause. */
  readonly section?: string | null
}

/** What a version may hold; the schema caps the same things for bundled data. */
export const DRAFT_LIMITS = {
  /** Characters of text in one import (about 2 MB of plain text). */
  characters: 2_000_000,
  clausesPerVersion: 2_000,
  versionsPerWorkspace: 5,
  partsPerClause: 60,
  clauseCharacters: 20_000,
  /** Longest number or sub-point label the data format accepts. */
  labelLength: 12,
} as const

export type SplitResult =
  | { readonly ok: true; readonly clauses: readonly DraftClause[] }
  | { readonly ok: false; readonly message: string; /** Set when the text has more clauses than a version may hold. */ readonly clauses?: number }

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/
const UNNUMBERED_KEYWORD = /^(appendix|annex|exhibit|schedule)\s*(?:[:.\u2013\u2014-]\s*(.*))?$/i
/** "Grant of Copyright License. Subject to …": a short title-cased lead-in is the clause's title. */
const INLINE_TITLE = /^([A-Z][^.;:!?]{1,80}?)\.\s+(?=\S)(.*)$/
const SMALL_WORDS = new Set('a an and as at by for from in of on or the to with'.split(' '))

/** Short, capitalised, no sentence punctuation: "DEFINITIONS", "License Grants.", "The Initial Developer Grant". */
function titleLike(text: string): boolean {
  const bare = text.replace(/[.:]$/, '').trim()
  if (bare === '' || bare.length > 80 || /[.;,!?]/.test(bare)) return false
  const words = bare.split(/\s+/)
  const [first] = words
  if (first === undefined || words.length > 10) return false
  const capitalised = words.filter((word) => /^["“‘(]?[\p{Lu}\d]/u.test(word) || SMALL_WORDS.has(word.toLowerCase())).length
  return capitalised === words.length && /^["“‘(]?[\p{Lu}\d]/u.test(first)
}

interface OpenClause {
  number: string | null
  title: string | null
  lead: string[]
  parts: { label: string; words: string[] }[]
  line: number
  /** The heading's rest, which may turn out to be a title (see `settleTitle`). */
  pendingTitle: string | null
  /** The clause this one is numbered under (2.1 under 2), by index in the list. */
  parent: number | null
  /** An unnumbered heading line ("Definitions") that stands above this clause. */
  heading: string | null
}

/** One open list: its style and last label; `clause` is set for a clause-level list. */
interface OpenList {
  readonly style: string
  readonly kind: MarkerKind
  readonly depth: number
  label: string
  clause: number | null
}

function join(words: readonly string[]): string {
  return words.join(' ').replace(/\s+/g, ' ').trim()
}

/** Markdown emphasis and list bullets are layout, not wording. */
function plain(line: string): string {
  return line
    .replace(/^\s*(?:[-*+\u2013\u2014\u2022]|>)\s+/, '')
    .replace(/\*\*([^*]{1,400})\*\*/g, '$1')
    .replace(/__([^_]{1,400})__/g, '$1')
    .trim()
}

// Control characters other than tab are noise from converters; they never carry wording.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

/**
 * Splits a draft into clauses. Never throws; a draft it cannot take gets a message.
 * @example splitClauses('1. Ukraine is sovereign.\n2. A ceasefire follows.').clauses.map((c) => c.number) // ['1', '2']
 */
export function splitClauses(input: string): SplitResult {
  if (input.length > DRAFT_LIMITS.characters) {
    return { ok: false, message: `The text has ${input.length.toLocaleString('en-US')} characters; the limit is ${DRAFT_LIMITS.characters.toLocaleString('en-US')}.` }
  }
  const lines = input
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((raw) => raw.replace(CONTROL, '').trim())
  const clauses: OpenClause[] = []
  const lists: OpenList[] = []
  let current: OpenClause | null = null
  let heading: string | null = null
  let structured = false

  const open = (number: string | null, title: string | null, line: number, parent: number | null): OpenClause => {
    const clause: OpenClause = { number, title, lead: [], parts: [], line, pendingTitle: null, parent, heading: parent === null ? heading : null }
    clauses.push(clause)
    return clause
  }
  const nextMarker = (index: number): Marker | null => {
    for (let k = index + 1; k < lines.length; k++) {
      const line = lines[k]
      if (line) return readMarker(line)
    }
    return null
  }

  lines.forEach((line, index) => {
    const lineNumber = index + 1
    if (line === '') return
    const markdown = MARKDOWN_HEADING.exec(line)
    if (markdown) {
      const inner = itemAt(markdown, 2).trim()
      const numbered = readMarker(inner)
      if (numbered && (numbered.kind === 'keyword' || numbered.kind === 'decimal')) {
        structured = true
        current = placeClause({ ...numbered, titled: true }, line, lineNumber, index)
        return
      }
      structured = true
      lists.length = 0
      heading = null
      // A bare heading followed by a numbered point gives that point its title.
      current = open(null, plain(inner) || null, lineNumber, null)
      return
    }
    const unnumbered = UNNUMBERED_KEYWORD.exec(line)
    if (unnumbered && line.length <= 120) {
      structured = true
      lists.length = 0
      heading = null
      current = open(null, plain(line), lineNumber, null)
      return
    }
    const found = readMarker(line)
    const marker = found ? accept(resolveKind(found, new Map(lists.map((list) => [list.style, list.label]))), lists) : null
    if (marker) {
      structured = true
      const below = lists.findIndex((list) => list.style === styleOf(marker))
      if (below >= 0) lists.length = below
      // "Article 4" or "Section 4" is always a clause: it closes the sub-points and deeper clauses still open.
      if (marker.kind === 'keyword') for (let last = lists.at(-1); last && (last.clause === null || last.depth >= marker.depth); last = lists.at(-1)) lists.pop()
      const underPart = lists.some((list) => list.clause === null)
      const clauseLevel = !underPart && (marker.kind === 'keyword' || (marker.kind === 'decimal' && (marker.punctuation !== '()' || !lists.some((list) => list.clause !== null))) || lists.length === 0)
      if (clauseLevel) {
        current = placeClause(marker, line, lineNumber, index)
        return
      }
      current ??= open(null, null, lineNumber, null)
      settleTitle(current, 'sub-points')
      lists.push({ style: styleOf(marker), kind: marker.kind, depth: marker.depth, label: marker.label, clause: null })
      current.parts.push({ label: marker.label, words: marker.rest ? [plain(marker.rest)] : [] })
      return
    }
    // A short heading line right above a numbered clause heads the clauses below it.
    const next = nextMarker(index)
    if (next && (next.kind === 'keyword' || next.kind === 'decimal') && titleLike(line) && !/[.:]$/.test(line)) {
      heading = plain(line)
      return
    }
    current ??= open(null, null, lineNumber, null)
    settleTitle(current, 'body')
    const lastPart = current.parts[current.parts.length - 1]
    if (lastPart) lastPart.words.push(plain(line))
    else current.lead.push(plain(line))
  })

  function placeClause(found: Marker, line: string, lineNumber: number, index: number): OpenClause {
    // "Exhibit A", "Annex 2" stand outside the numbered clauses, under the number they are known by.
    const annex = /^(exhibit|schedule|annex|appendix)\b/i.exec(line.replace(/^#+\s*/, ''))?.[0]
    const marker = annex ? { ...found, label: `${annex.charAt(0).toUpperCase()}${annex.slice(1).toLowerCase()} ${found.label}` } : found
    if (annex) lists.length = 0
    const style = styleOf(marker)
    const below = lists.findIndex((list) => list.style === style)
    if (below >= 0) lists.length = below
    // Under a part, nothing is a clause; a dotted number closes the lists deeper than its parent.
    const parentList = [...lists].reverse().find((list) => list.clause !== null)
    // A bare heading followed by a numbered point gives that point its title.
    const bare = clauses[clauses.length - 1]
    const bareTitle = bare && bare.number === null && bare.title !== null && bare.lead.length === 0 && bare.parts.length === 0 ? bare.title : null
    if (bareTitle !== null) clauses.pop()
    const clause = open(marker.label, bareTitle, lineNumber, parentList?.clause ?? null)
    lists.push({ style, kind: marker.kind, depth: marker.depth, label: marker.label, clause: clauses.length - 1 })
    if (marker.rest !== '') {
      const inline = marker.titled ? null : INLINE_TITLE.exec(marker.rest)
      if (clause.title !== null) clause.lead.push(plain(marker.rest))
      else if (inline && titleLike(itemAt(inline, 1))) {
        clause.title = itemAt(inline, 1).trim()
        clause.lead.push(plain(itemAt(inline, 2)))
      } else {
        clause.pendingTitle = plain(marker.rest)
        const next = nextMarker(index)
        const opensSub = next !== null && next.kind === 'decimal' && next.label.startsWith(`${marker.label}.`)
        if (opensSub) settleTitle(clause, 'sub-points')
        else if (next !== null && (next.kind === 'keyword' || (next.kind === 'decimal' && next.punctuation !== '()'))) settleTitle(clause, 'nothing')
      }
    }
    return clause
  }

  clauses.forEach((clause) => settleTitle(clause, 'nothing'))
  const finished = finish(clauses)
  if (finished.length === 0) return { ok: false, message: 'No text was found to split into clauses.' }
  return checkLimits(structured ? finished : paragraphs(lines))
}

/** A marker that breaks its list's sequence is wording, as is a sub-point list that starts mid-way. */
function accept(marker: Marker, lists: readonly OpenList[]): Marker | null {
  const style = styleOf(marker)
  const sibling = lists.find((list) => list.style === style)
  if (sibling) return follows(marker.kind, sibling.label, marker.label) ? marker : null
  if (marker.kind === 'keyword' || marker.kind === 'decimal') {
    if (marker.depth === 1) return marker
    // "3.1" opens under "3", or in a text whose numbering starts deeper.
    const parent = marker.label.split('.').slice(0, -1).join('.')
    const decimals = lists.filter((list) => list.kind === 'decimal' || list.kind === 'keyword')
    return decimals.length === 0 || decimals.some((list) => list.label === parent) ? marker : null
  }
  return startsList(marker.kind, marker.label) ? marker : null
}

/**
 * A heading's rest ("Article 3: Scope", "1. DEFINITIONS") is its title when the wording follows
 * on its own lines and it reads as a title; otherwise it is the clause's first words.
 */
function settleTitle(clause: OpenClause, next: 'body' | 'sub-points' | 'nothing') {
  if (clause.pendingTitle === null) return
  const pending = clause.pendingTitle
  const title = next === 'body' ? (pending.length <= 120 && !/[.;:]$/.test(pending)) || titleLike(pending) : next === 'sub-points' && titleLike(pending)
  if (clause.lead.length === 0 && clause.parts.length === 0 && title) {
    clause.title = pending.replace(/\.$/, '')
  } else {
    clause.lead.unshift(pending)
  }
  clause.pendingTitle = null
}

/** Closes the open clauses: a numbered heading with nothing of its own under it heads its sub-clauses. */
function finish(clauses: readonly OpenClause[]): DraftClause[] {
  const named = (clause: OpenClause) => [clause.number, clause.title].filter((piece) => piece !== null && piece !== '').join(' ')
  /** The headings above a clause, outermost first: "Definitions", "3 REQUIREMENTS". */
  const sectionOf = (own: OpenClause): string | null => {
    const path: string[] = []
    let clause = own
    for (let depth = 0; clause.parent !== null && depth < 6; depth++) {
      // A parent is a clause opened earlier in the same list.
      clause = itemAt(clauses, clause.parent)
      path.unshift(named(clause))
    }
    if (clause.heading !== null && clause !== own) path.unshift(clause.heading)
    else if (clause.heading !== null) path.push(clause.heading)
    return path.length === 0 ? null : path.join(' › ').slice(0, 400)
  }
  return clauses.flatMap((clause): DraftClause[] => {
    const text = join(clause.lead)
    const ownParts = clause.parts.map((part) => ({ label: part.label, text: join(part.words) })).filter((part) => part.text !== '')
    // A heading with nothing under it (a chapter title) is not a clause of its own.
    if (text === '' && ownParts.length === 0) return []
    return [{ number: clause.number, title: clause.title, text, parts: ownParts, line: clause.line, section: sectionOf(clause) }]
  })
}

/** Unnumbered text: one clause per paragraph (a run of lines between blank lines). */
function paragraphs(lines: readonly string[]): DraftClause[] {
  const result: DraftClause[] = []
  let words: string[] = []
  let start = 0
  const flush = () => {
    const text = join(words)
    if (text !== '') result.push({ number: `¶${result.length + 1}`, title: null, text, parts: [], line: start })
    words = []
  }
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return flush()
    if (words.length === 0) start = index + 1
    words.push(plain(line))
  })
  flush()
  return result
}

function describe(clause: DraftClause): string {
  return `${clause.number ? `Clause ${clause.number}` : 'A clause'} (line ${clause.line})`
}

function checkLimits(clauses: readonly DraftClause[]): SplitResult {
  if (clauses.length > DRAFT_LIMITS.clausesPerVersion) {
    return { ok: false, clauses: clauses.length, message: `The text splits into ${clauses.length.toLocaleString('en-US')} clauses; a version holds at most ${DRAFT_LIMITS.clausesPerVersion.toLocaleString('en-US')}.` }
  }
  for (const clause of clauses) {
    const problem = clauseProblem(clause)
    if (problem) return { ok: false, message: `${describe(clause)} ${problem}` }
  }
  return { ok: true, clauses }
}

/** Why a clause cannot be saved, or null; shared with the editor, which checks each edit. */
export function clauseProblem(clause: Pick<DraftClause, 'number' | 'title' | 'text' | 'parts'>): string | null {
  if (clause.parts.length > DRAFT_LIMITS.partsPerClause) return `has ${clause.parts.length} sub-points; the limit is ${DRAFT_LIMITS.partsPerClause}.`
  if (clause.number !== null && clause.number.length > DRAFT_LIMITS.labelLength) return `has a number longer than ${DRAFT_LIMITS.labelLength} characters.`
  if (clause.title !== null && clause.title.length > 400) return 'has a title longer than 400 characters.'
  if (clause.text.length > DRAFT_LIMITS.clauseCharacters) return `is longer than ${DRAFT_LIMITS.clauseCharacters.toLocaleString('en-US')} characters; split it.`
  for (const part of clause.parts) {
    if (part.text.length > DRAFT_LIMITS.clauseCharacters) return `has a sub-point (${part.label}) longer than ${DRAFT_LIMITS.clauseCharacters.toLocaleString('en-US')} characters.`
  }
  return null
}
