/**
 * The envelope of the data boundary: files as they arrive, and the issues found in them, each
 * named by file and by the path inside it.
 */
import type { Negotiation } from '../domain/model.ts'
import { showInvisible } from '../domain/visibleText.ts'

/** A JSON file as read from disk or from a file input, before validation. */
export interface DataFile {
  readonly path: string
  readonly content: unknown
}

/** One problem, named by file and by the path inside it, e.g. `clauses.5.status`. */
export interface DataIssue {
  readonly file: string
  readonly path: string
  readonly message: string
}

export type LoadResult =
  | { readonly ok: true; readonly negotiation: Negotiation }
  | { readonly ok: false; readonly issues: readonly DataIssue[] }

export interface NegotiationFiles {
  readonly negotiation: DataFile
  readonly sources: DataFile
  readonly versions: readonly DataFile[]
}

/** Records one issue; every check reports through one of these. */
export type ReportIssue = (file: string, path: string, message: string) => void

export function formatIssue(issue: DataIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`
}

/**
 * Parses JSON text with an error that names the file. A leading byte-order mark, which some
 * editors save, is not part of the JSON and is dropped.
 * @example parseJsonFile('draft.json', '{"a":1}') // { ok: true, file: { path: 'draft.json', content: { a: 1 } } }
 */
export function parseJsonFile(
  path: string,
  text: string,
): { ok: true; file: DataFile } | { ok: false; issue: DataIssue } {
  try {
    return { ok: true, file: { path, content: JSON.parse(text.replace(/^\uFEFF/, '')) } }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, issue: { file: path, path: '', message: `Not valid JSON (${showInvisible(reason)})` } }
  }
}
