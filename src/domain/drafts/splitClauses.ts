/**
 * Splits a draft's plain text into clauses and sub-points the way drafters number them:
 * "1.", "1)", "Point 1", "Article 1", "§ 1", roman numerals ("IV."), "(a)" sub-points, and
 * Markdown headings (Word headings arrive here as Markdown headings, see `docxHtmlToText.ts`).
 *
 * Every pattern is anchored and bounded, so a crafted line costs time linear in its length.
 */

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

const KEYWORD = /^(?:article|art\.|point|section|clause|paragraph|item)\s+(\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?|[ivxlcdm]{1,8})(?![\w])\.?\s*(?:[:.)\u2013\u2014-]\s*)?(.*)$/i
const SECTION_SIGN = /^§\s*(\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?)(?![\w])\.?\s*(?:[:.)\u2013\u2014-]\s*)?(.*)$/
const NUMBERED = /^(\d{1,4}(?:\.\d{1,3}){0,3})[.)](?:\s+(.*)|$)/
const ROMAN = /^([IVXLCDM]{1,8})[.)](?:\s+(.*)|$)/
const SUB_POINT = /^(?:\(([a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)|([a-z])\))(?:\s+(.*)|$)/
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/
const MARKDOWN_LIST_NUMBER = /^(\d{1,4})\.\s+(.*)$/
const VALID_ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/

interface Heading {
  readonly number: string | null
  readonly rest: string
  /** Keyword and Markdown headings may carry a title on their own line. */
  readonly titled: boolean
}

function readHeading(line: string): Heading | null {
  const markdown = MARKDOWN_HEADING.exec(line)
  if (markdown) {
    const inner = markdown[2]!.trim()
    const numbered = KEYWORD.exec(inner) ?? SECTION_SIGN.exec(inner) ?? MARKDOWN_LIST_NUMBER.exec(inner)
    if (numbered) return { number: numbered[1]!, rest: (numbered[2] ?? '').trim(), titled: true }
    return { number: null, rest: inner, titled: true }
  }
  const keyword = KEYWORD.exec(line) ?? SECTION_SIGN.exec(line)
  if (keyword) return { number: keyword[1]!, rest: (keyword[2] ?? '').trim(), titled: true }
  const numbered = NUMBERED.exec(line)
  if (numbered) return { number: numbered[1]!, rest: (numbered[2] ?? '').trim(), titled: false }
  const roman = ROMAN.exec(line)
  if (roman && VALID_ROMAN.test(roman[1]!)) return { number: roman[1]!, rest: (roman[2] ?? '').trim(), titled: false }
  return null
}

interface OpenClause {
  number: string | null
  title: string | null
  lead: string[]
  parts: { label: string; words: string[] }[]
  line: number
  /** A keyword heading whose rest may turn out to be a title (if a body line follows). */
  pendingTitle: string | null
}

function join(words: readonly string[]): string {
  return words.join(' ').replace(/\s+/g, ' ').trim()
}

/** Markdown emphasis and list bullets are layout, not wording. */
function plain(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|>)\s+/, '')
    .replace(/\*\*([^*]{1,400})\*\*/g, '$1')
    .replace(/__([^_]{1,400})__/g, '$1')
    .trim()
}

/**
 * Splits a draft into clauses. Never throws; a draft it cannot take gets a message.
 * @example splitClauses('1. Ukraine is sovereign.\n2. A ceasefire follows.').clauses.map((c) => c.number) // ['1', '2']
 */
export function splitClauses(input: string): SplitResult {
  if (input.length > DRAFT_LIMITS.characters) {
    return { ok: false, message: `The text has ${input.length.toLocaleString('en-US')} characters; the limit is ${DRAFT_LIMITS.characters.toLocaleString('en-US')}.` }
  }
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/)
  const clauses: OpenClause[] = []
  let current: OpenClause | null = null
  let structured = false

  const open = (number: string | null, title: string | null, line: number): OpenClause => {
    const clause: OpenClause = { number, title, lead: [], parts: [], line, pendingTitle: null }
    clauses.push(clause)
    return clause
  }

  lines.forEach((raw, index) => {
    const lineNumber = index + 1
    // Control characters other than tab are noise from converters; they never carry wording.
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()
    if (line === '') return
    const heading = readHeading(line)
    if (heading) {
      structured = true
      // A bare heading followed by a numbered point gives that point its title.
      const sectionTitle =
        current && current.number === null && current.lead.length === 0 && current.parts.length === 0 && current.title !== null && heading.number !== null
          ? current.title
          : null
      if (sectionTitle !== null) clauses.pop()
      current = open(heading.number, heading.number === null ? plain(heading.rest) || null : sectionTitle, lineNumber)
      if (heading.number !== null && heading.rest !== '') {
        if (heading.titled) current.pendingTitle = plain(heading.rest)
        else current.lead.push(plain(heading.rest))
      }
      return
    }
    const sub = SUB_POINT.exec(line)
    if (sub) {
      current ??= open(null, null, lineNumber)
      settleTitle(current, false)
      current.parts.push({ label: sub[1] ?? sub[2]!, words: sub[3] ? [plain(sub[3])] : [] })
      return
    }
    current ??= open(null, null, lineNumber)
    settleTitle(current, true)
    const lastPart = current.parts[current.parts.length - 1]
    if (lastPart) lastPart.words.push(plain(line))
    else current.lead.push(plain(line))
  })
  clauses.forEach((clause) => settleTitle(clause, false))

  const finished = clauses
    .map((clause) => ({
      number: clause.number,
      title: clause.title,
      text: join(clause.lead),
      parts: clause.parts.map((part) => ({ label: part.label, text: join(part.words) })).filter((part) => part.text !== ''),
      line: clause.line,
    }))
    // A heading with nothing under it (a chapter title) is not a clause of its own.
    .filter((clause) => clause.text !== '' || clause.parts.length > 0)

  if (finished.length === 0) return { ok: false, message: 'No text was found to split into clauses.' }
  const clausesOut = structured ? finished : paragraphs(lines)
  return checkLimits(clausesOut)
}

/**
 * A keyword heading's rest ("Article 3: Scope") is a title when the clause's wording follows
 * on its own lines, and the wording itself otherwise ("Point 3. Ukraine will …").
 */
function settleTitle(clause: OpenClause, bodyFollows: boolean) {
  if (clause.pendingTitle === null) return
  if (bodyFollows && clause.lead.length === 0 && clause.parts.length === 0 && clause.pendingTitle.length <= 120 && !/[.;]$/.test(clause.pendingTitle)) {
    clause.title = clause.pendingTitle
  } else {
    clause.lead.unshift(clause.pendingTitle)
  }
  clause.pendingTitle = null
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
