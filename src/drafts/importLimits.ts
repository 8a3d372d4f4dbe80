/**
 * The limits an imported draft is held to before any work is done on it, and the words that
 * refuse it: each message names the file, the limit and how far over it the file is.
 */
import { DRAFT_LIMITS } from './draftLimits.ts'
import { splitClauses } from './splitClauses.ts'
import { isReadPart, type ZipEntry } from './zipDirectory.ts'

export const IMPORT_LIMITS = {
  /** Bytes of one file as opened. */
  fileBytes: 10 * 1024 * 1024,
  pdfPages: 500,
  /** Bytes a .docx's text-bearing parts may unpack to: far beyond any real document's 2,000,000 characters. */
  docxUnpackedBytes: 50 * 1024 * 1024,
  /** Lines of one text: a text of 2,000,000 characters in more lines than this is not a draft. */
  lines: 100_000,
} as const

const count = (n: number) => n.toLocaleString('en-US')
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`

/** How far over its limit a figure is, in words: "2.7 times the limit", or "340 over" when under twice. */
export function overBy(actual: number, limit: number, unit: (n: number) => string = count): string {
  const times = actual / limit
  return times >= 2 ? `${times.toLocaleString('en-US', { maximumFractionDigits: 1 })} times the limit` : `${unit(actual - limit)} over`
}

export function fileSizeProblem(name: string, bytes: number): string | null {
  if (bytes <= IMPORT_LIMITS.fileBytes) return null
  return `${name} is ${megabytes(bytes)}; the limit is ${megabytes(IMPORT_LIMITS.fileBytes)} per file (${overBy(bytes, IMPORT_LIMITS.fileBytes, megabytes)}).`
}

export function pdfPagesProblem(name: string, pages: number): string | null {
  if (pages <= IMPORT_LIMITS.pdfPages) return null
  return `${name} has ${count(pages)} pages; the limit is ${count(IMPORT_LIMITS.pdfPages)} (${overBy(pages, IMPORT_LIMITS.pdfPages)}).`
}

/** Why a .docx's declared contents are refused before anything is unpacked, or null. */
export function docxSizeProblem(name: string, entries: readonly ZipEntry[]): string | null {
  const unpacked = entries.filter(isReadPart).reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (unpacked <= IMPORT_LIMITS.docxUnpackedBytes) return null
  return `${name} would unpack to ${megabytes(unpacked)} of document parts; the limit is ${megabytes(IMPORT_LIMITS.docxUnpackedBytes)} (${overBy(unpacked, IMPORT_LIMITS.docxUnpackedBytes, megabytes)}). It was not opened.`
}

function lineCount(text: string): number {
  let lines = 1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
  return lines
}

/**
 * Why a text is too large to take, or null: its characters, then its lines, counted in one pass
 * without splitting (cheap enough to check a paste as it lands). `name` is the file's name, or
 * "The pasted text".
 */
export function textSizeProblem(name: string, text: string): string | null {
  if (text.length > DRAFT_LIMITS.characters) {
    return `${name} has ${count(text.length)} characters; the limit is ${count(DRAFT_LIMITS.characters)} (${overBy(text.length, DRAFT_LIMITS.characters)}).`
  }
  const lines = lineCount(text)
  if (lines > IMPORT_LIMITS.lines) return `${name} has ${count(lines)} lines; the limit is ${count(IMPORT_LIMITS.lines)} (${overBy(lines, IMPORT_LIMITS.lines)}).`
  return null
}

/**
 * Why a file's text is refused before it reaches the form, or null: its size, then, only for a
 * text with more lines than a version may have clauses, the clauses it splits into.
 */
export function textLimitProblem(name: string, text: string): string | null {
  const tooLarge = textSizeProblem(name, text)
  if (tooLarge) return tooLarge
  // A clause starts on a line of its own, so a text of fewer lines cannot split into too many.
  if (lineCount(text) <= DRAFT_LIMITS.clausesPerVersion) return null
  const split = splitClauses(text)
  if (split.ok || split.clauses === undefined) return null
  return `${name} splits into ${count(split.clauses)} clauses; a version holds at most ${count(DRAFT_LIMITS.clausesPerVersion)} (${overBy(split.clauses, DRAFT_LIMITS.clausesPerVersion)}).`
}
