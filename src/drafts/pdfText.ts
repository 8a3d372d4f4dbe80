/**
 * The text of a PDF as its author wrote it, from the positioned pieces pdf.js gives: lines are
 * rebuilt from baselines, paragraphs from line gaps, indents and fonts, so a line that wraps
 * onto a number ("2) in object code …") never starts a clause; words hyphenated at a line end
 * are joined (real hyphens, "02110-1301", "royalty-free", are kept); running headers, footers
 * and page numbers are dropped. One paragraph per line of the result, blank lines between.
 */

export interface PdfTextItem {
  readonly str: string
  readonly hasEOL: boolean
  /** The baseline's vertical position, from the bottom of the page. */
  readonly y: number
  /** Left edge and width, in the same units; absent in old callers (then lines only). */
  readonly x?: number
  readonly width?: number
  /** The glyphs' height (about the font size). */
  readonly height?: number
  readonly fontName?: string
}

export type PdfTextResult =
  | { readonly ok: true; readonly text: string; /** 1-based pages with no text (scanned pages in a mixed file). */ readonly pagesWithoutText: readonly number[] }
  | { readonly ok: false; readonly message: string }

/** A line of a page, rebuilt from its pieces; `pdfPageLines` makes them, `pdfLinesToText` joins them. */
export interface PdfLine {
  text: string
  readonly page: number
  readonly y: number
  readonly x: number
  right: number
  height: number
  readonly font: string
}

type Line = PdfLine

/**
 * Lines of one page (1-based `page`), in reading order, from items in pdf.js order. A reader can
 * call it as each page arrives, so a long file's work is spread over its pages.
 */
export function pdfPageLines(items: readonly PdfTextItem[], page: number): PdfLine[] {
  const lines: Line[] = []
  let line: Line | null = null
  const close = () => {
    if (line && line.text.trim() !== '') lines.push({ ...line, text: line.text.replace(/\s+/g, ' ').trim() })
    line = null
  }
  for (const item of items) {
    const str = item.str.replace(/\u00ad/g, '')
    const x = item.x ?? 0
    const height = item.height ?? 0
    if (line !== null && Math.abs(item.y - line.y) > Math.max(2, line.height * 0.4)) close()
    if (str.trim() === '') {
      if (line) line.text += ' '
    } else if (line === null) {
      line = { text: str, page, y: item.y, x, right: x + (item.width ?? 0), height, font: item.fontName ?? '' }
    } else {
      // Pieces of one line: a visible gap is a space the PDF did not write out.
      const gap = x - line.right
      if (item.x !== undefined && gap > Math.max(1, height * 0.2) && !/\s$/.test(line.text)) line.text += ' '
      line.text += str
      line.right = Math.max(line.right, x + (item.width ?? 0))
      line.height = Math.max(line.height, height)
    }
    if (item.hasEOL) close()
  }
  close()
  return lines
}

const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i

/** Lines that repeat at the top or bottom of most pages, and bare page numbers there. */
function runningLines(pages: readonly (readonly Line[])[]): Set<Line> {
  const running = new Set<Line>()
  const edges = pages.map((lines) => [...lines.slice(0, 2), ...lines.slice(-2)])
  const counts = new Map<string, number>()
  for (const lines of edges) for (const key of new Set(lines.map((line) => shape(line.text)))) counts.set(key, (counts.get(key) ?? 0) + 1)
  const pagesWithText = pages.filter((lines) => lines.length > 0).length
  edges.forEach((lines) => {
    for (const line of lines) {
      const repeated = pagesWithText >= 2 && (counts.get(shape(line.text)) ?? 0) >= Math.max(2, pagesWithText * 0.5)
      if (repeated || PAGE_NUMBER.test(line.text)) running.add(line)
    }
  })
  return running
}

function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) * share)] ?? 0
}
const median = (values: readonly number[]) => percentile(values, 0.5)

const STARTS_POINT = /^(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|\(?[a-zA-Z]{1,3}[.)]|\([a-z]{1,4}\)|[-•–—]\s|(?:article|section|clause|point|§)\s)/i

/** Paragraphs from lines: a larger gap, an indent change after a short line, a font change, a new point after a full stop. */
function paragraphs(pages: readonly (readonly Line[])[]): Line[][] {
  const running = runningLines(pages)
  const body = pages.map((lines) => lines.filter((line) => !running.has(line)))
  const gaps: number[] = []
  const heights: number[] = []
  for (const lines of body) {
    lines.forEach((line, k) => {
      const above = lines[k - 1]
      if (above && above.y > line.y) gaps.push(above.y - line.y)
    })
    for (const line of lines) heights.push(line.height)
  }
  // The gap between lines of one paragraph: the common small gap (most gaps may be between paragraphs).
  const leading = percentile(gaps, 0.2)
  const all = body.flat()
  const left = median(all.map((line) => line.x))
  const right = Math.max(...all.map((line) => line.right), 0)
  const fontHeight = median(heights)
  const full = (line: Line) => right - line.right < Math.max(fontHeight * 3, (right - left) * 0.08)

  const result: Line[][] = []
  let previous: Line | null = null
  for (const line of all) {
    let starts = previous === null
    // Without positions (an old caller), each line is a paragraph.
    if (previous !== null && right === 0) starts = true
    else if (previous !== null) {
      const samePage = previous.page === line.page
      const gap = previous.y - line.y
      const endsSentence = /[.:;!?"”)]$/.test(previous.text)
      // A gap well over a line's height parts paragraphs even where every line is one (then the usual gap is that).
      if (samePage && (gap > leading * 1.3 || gap > Math.max(line.height, previous.height) * 1.75 || gap < 0)) starts = true
      else if (line.font !== previous.font && (!full(previous) || line.height !== previous.height)) starts = true
      else if (!full(previous) && endsSentence) starts = true
      else if (!full(previous) && STARTS_POINT.test(line.text) && line.x <= previous.x + fontHeight) starts = true
      else if (!samePage && !full(previous)) starts = true
    }
    const current = result.at(-1)
    if (starts || !current) result.push([line])
    else current.push(line)
    previous = line
  }
  return result
}

/**
 * The word broken by a hyphen at the end of `text`, read from its tail: matching the whole of a
 * long paragraph's text at each of its lines took quadratic time (a second for a 300-page file).
 */
function brokenWord(text: string): string | null {
  if (!text.endsWith('-')) return null
  for (let tail = 64; ; tail *= 2) {
    const found = /([\p{L}\p{N}]+)-$/u.exec(text.slice(-tail))
    // A match that starts at the tail's first character may go on before it: look further back.
    if (!found || found.index > 0 || tail >= text.length) return found?.[1] ?? null
  }
}

/** Joins a paragraph's lines, undoing hyphenation at line ends unless the hyphen is real. */
function joinLines(lines: readonly Line[], hyphenated: ReadonlySet<string>): string {
  let text = ''
  for (const line of lines) {
    const broken = brokenWord(text)
    const next = /^[\p{L}\p{N}]+/u.exec(line.text)
    if (broken && next) {
      const compound = `${broken}-${next[0]}`.toLowerCase()
      // "02110-1301", "Non-Profit": a digit or capital after the break, or a compound the text writes whole elsewhere.
      const real = /^[\p{N}\p{Lu}]/u.test(next[0]) || /\p{N}$/u.test(broken) || hyphenated.has(compound)
      text = real ? text + line.text : text.slice(0, -1) + line.text
    } else {
      text = text === '' ? line.text : `${text} ${line.text}`
    }
  }
  return text
}

/**
 * The text of a PDF's text layer, one paragraph per line. A PDF without one (a scan) gets a
 * message, never an empty version.
 */
export function pdfItemsToText(pages: readonly (readonly PdfTextItem[])[], fileName: string): PdfTextResult {
  return pdfLinesToText(
    pages.map((items, index) => pdfPageLines(items, index + 1)),
    fileName,
  )
}

/** `pdfItemsToText` from each page's lines (`pdfPageLines`). */
export function pdfLinesToText(lines: readonly (readonly PdfLine[])[], fileName: string): PdfTextResult {
  if (lines.length === 0) return { ok: false, message: `${fileName} has no pages.` }
  const characters = lines.reduce((sum, page) => sum + page.reduce((n, line) => n + line.text.replace(/\s/g, '').length, 0), 0)
  if (characters < 10) {
    return {
      ok: false,
      message: `${fileName} has no text layer: it looks like a scan (${lines.length} ${lines.length === 1 ? 'page' : 'pages'}, no selectable text). Run it through text recognition (OCR), or open the original document instead.`,
    }
  }
  // Compounds written whole within a line somewhere in the text keep their hyphen when broken.
  const hyphenated = new Set<string>()
  for (const page of lines) for (const line of page) for (const match of line.text.matchAll(/[\p{L}\p{N}]+-[\p{L}\p{N}]+/gu)) hyphenated.add(match[0].toLowerCase())
  const text = paragraphs(lines)
    .map((paragraph) => joinLines(paragraph, hyphenated))
    .join('\n\n')
  return { ok: true, text, pagesWithoutText: lines.flatMap((page, index) => (page.length === 0 ? [index + 1] : [])) }
}
