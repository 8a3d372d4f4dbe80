/**
 * A workspace as one file: the data format's negotiation, sources and versions in one JSON
 * document, so a user can send it through their own channels. It loads through the same
 * `loadNegotiation` as the bundled data, and every problem names the place in the file.
 */
import type { Negotiation } from '../domain/model.ts'
import type { VersionFile, WorkspaceFiles } from './schema.ts'
import './englishMessages.ts'
import { jsonErrorOffset } from './jsonErrorOffset.ts'
import { loadNegotiation, type DataIssue, type LoadResult } from './loadNegotiation.ts'

export const WORKSPACE_FORMAT = 'peace-plan-diff-workspace'

/** A workspace file, as exported and imported: its files, marked with the format they are in. */
export interface WorkspaceDocument extends WorkspaceFiles {
  readonly format: typeof WORKSPACE_FORMAT
  readonly formatVersion: 1
}

/**
 * Workspaces saved before drafts had their own label called them published text known in full;
 * a version citing only the user's own text is read as the user's own draft.
 */
function asOwnDrafts(files: WorkspaceFiles): WorkspaceFiles {
  const sources = Array.isArray(files.sources?.sources) ? files.sources.sources : []
  const own = new Set(sources.filter((source) => source?.publisherType === 'own-text').map((source) => source.id))
  if (own.size === 0 || !Array.isArray(files.versions)) return files
  const versions = files.versions.map((version) => {
    const cited: readonly { source: string }[] = Array.isArray(version?.sources) ? version.sources : []
    if (version?.textKnown !== 'full' || cited.length === 0 || !cited.every((ref) => own.has(ref?.source)) || !Array.isArray(version.clauses)) return version
    return {
      ...version,
      textKnown: 'own-draft' as const,
      clauses: version.clauses.map((entry: VersionFile['clauses'][number]) => (entry?.confidence === 'published-text' ? { ...entry, confidence: 'own-text' as const } : entry)),
    }
  })
  return { ...files, versions }
}

/** Loads a workspace's files exactly as bundled data is loaded. */
export function loadWorkspace(given: WorkspaceFiles, fileName = 'workspace'): LoadResult {
  const files = asOwnDrafts(given)
  return loadNegotiation({
    negotiation: { path: `${fileName}: negotiation`, content: files.negotiation },
    sources: { path: `${fileName}: sources`, content: files.sources },
    versions: files.versions.map((version, index) => ({
      // The loader checks that a version's file name is its id; inside one document, the id stands in.
      path: `${fileName}: versions.${index}/${typeof version?.id === 'string' ? version.id : `version-${index}`}.json`,
      content: version,
    })),
  })
}

export function toWorkspaceDocument(files: WorkspaceFiles): WorkspaceDocument {
  return { format: WORKSPACE_FORMAT, formatVersion: 1, negotiation: files.negotiation, sources: files.sources, versions: files.versions }
}

/** Where a JSON syntax error is, as "line 3, column 7". */
function jsonErrorPlace(text: string): string {
  const offset = jsonErrorOffset(text)
  if (offset < 0) return 'somewhere in the file'
  const before = text.slice(0, offset)
  return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`
}

export type ReadWorkspaceResult =
  | { readonly ok: true; readonly files: WorkspaceFiles; readonly negotiation: Negotiation }
  | { readonly ok: false; readonly issues: readonly DataIssue[] }

/**
 * Reads a workspace file (or a bare negotiation in the same shape) and validates it whole.
 * Never throws: a file it cannot take gets issues naming the file and the place in it.
 */
export function readWorkspaceFile(fileName: string, text: string): ReadWorkspaceResult {
  let content: unknown
  try {
    content = JSON.parse(text)
  } catch {
    return { ok: false, issues: [{ file: fileName, path: '', message: `Not valid JSON at ${jsonErrorPlace(text)}` }] }
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    return { ok: false, issues: [{ file: fileName, path: '', message: 'Expected a workspace file: a JSON object with negotiation, sources and versions' }] }
  }
  const record = new Map(Object.entries(content))
  const format = record.get('format')
  if (format !== undefined && format !== WORKSPACE_FORMAT) {
    return { ok: false, issues: [{ file: fileName, path: 'format', message: `Expected "${WORKSPACE_FORMAT}"` }] }
  }
  const versions: unknown = record.get('versions')
  if (!Array.isArray(versions)) {
    return { ok: false, issues: [{ file: fileName, path: 'versions', message: 'Expected a list of versions' }] }
  }
  // Not yet checked: the loader checks these whole, and only files it loads are given back.
  const files = { negotiation: record.get('negotiation'), sources: record.get('sources'), versions } as WorkspaceFiles
  const load = loadWorkspace(files, fileName)
  return load.ok ? { ok: true, files, negotiation: load.negotiation } : { ok: false, issues: load.issues }
}
