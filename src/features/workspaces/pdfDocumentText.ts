/**
 * A PDF's text as draft text, by pdf.js, page by page, with the page limit checked before the
 * pages are read. The app passes pdf.js's browser build (readDraftFile.ts); `npm run import`
 * its Node build (scripts/importDrafts.ts): one reader, so both split the same text.
 */
import type * as PdfJs from 'pdfjs-dist'
import { pdfPagesProblem } from '../../domain/drafts/importLimits.ts'
import { pdfLinesToText, pdfPageLines, type PdfLine, type PdfTextItem } from '../../domain/drafts/pdfText.ts'
import type { ReadResult } from './fileReaders.ts'

/** What the paragraph rebuilder reads of pdf.js's text items: the text, its position, size and font. */
export function pdfTextItems(items: readonly object[]): PdfTextItem[] {
  return items.flatMap((item) => {
    if (!('str' in item) || !('transform' in item)) return []
    const piece = item as { str: string; hasEOL: boolean; transform: number[]; width: number; height: number; fontName: string }
    return [{ str: piece.str, hasEOL: piece.hasEOL, x: Number(piece.transform[4]), y: Number(piece.transform[5]), width: piece.width, height: piece.height, fontName: piece.fontName }]
  })
}

type PdfJsReader = Pick<typeof PdfJs, 'getDocument'>
export type PdfLinesResult = { readonly ok: true; readonly pages: readonly (readonly PdfLine[])[] } | { readonly ok: false; readonly message: string }

/** Pages asked for at once from each parser: its worker never waits for the page to ask for the next. */
const PAGES_AT_ONCE = 4

/**
 * Each page's lines (pdfText.ts), not yet joined into paragraphs. With `parsers` above one, the
 * file is opened that many times, each in a pdf.js worker of its own, and they share the pages:
 * pdf.js parses a document's pages one after another, and parsing is nearly all the time.
 */
export async function pdfDocumentLines(pdfjs: PdfJsReader, data: Uint8Array, name: string, parsers = 1): Promise<PdfLinesResult> {
  // pdf.js 6 has no eval path left (its isEvalSupported option is gone), which the app's
  // Content-Security-Policy needs; no font faces, and nothing fetched: the file is in memory.
  // pdf.js takes the bytes it is given (transfers them to its worker): each parser gets a copy.
  const open = (bytes: Uint8Array) => pdfjs.getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
  const firstTask = open(parsers > 1 ? data.slice() : data)
  const tasks = [firstTask]
  try {
    let first
    try {
      first = await firstTask.promise
    } catch (error) {
      const kind = error instanceof Error ? error.name : ''
      if (kind === 'PasswordException') return { ok: false, message: `${name} is protected by a password. Remove the password and open it again.` }
      return { ok: false, message: `${name} is not a PDF the app can read.` }
    }
    const tooLong = pdfPagesProblem(name, first.numPages)
    if (tooLong) return { ok: false, message: tooLong }
    // A short file is not worth a second worker's start.
    const more = first.numPages >= 20 ? Math.max(0, parsers - 1) : 0
    for (let k = 0; k < more; k++) tasks.push(open(data.slice()))
    const documents = await Promise.all(tasks.map((task) => task.promise))
    const pages: PdfLine[][] = []
    let next = 1
    // Each page's lines are rebuilt as it arrives, so no one step does all the work.
    const reader = async (document: PdfJs.PDFDocumentProxy) => {
      for (let number = next++; number <= first.numPages; number = next++) {
        const content = await (await document.getPage(number)).getTextContent()
        pages[number - 1] = pdfPageLines(pdfTextItems(content.items), number)
      }
    }
    await Promise.all(documents.flatMap((document) => Array.from({ length: PAGES_AT_ONCE }, () => reader(document))))
    return { ok: true, pages }
  } finally {
    await Promise.all(tasks.map((task) => task.destroy()))
  }
}

/** A PDF's text from its pages' lines, not yet checked against the text limits; `notes` name pages with no text layer. */
export function pdfLinesText(pages: readonly (readonly PdfLine[])[], name: string): ReadResult {
  const text = pdfLinesToText(pages, name)
  if (!text.ok) return text
  const notes = text.pagesWithoutText.length > 0 ? [`${name}: page ${text.pagesWithoutText.join(', ')} has no text layer (scanned?) and was left out.`] : []
  return { ok: true, text: text.text, notes }
}

/** The text of a PDF, not yet checked against the text limits; `notes` name pages with no text layer. */
export async function pdfDocumentText(pdfjs: PdfJsReader, data: Uint8Array, name: string): Promise<ReadResult> {
  const lines = await pdfDocumentLines(pdfjs, data, name)
  return lines.ok ? pdfLinesText(lines.pages, name) : lines
}
