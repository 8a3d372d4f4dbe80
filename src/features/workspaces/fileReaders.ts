/**
 * Reading a text or Word file into draft text, with every limit checked before the work it
 * guards. Runs in the draft worker (runDraftJob.ts), so a hostile file can cost the worker time but
 * never the page; the single-file build, which has no worker, runs it on the page.
 */
import { docxHtmlToText } from '../../drafts/documentText.ts'
import { docxSizeProblem, textLimitProblem } from '../../drafts/importLimits.ts'
import { entryData, isReadPart, readZipDirectory, type ZipEntry } from '../../drafts/zipDirectory.ts'

export type ReadResult = { readonly ok: true; readonly text: string; readonly notes: readonly string[] } | { readonly ok: false; readonly message: string }

/** A read text, or the limit it breaks. */
export function checkedText(name: string, text: string, notes: readonly string[] = []): ReadResult {
  const problem = textLimitProblem(name, text)
  return problem ? { ok: false, message: problem } : { ok: true, text, notes }
}

export async function readTextFile(file: Blob, name: string): Promise<ReadResult> {
  return checkedText(name, await file.text())
}

// Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,000-fold,
// so one slice can unpack to a few megabytes at most before the size check sees it.
const INFLATE_SLICE = 4 * 1024

/** Inflates one deflated part, stopping as soon as it passes `limit` bytes: the size its archive declared. */
async function inflatesWithin(data: Uint8Array, limit: number): Promise<boolean> {
  let at = 0
  // Pulled a slice at a time: a whole part handed over at once would be unpacked whole (a
  // gigabyte, for a zip bomb) before the first chunk reached the check.
  const compressed = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (at >= data.byteLength) return controller.close()
        controller.enqueue(data.slice(at, at + INFLATE_SLICE))
        at += INFLATE_SLICE
      },
    },
    { highWaterMark: 0 },
  )
  const reader = compressed.pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return true
    total += value.byteLength
    if (total > limit) {
      await reader.cancel()
      return false
    }
  }
}

/** Why the parts the Word reader will unpack are not what the archive declares, or null. */
async function undeclaredPart(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<string | null> {
  for (const entry of entries.filter(isReadPart)) {
    const data = entryData(bytes, entry)
    if (!data) return entry.name
    if (entry.method === 0 && data.byteLength > entry.uncompressedSize) return entry.name
    if (entry.method === 8 && !(await inflatesWithin(data, entry.uncompressedSize))) return entry.name
    if (entry.method !== 0 && entry.method !== 8) return entry.name
  }
  return null
}

export async function readDocxFile(file: Blob, name: string): Promise<ReadResult> {
  const buffer = await file.arrayBuffer()
  const bytes = new Uint8Array(buffer)
  const directory = readZipDirectory(bytes)
  if (!directory.ok) {
    return { ok: false, message: directory.problem === 'zip64' ? `${name} is packed in a way no Word document of this size needs (ZIP64); it was not opened.` : `${name} is not a Word document the app can read.` }
  }
  const tooBig = docxSizeProblem(name, directory.entries)
  if (tooBig) return { ok: false, message: tooBig }
  let damaged: string | null
  try {
    damaged = await undeclaredPart(bytes, directory.entries)
  } catch {
    return { ok: false, message: `${name} is damaged: a part of it does not unpack. It was not opened.` }
  }
  if (damaged) return { ok: false, message: `${name} is damaged or built to mislead: ${damaged} does not unpack to the size the file declares. It was not opened.` }
  const mammoth = await import('mammoth')
  // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`: this reader runs in both.
  const input = { arrayBuffer: buffer, buffer: bytes }
  // Images are left out of the text, so they are never unpacked.
  const result = await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) })
  const text = docxHtmlToText(result.value)
  if (text.trim() === '') return { ok: false, message: `${name} has no text in it.` }
  return checkedText(name, text)
}
