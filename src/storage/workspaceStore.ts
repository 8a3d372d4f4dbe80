/**
 * Where a user's workspaces live: the browser's own IndexedDB (idb-keyval, a small wrapper),
 * or, when the user chooses, this tab's sessionStorage, gone when the tab closes. Nothing here
 * makes a request. A workspace is validated whole before it is written, and written in one
 * step, so a failed import never touches the workspaces already kept.
 */
import { clear, createStore, del, get, set, values, type UseStore } from 'idb-keyval'
import type { WorkspaceFiles } from '../domain/drafts/buildWorkspace.ts'
import { formatIssue } from '../load/loadNegotiation.ts'
import { readWorkspaceFile } from '../load/workspaceFile.ts'

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

const TAB_PREFIX = 'peace-plan-diff.workspace.'
let database: UseStore | null = null

function store(): UseStore {
  database ??= createStore('peace-plan-diff', 'workspaces')
  return database
}

function tabStorage(): Storage | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage
}

function summary(workspace: StoredWorkspace): WorkspaceSummary {
  return {
    id: workspace.id,
    name: workspace.name,
    savedAt: workspace.savedAt,
    keeping: workspace.keeping,
    versions: workspace.files.versions.map((version) => version.shortTitle),
  }
}

function tabWorkspaces(): StoredWorkspace[] {
  const storage = tabStorage()
  if (!storage) return []
  const found: StoredWorkspace[] = []
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index)
    if (!key?.startsWith(TAB_PREFIX)) continue
    try {
      found.push(JSON.parse(storage.getItem(key) ?? 'null') as StoredWorkspace)
    } catch {
      // A damaged entry is skipped rather than hiding every other workspace.
    }
  }
  return found
}

/** Every workspace, newest first. */
export async function listWorkspaces(): Promise<WorkspaceSummary[]> {
  const kept = await values<StoredWorkspace>(store())
  return [...kept, ...tabWorkspaces()].map(summary).sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

export async function getWorkspace(id: string): Promise<StoredWorkspace | null> {
  const inTab = tabStorage()?.getItem(TAB_PREFIX + id)
  if (inTab) return JSON.parse(inTab) as StoredWorkspace
  return (await get<StoredWorkspace>(id, store())) ?? null
}

export async function workspaceExists(id: string): Promise<boolean> {
  return (await getWorkspace(id)) !== null
}

/** Saves a workspace that has already passed validation; the one write is all or nothing. */
export async function saveWorkspace(workspace: StoredWorkspace): Promise<void> {
  if (workspace.keeping === 'tab') {
    const storage = tabStorage()
    if (!storage) throw new Error('This browser cannot keep a workspace for the tab only.')
    try {
      storage.setItem(TAB_PREFIX + workspace.id, JSON.stringify(workspace))
    } catch {
      throw new Error('This workspace is too large to keep for this tab only. Keep it in this browser, or export it.')
    }
    await del(workspace.id, store())
    return
  }
  await set(workspace.id, workspace, store())
  tabStorage()?.removeItem(TAB_PREFIX + workspace.id)
}

export async function deleteWorkspace(id: string): Promise<void> {
  tabStorage()?.removeItem(TAB_PREFIX + id)
  await del(id, store())
}

export async function deleteAllWorkspaces(): Promise<void> {
  const storage = tabStorage()
  if (storage) {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key?.startsWith(TAB_PREFIX) ?? false)
    keys.forEach((key) => storage.removeItem(key))
  }
  await clear(store())
}

/** A new workspace id: a slug, so it fits the data format's negotiation id and a URL. */
export function newWorkspaceId(): string {
  return `ws-${crypto.randomUUID().slice(0, 8)}`
}

export type ImportResult = { readonly ok: true; readonly workspace: StoredWorkspace; readonly renamed: boolean } | { readonly ok: false; readonly messages: readonly string[] }

/**
 * Imports an exported workspace file. It is validated whole first; only a file that loads is
 * written, under its own id when that is free (so links to it work again), else a new one.
 */
export async function importWorkspaceFile(fileName: string, text: string, keeping: Keeping): Promise<ImportResult> {
  const read = readWorkspaceFile(fileName, text)
  if (!read.ok) {
    const shown = read.issues.slice(0, 20).map(formatIssue)
    const more = read.issues.length - shown.length
    return { ok: false, messages: more > 0 ? [...shown, `…and ${more} more problems.`] : shown }
  }
  const wanted = read.files.negotiation.id
  const renamed = await workspaceExists(wanted)
  const id = renamed ? newWorkspaceId() : wanted
  const workspace: StoredWorkspace = {
    id,
    name: read.files.negotiation.title,
    savedAt: new Date().toISOString(),
    keeping,
    files: { ...read.files, negotiation: { ...read.files.negotiation, id } },
  }
  await saveWorkspace(workspace)
  return { ok: true, workspace, renamed }
}
