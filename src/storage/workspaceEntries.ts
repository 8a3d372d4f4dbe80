/**
 * How workspaces are kept: the browser's IndexedDB (through idb-keyval), an entry per workspace
 * and its summary beside it, each checked as it is read back; and the list of them, which reads
 * summaries only. Small and free of the loader, so the lists load it at once; saving, importing
 * and deleting are in `workspaceStore.ts`.
 */
import { createStore, get, getMany, keys, type UseStore } from 'idb-keyval'
import type { Negotiation } from '../domain/model.ts'
import type { WorkspaceFiles } from '../load/schema.ts'
import { tabText, tabTexts } from './tabStorage.ts'

/** Keep in this browser until deleted, or only for this tab. */
export type Keeping = 'browser' | 'tab'

export interface StoredWorkspace {
  readonly id: string
  readonly name: string
  /** ISO timestamp. */
  readonly savedAt: string
  readonly keeping: Keeping
  readonly files: WorkspaceFiles
}

export interface WorkspaceSummary {
  readonly id: string
  readonly name: string
  readonly savedAt: string
  readonly keeping: Keeping
  readonly versions: readonly string[]
}

let database: UseStore | null = null

export function store(): UseStore {
  database ??= createStore('peace-plan-diff', 'workspaces')
  return database
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The fields a stored entry and its summary share, checked; null when one is missing or of the wrong kind. */
function sharedFields(value: Readonly<Record<string, unknown>>): Pick<WorkspaceSummary, 'id' | 'name' | 'savedAt' | 'keeping'> | null {
  const { id, name, savedAt, keeping } = value
  if (typeof id !== 'string' || typeof name !== 'string' || typeof savedAt !== 'string' || (keeping !== 'browser' && keeping !== 'tab')) return null
  return { id, name, savedAt, keeping }
}

/**
 * A stored entry checked as far as listing and opening it need: its fields, and files with a
 * negotiation, sources and versions with their short titles. Null for an entry that is not one.
 * The loader checks the files whole when the workspace is opened.
 */
export function storedWorkspace(value: unknown): StoredWorkspace | null {
  if (!isRecord(value) || !isRecord(value.files)) return null
  const fields = sharedFields(value)
  if (!fields) return null
  const { negotiation, sources, versions } = value.files
  if (!isRecord(negotiation) || !isRecord(sources) || !Array.isArray(versions)) return null
  if (!versions.every((version) => isRecord(version) && typeof version.shortTitle === 'string')) return null
  const files: { readonly negotiation: unknown; readonly sources: unknown; readonly versions: readonly unknown[] } = { negotiation, sources, versions }
  // The shape is checked above and the rest by the loader on opening; only whole, loaded files were written.
  return { ...fields, files: files as WorkspaceFiles }
}

/** A sessionStorage entry: null when it is not JSON or not a stored workspace. */
export function tabEntry(text: string): StoredWorkspace | null {
  try {
    return storedWorkspace(JSON.parse(text))
  } catch {
    return null
  }
}

/**
 * Each workspace's summary is kept beside it, under a key of its own, written and deleted in the
 * same transaction: a list reads the summaries, not every workspace's text (a structured clone of
 * megabytes per long workspace). A workspace id is a slug, so no id starts with this.
 */
const SUMMARY_PREFIX = 'summary/'
export const summaryKey = (id: string) => `${SUMMARY_PREFIX}${id}`

function storedSummary(value: unknown): WorkspaceSummary | null {
  if (!isRecord(value)) return null
  const fields = sharedFields(value)
  const { versions } = value
  if (!fields || !Array.isArray(versions) || !versions.every((version) => typeof version === 'string')) return null
  return { ...fields, versions }
}

export function summary(workspace: StoredWorkspace): WorkspaceSummary {
  return {
    id: workspace.id,
    name: workspace.name,
    savedAt: workspace.savedAt,
    keeping: workspace.keeping,
    versions: workspace.files.versions.map((version) => version.shortTitle),
  }
}

/** Every workspace, newest first; a damaged entry is left out, rather than hiding every other one. */
export async function listWorkspaces(): Promise<WorkspaceSummary[]> {
  const stored = (await keys(store())).filter((key): key is string => typeof key === 'string')
  const ids = stored.filter((key) => !key.startsWith(SUMMARY_PREFIX))
  const summarised = new Set(stored.filter((key) => key.startsWith(SUMMARY_PREFIX)))
  // A workspace kept by an earlier copy of the app has no summary: it is read whole.
  const [summaries, whole] = await Promise.all([
    getMany<unknown>(ids.filter((id) => summarised.has(summaryKey(id))).map(summaryKey), store()),
    getMany<unknown>(ids.filter((id) => !summarised.has(summaryKey(id))), store()),
  ])
  const kept = [...summaries.flatMap((value) => storedSummary(value) ?? []), ...whole.flatMap((value) => storedWorkspace(value) ?? []).map(summary)]
  return [...kept, ...tabTexts().flatMap((text) => tabEntry(text) ?? []).map(summary)].sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

/**
 * The entry under an id: absent (null), or there but not a workspace the app wrote ('damaged').
 * `inTab` is what this tab keeps under the id, read on the page: a worker has no sessionStorage.
 */
export async function readEntry(id: string, inTab: string | null = tabText(id)): Promise<StoredWorkspace | 'damaged' | null> {
  if (inTab) return tabEntry(inTab) ?? 'damaged'
  const kept = await get<unknown>(id, store())
  return kept === undefined ? null : (storedWorkspace(kept) ?? 'damaged')
}

export type OpenedWorkspace = { readonly ok: true; readonly negotiation: Negotiation } | { readonly ok: false; readonly reason: 'not-here' | 'damaged' }

/** A link's request to open a workspace: `inTab` is the text this tab keeps under its id (a worker has no sessionStorage). */
export interface OpenRequest {
  readonly id: string
  readonly inTab: string | null
}

/** The workspace opened, or why storage could not be read. */
export type OpenAnswer = { readonly opened: OpenedWorkspace } | { readonly error: string }
