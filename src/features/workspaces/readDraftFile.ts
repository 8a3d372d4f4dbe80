/**
 * Reads a draft from a file the user opened. Plain text, Markdown and Word (.docx, with mammoth)
 * are read in the draft worker, limits first (fileReaders.ts); PDF with pdf.js, which parses in
 * a worker of its own, its lines then joined in the draft worker.
 * The parsers are loaded only here, when a user imports, so the first load of the app stays small.
 */
import { fileSizeProblem } from '../../drafts/importLimits.ts'
import { runInWorker } from './draftJob.ts'
import type { ReadResult } from './fileReaders.ts'
import { pdfDocumentLines } from './pdfDocumentText.ts'

/** Reads a file in the draft worker, or finishes a PDF's text there, with the text limits applied. */
async function inWorker(job: Parameters<typeof runInWorker>[0]): Promise<ReadResult> {
  const done = await runInWorker(job)
  return done.kind === 'read' ? done.result : { ok: false, message: 'The file could not be read.' }
}

function extension(name: string): string {
  return /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? ''
}

export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.docx,.pdf'

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
  const read = await pdfDocumentLines(pdfjs, new Uint8Array(await file.arrayBuffer()), file.name)
  // Joining the lines into paragraphs takes a long file a few hundred milliseconds: the draft worker does it.
  return read.ok ? await inWorker({ kind: 'pdf', name: file.name, pages: read.pages }) : read
}
