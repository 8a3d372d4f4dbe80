/**
 * A PDF's text as draft text, by pdf.js, page by page, with the page limit checked before the
 * pages are read. The app passes pdf.js's browser build (readDraftFile.ts); `npm run import`
 * its Node build (scripts/importDrafts.ts): one reader, so both split the same text.
 */
import type * as PdfJs from 'pdfjs-dist'
import { pdfPagesProblem } from '../../domain/drafts/importLimits.ts'
import { pdfItemsToText, type PdfTextItem } from '../../domain/drafts/pdfText.ts'
import type { ReadResult } from './fileReaders.ts'

/** What the paragraph rebuilder reads of pdf.js's text items: the text, its position, size and font. */
export function pdfTextItems(items: readonly object[]): PdfTextItem[] {
  return items.flatMap((item) => {
    if (!('str' in item) || !('transform' in item)) return []
    const piece = item as { str: string; hasEOL: boolean; transform: number[]; width: number; height: number; fontName: string }
    return [{ str: piece.str, hasEOL: piece.hasEOL, x: Number(piece.transform[4]), y: Number(piece.transform[5]), width: piece.width, height: piece.height, fontName: piece.fontName }]
  })
}

/** The text of a PDF, not yet checked against the text limits; `notes` name pages with no text layer. */
export async function pdfDocumentText(pdfjs: Pick<typeof PdfJs, 'getDocument'>, data: Uint8Array, name: string): Promise<ReadResult> {
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
    const pages = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(pdfTextItems(content.items))
    }
    const text = pdfItemsToText(pages, name)
    if (!text.ok) return text
    const notes = text.pagesWithoutText.length > 0 ? [`${name}: page ${text.pagesWithoutText.join(', ')} has no text layer (scanned?) and was left out.`] : []
    return { ok: true, text: text.text, notes }
  } finally {
    await task.destroy()
  }
}
