/**
 * Splits a draft's plain text into clauses and sub-points the way drafters number them:
 * "1.", "1)", "Point 1", "Article 1", "§ 1", roman numerals ("IV."), "(a)" sub-points, and
 * Markdown headings (Word headings arrive here as Markdown headings, see `docxHtmlToText.ts`).
 *
 * Every pattern is anchored and bounded, so a crafted line costs time linear in its length.
 */
import { itemAt } from '../domain/itemAt.ts'
import type { DraftClause, SplitResult } from './draftClause.ts'
import { checkLimits, DRAFT_LIMITS } from './draftLimits.ts'
import { follows, readMarker, resolveKind, startsList, styleOf, type Marker, type MarkerKind } from './lineMarkers.ts'
import { CONTROL, join, plain, titleLike } from './lineWording.ts'

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/
const UNNUMBERED_KEYWORD = /^(appendix|annex|exhibit|schedule)\s*(?:[:.\u2013\u2014-]\s*(.*))?$/i
/** "Grant of Copyright License. Subject to …": a short title-cased lead-in is the clause's title. */
const INLINE_TITLE = /^([A-Z][^.;:!?]{1,80}?)\.\s+(?=\S)(.*)$/

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
