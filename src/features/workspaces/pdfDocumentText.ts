/**
 * A PDF's text as draft text, by pdf.js, page by page, with the page limit checked before the
 * pages are read. The app passes pdf.js's browser build (readDraftFile.ts); `npm run import`
 * its Node build (scripts/importInputs.ts): one reader, so both split the same text.
 */
import type * as PdfJs from 'pdfjs-dist'
import { pdfPagesProblem } from '../../drafts/importLimits.ts'
import { pdfLinesToText, pdfPageLines, type PdfLine, type PdfTextItem } from '../../drafts/pdfText.ts'
import type { ReadResult } from './fileReaders.ts'

/** What the paragraph rebuilder reads of pdf.js's text items: the text, its position, size and font. */
export function pdfTextItems(items: Awaited<ReturnType<PdfJs.PDFPageProxy['getTextContent']>>['items']): PdfTextItem[] {
  // Marked-content markers (asked for only with includeMarkedContent) carry no text.
  return items.flatMap((item) => ('str' in item ? [{ str: item.str, hasEOL: item.hasEOL, x: Number(item.transform[4]), y: Number(item.transform[5]), width: item.width, height: item.height, fontName: item.fontName }] : []))
}

type PdfJsReader = Pick<typeof PdfJs, 'getDocument'>
export type PdfLinesResult = { readonly ok: true; readonly pages: readonly (readonly PdfLine[])[] } | { readonly ok: false; readonly message: string }

/**
 * Each page's lines (pdfText.ts), not yet joined into paragraphs; each page's are rebuilt as it
 * arrives, so no one step on the page does all the work. The pages are asked for one at a time:
 * pdf.js's worker read a 300-page file more slowly with several asked for at once, or with a
 * second worker sharing them, on a busy 2-core machine (scripts/bench-drafts.mjs).
 */
export async function pdfDocumentLines(pdfjs: PdfJsReader, data: Uint8Array, name: string): Promise<PdfLinesResult> {
  // pdf.js 6 has no eval path left (its isEvalSupported option is gone), which the app's
  // Content-Security-Policy needs; no font faces, and nothing fetched: the file is in memory.
  const task = pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
  let document
  try {
    document = await task.promise
  } catch (error) {
    const kind = error instanceof Error ? error.name : ''
    if (kind === 'PasswordException') return { ok: false, message: `${name} is protected by a password. Remove the password and open it again.` }
    return { ok: false, message: `${name} is not a PDF the app can read.` }
  }
  try {
    const tooLong = pdfPagesProblem(name, document.numPages)
    if (tooLong) return { ok: false, message: tooLong }
    const pages: PdfLine[][] = []
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent()
      pages.push(pdfPageLines(pdfTextItems(content.items), number))
    }
    return { ok: true, pages }
  } finally {
    await task.destroy()
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
