/**
 * Reads a draft from a file the user opened. Plain text, Markdown and Word (.docx, with mammoth)
 * are read in the draft worker, limits first (fileReaders.ts); PDF with pdf.js, which parses in
 * a worker of its own. The parsers are loaded only here, when a user imports, so the first load
 * of the app stays small.
 */
import { fileSizeProblem, pdfPagesProblem } from '../../domain/drafts/importLimits.ts'
import { pdfItemsToText, type PdfTextItem } from '../../domain/drafts/pdfText.ts'
import { runInWorker } from './draftJob.ts'
import type { ReadResult } from './fileReaders.ts'

/** Reads a file in the draft worker; `check` applies the text limits to a PDF's text there too. */
async function inWorker(job: Parameters<typeof runInWorker>[0]): Promise<ReadResult> {
  const done = await runInWorker(job)
  return done.kind === 'read' ? done.result : { ok: false, message: 'The file could not be read.' }
}

function extension(name: string): string {
  return /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? ''
}

export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.docx,.pdf'

/** What the paragraph rebuilder reads of pdf.js's text items: the text, its position, size and font. */
export function pdfTextItems(items: readonly object[]): PdfTextItem[] {
  return items.flatMap((item) => {
    if (!('str' in item) || !('transform' in item)) return []
    const piece = item as { str: string; hasEOL: boolean; transform: number[]; width: number; height: number; fontName: string }
    return [{ str: piece.str, hasEOL: piece.hasEOL, x: Number(piece.transform[4]), y: Number(piece.transform[5]), width: piece.width, height: piece.height, fontName: piece.fontName }]
  })
}

export async function readDraftFile(file: File): Promise<ReadResult> {
  const tooBig = fileSizeProblem(file.name, file.size)
  if (tooBig) return { ok: false, message: tooBig }
  const type = extension(file.name)
  try {
    switch (type) {
      case 'txt':
      case 'text':
      case 'md':
      case 'markdown':
        return await inWorker({ kind: 'read', format: 'text', file, name: file.name })
      case 'docx':
        return await inWorker({ kind: 'read', format: 'docx', file, name: file.name })
      case 'pdf':
        return await readPdf(file)
      case 'doc':
        return { ok: false, message: `${file.name} is an old Word document (.doc). Save it as .docx in Word and open that.` }
      case 'json':
        return { ok: false, message: `${file.name} looks like a workspace file. Open it with “Import a workspace file” instead.` }
      default:
        return { ok: false, message: `${file.name}: the app reads .txt, .md, .docx and .pdf files.` }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, message: reason.startsWith(file.name) ? reason : `${file.name} could not be read (${reason.slice(0, 200)}).` }
  }
}

async function readPdf(file: File): Promise<ReadResult> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')])
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default
  // pdf.js 6 has no eval path left (its isEvalSupported option is gone), which the app's
  // Content-Security-Policy needs; no font faces, and nothing fetched: the file is in memory.
  const task = pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), disableFontFace: true, useSystemFonts: false, verbosity: 0 })
  let document
  try {
    document = await task.promise
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'PasswordException') return { ok: false, message: `${file.name} is protected by a password. Remove the password and open it again.` }
    return { ok: false, message: `${file.name} is not a PDF the app can read.` }
  }
  try {
    const tooLong = pdfPagesProblem(file.name, document.numPages)
    if (tooLong) return { ok: false, message: tooLong }
    const pages = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(pdfTextItems(content.items))
    }
    const text = pdfItemsToText(pages, file.name)
    if (!text.ok) return text
    const notes = text.pagesWithoutText.length > 0 ? [`${file.name}: page ${text.pagesWithoutText.join(', ')} has no text layer (scanned?) and was left out.`] : []
    const checked = await inWorker({ kind: 'check', name: file.name, text: text.text })
    return checked.ok ? { ...checked, notes } : checked
  } finally {
    await task.destroy()
  }
}
