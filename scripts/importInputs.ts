// The import's inputs read into data files: drafts through the app's readers, splitter and aligner, or a workspace file.
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type * as PdfJs from 'pdfjs-dist'
import { alignClauses } from '../src/drafts/alignClauses.ts'
import type { Alignment } from '../src/drafts/alignment.ts'
import { buildWorkspace } from '../src/drafts/buildWorkspace.ts'
import { fileSizeProblem } from '../src/drafts/importLimits.ts'
import type { DraftClause } from '../src/drafts/draftClause.ts'
import { clauseProblem } from '../src/drafts/draftLimits.ts'
import { splitClauses } from '../src/drafts/splitClauses.ts'
import type { WorkspaceFiles } from '../src/load/schema.ts'
import { checkedText, readDocxFile, type ReadResult } from '../src/features/workspaces/fileReaders.ts'
import { pdfDocumentText } from '../src/features/workspaces/pdfDocumentText.ts'
import { formatIssue } from '../src/load/loadNegotiation.ts'
import { readWorkspaceFile } from '../src/load/workspaceFile.ts'
import type { ImportOptions } from './importArgs.ts'

/** pdf.js's Node build, which wants Promise.withResolvers: Node 22 has it, Node 20 does not. */
export async function nodePdfJs() {
  ;(Promise as unknown as { withResolvers?: unknown }).withResolvers ??= () => {
    let resolve: unknown, reject: unknown
    const promise = new Promise((a, b) => ((resolve = a), (reject = b)))
    return { promise, resolve, reject }
  }
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pick<typeof PdfJs, 'getDocument'>
}

/** Reads one draft from disk with the app's own readers and limits. */
export async function readDraft(path: string): Promise<ReadResult> {
  const name = basename(path)
  const bytes = readFileSync(path)
  const tooBig = fileSizeProblem(name, bytes.byteLength)
  if (tooBig) return { ok: false, message: tooBig }
  switch (extname(name).toLowerCase()) {
    case '.docx':
      return readDocxFile(new Blob([new Uint8Array(bytes)]), name)
    case '.pdf': {
      const read = await pdfDocumentText(await nodePdfJs(), new Uint8Array(bytes), name)
      return read.ok ? { ...checkedText(name, read.text), ...(read.notes.length > 0 ? { notes: read.notes } : {}) } : read
    }
    default:
      return checkedText(name, bytes.toString('utf8').replace(/^\uFEFF/, ''))
  }
}

export type Outcome = { readonly ok: true; readonly files: WorkspaceFiles; readonly notes: readonly string[] } | { readonly ok: false; readonly messages: readonly string[] }

/** Reads, splits and aligns the drafts as the browser does, and builds their data files. */
export async function draftsToFiles(options: ImportOptions, importedOn: string): Promise<Outcome> {
  const notes: string[] = []
  const versions: { name: string; date: string; origin: string; clauses: DraftClause[] }[] = []
  const problems: string[] = []
  for (const [index, path] of options.drafts.entries()) {
    const origin = basename(path)
    const read = await readDraft(path)
    if (!read.ok) {
      problems.push(read.message)
      continue
    }
    notes.push(...read.notes)
    const split = splitClauses(read.text)
    if (!split.ok) {
      problems.push(`${origin}: ${split.message}`)
      continue
    }
    split.clauses.forEach((clause, i) => {
      const problem = clauseProblem(clause)
      if (problem) problems.push(`${origin}, clause ${clause.number ?? i + 1}: ${problem}`)
    })
    // The name a version gets in the browser when its file is opened: the file's name.
    versions.push({ name: origin.replace(/\.[a-z0-9]+$/i, '').slice(0, 80) || `Draft ${index + 1}`, date: options.dates[index] ?? importedOn, origin, clauses: [...split.clauses] })
  }
  if (problems.length > 0) return { ok: false, messages: problems }
  const alignments: Alignment[] = versions.slice(1).map((later, k) => alignClauses(versions[k]!.clauses, later.clauses))
  const built = buildWorkspace({ id: options.id, name: options.name!, versions, alignments }, importedOn)
  if (!built.ok) return { ok: false, messages: [built.message] }
  const dated = options.dates.length > 0
  return {
    ok: true,
    notes,
    files: {
      ...built.files,
      versions: built.files.versions.map((version) => (dated ? version : { ...version, dateNote: `No date was given at import; ${importedOn} is the day of the import` })),
    },
  }
}

/** Reads an exported workspace file, checked whole by the loader, as the app's import does. */
export function workspaceToFiles(path: string): Outcome {
  const read = readWorkspaceFile(basename(path), readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))
  if (!read.ok) return { ok: false, messages: read.issues.map(formatIssue) }
  return { ok: true, files: read.files, notes: [] }
}
