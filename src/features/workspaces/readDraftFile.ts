/**
 * Reads a draft from a file the user opened: plain text and Markdown directly, Word (.docx)
 * with mammoth and PDF with pdf.js. The two parsers are loaded only here, when a user imports,
 * so the first load of the app stays small.
 */
import { docxHtmlToText, pdfItemsToText } from '../../domain/drafts/documentText.ts'

export const FILE_LIMITS = { bytes: 10 * 1024 * 1024, pdfPages: 500 } as const

export type ReadResult = { readonly ok: true; readonly text: string; readonly notes: readonly string[] } | { readonly ok: false; readonly message: string }

function extension(name: string): string {
  return /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? ''
}

export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.docx,.pdf'

export async function readDraftFile(file: File): Promise<ReadResult> {
  if (file.size > FILE_LIMITS.bytes) {
    return { ok: false, message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${FILE_LIMITS.bytes / 1024 / 1024} MB per file.` }
  }
  const type = extension(file.name)
  try {
    switch (type) {
      case 'txt':
      case 'text':
      case 'md':
      case 'markdown':
        return { ok: true, text: await file.text(), notes: [] }
      case 'docx':
        return await readDocx(file)
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
    return { ok: false, message: `${file.name} could not be read (${reason.slice(0, 200)}).` }
  }
}

async function readDocx(file: File): Promise<ReadResult> {
  const mammoth = await import('mammoth')
  const result = await mammoth.convertToHtml({ arrayBuffer: await file.arrayBuffer() })
  const text = docxHtmlToText(result.value)
  if (text.trim() === '') return { ok: false, message: `${file.name} has no text in it.` }
  return { ok: true, text, notes: [] }
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
    if (document.numPages > FILE_LIMITS.pdfPages) return { ok: false, message: `${file.name} has ${document.numPages} pages; the limit is ${FILE_LIMITS.pdfPages}.` }
    const pages = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(content.items.flatMap((item) => ('str' in item ? [{ str: item.str, hasEOL: item.hasEOL, y: Number(item.transform[5]) }] : [])))
    }
    const text = pdfItemsToText(pages, file.name)
    if (!text.ok) return text
    const notes = text.pagesWithoutText.length > 0 ? [`${file.name}: page ${text.pagesWithoutText.join(', ')} has no text layer (scanned?) and was left out.`] : []
    return { ok: true, text: text.text, notes }
  } finally {
    await task.destroy()
  }
}
