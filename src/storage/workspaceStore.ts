/**
 * Where a user's workspaces live: the browser's own IndexedDB (idb-keyval, a small wrapper),
 * or, when the user chooses, this tab's sessionStorage, gone when the tab closes. Nothing here
 * makes a request. A workspace is validated whole before it is written, and written in one
 * step, so a failed import never touches the workspaces already kept. Storage is a boundary:
 * what is read back (another tab, an older copy of the app or the user may have written it) is
 * checked again before use.
 */
import { clear, delMany, setMany } from 'idb-keyval'
import type { Negotiation } from '../domain/model.ts'
import { formatIssue } from '../load/loadNegotiation.ts'
import { loadWorkspace, readWorkspaceFile, toWorkspaceDocument } from '../load/workspaceFile.ts'
import { TAB_PREFIX, tabKeys, tabStorage } from './tabStorage.ts'
import { readEntry, store, summary, summaryKey, type Keeping, type OpenAnswer, type OpenRequest, type StoredWorkspace } from './workspaceEntries.ts'

/**
 * A workspace read from storage and loaded whole, as a link opens it (storage is a boundary), or
 * why storage could not be read. Run by the workspace worker, or on the page (`workspaceReads.ts`).
 */
export async function openStored({ id, inTab }: OpenRequest): Promise<OpenAnswer> {
  try {
    const entry = await readEntry(id, inTab)
    if (entry === null || entry === 'damaged') return { opened: { ok: false, reason: entry === null ? 'not-here' : 'damaged' } }
    const loaded = loadWorkspace(entry.files, entry.name)
    return { opened: loaded.ok ? { ok: true, negotiation: loaded.negotiation } : { ok: false, reason: 'damaged' } }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

/** A workspace as stored; throws when the entry under that id is damaged, or storage cannot be read. */
export async function getWorkspace(id: string): Promise<StoredWorkspace | null> {
  const entry = await readEntry(id)
  if (entry === 'damaged') throw new Error(`The workspace “${id}” is stored in this browser but could not be read.`)
  return entry
}

/** A workspace and the text of its exported file; null when it is no longer here. Throws as `getWorkspace` does. */
export async function exportedWorkspace(id: string): Promise<{ readonly stored: StoredWorkspace; readonly text: string } | null> {
  const stored = await getWorkspace(id)
  return stored && { stored, text: JSON.stringify(toWorkspaceDocument(stored.files), null, 1) }
}

/**
 * A failed use of the browser's storage, in words a user can act on. IndexedDB writes are
 * transactions, so a failed one changed nothing.
 */
export function storageFailure(error: unknown, attempt: string): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError') {
    return `${attempt}: this browser has no room left for the app’s workspaces. Nothing was changed, and your workspaces are as they were. Delete or export workspaces you no longer need, or free space in the browser’s site settings, then try again.`
  }
  const reason = error instanceof Error && error.message ? ` (${error.message.slice(0, 160)})` : ''
  return `${attempt}: this browser’s storage refused the change${reason}. It may be switched off, blocked by another window of the app, or in a private window. Nothing was changed, and your workspaces are as they were.`
}

/** Runs one storage step; a failure becomes an Error whose message says what happened and that nothing was lost. */
async function storageStep<T>(attempt: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step()
  } catch (error) {
    throw new Error(storageFailure(error, attempt), { cause: error })
  }
}

/**
 * Saves a workspace that has already passed validation; the one write is all or nothing. A
 * failure throws an Error whose message starts with `attempt` and says nothing was changed.
 */
export async function saveWorkspace(workspace: StoredWorkspace, attempt = `“${workspace.name}” could not be saved`): Promise<void> {
  if (workspace.keeping === 'tab') {
    const storage = tabStorage()
    if (!storage) throw new Error(`${attempt}: this browser cannot keep a workspace for the tab only. Keep it in this browser instead.`)
    try {
      storage.setItem(TAB_PREFIX + workspace.id, JSON.stringify(workspace))
    } catch {
      throw new Error(`${attempt}: it is too large to keep for this tab only. Keep it in this browser, or export it. Nothing was changed.`)
    }
    await storageStep(attempt, () => delMany([workspace.id, summaryKey(workspace.id)], store()))
    return
  }
  await storageStep(attempt, () => setMany([[workspace.id, workspace], [summaryKey(workspace.id), summary(workspace)]], store()))
  tabStorage()?.removeItem(TAB_PREFIX + workspace.id)
}

export async function deleteWorkspace(id: string): Promise<void> {
  tabStorage()?.removeItem(TAB_PREFIX + id)
  await storageStep('The workspace could not be deleted', () => delMany([id, summaryKey(id)], store()))
}

export async function deleteAllWorkspaces(): Promise<void> {
  tabKeys().forEach((key) => tabStorage()?.removeItem(key))
  await storageStep('The workspaces could not be deleted', () => clear(store()))
}

/** A new workspace id: a slug, so it fits the data format's negotiation id and a URL. */
export function newWorkspaceId(): string {
  return `ws-${crypto.randomUUID().slice(0, 8)}`
}

/**
 * How an import ended: `new` under the file's own id (links made for it open it here), `same`
 * when that id already holds exactly this workspace (nothing written), `copy` under a new id
 * when that id holds a different workspace, which is never overwritten.
 */
export type ImportOutcome = 'new' | 'same' | 'copy'

export type ImportResult =
  | {
      readonly ok: true
      readonly workspace: StoredWorkspace
      /** The workspace as loaded when the file was checked: it opens without another read. */
      readonly negotiation: Negotiation
      readonly outcome: ImportOutcome
      /** The id the file gave its workspace. */
      readonly fileId: string
    }
  /** `file`: the file is not a workspace the app can load; `storage`: the browser would not keep it. */
  | { readonly ok: false; readonly reason: 'file' | 'storage'; readonly messages: readonly string[] }

/** JSON with every object's keys in order, so two workspaces compare by content, not by key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )
}

/**
 * Imports an exported workspace file. It is validated whole first; only a file that loads is
 * written, under its own id when that is free (so links to it work again, clause ids and all).
 * If that id already holds the same workspace, nothing is written; if it holds another one,
 * the file is kept as a copy under a new id and the one already here stays as it was.
 */
export async function importWorkspaceFile(fileName: string, text: string, keeping: Keeping): Promise<ImportResult> {
  const read = readWorkspaceFile(fileName, text)
  if (!read.ok) {
    const shown = read.issues.slice(0, 20).map(formatIssue)
    const more = read.issues.length - shown.length
    return { ok: false, reason: 'file', messages: more > 0 ? [...shown, `…and ${more} more problems.`] : shown }
  }
  const wanted = read.files.negotiation.id
  try {
    // A damaged entry under the file's id is kept as it is, like any other workspace there.
    const present = await storageStep(`${fileName} could not be imported`, () => readEntry(wanted))
    if (present !== null && present !== 'damaged' && canonicalJson(present.files) === canonicalJson(read.files)) {
      return { ok: true, workspace: present, negotiation: read.negotiation, outcome: 'same', fileId: wanted }
    }
    const id = present ? newWorkspaceId() : wanted
    const workspace: StoredWorkspace = {
      id,
      name: read.files.negotiation.title,
      savedAt: new Date().toISOString(),
      keeping,
      files: { ...read.files, negotiation: { ...read.files.negotiation, id } },
    }
    await saveWorkspace(workspace, `${fileName} could not be imported`)
    return { ok: true, workspace, negotiation: { ...read.negotiation, id }, outcome: present ? 'copy' : 'new', fileId: wanted }
  } catch (error) {
    return { ok: false, reason: 'storage', messages: [error instanceof Error ? error.message : String(error)] }
  }
}

/** What an import did, in words, for the message that reports it. */
export function importedMessage(result: Extract<ImportResult, { ok: true }>): string {
  const name = `“${result.workspace.name}”`
  switch (result.outcome) {
    case 'same':
      return `${name} is already in this browser, exactly as in the file; nothing was changed.`
    case 'copy':
      return `Imported ${name} as a copy, under the new id “${result.workspace.id}”: this browser already holds a different workspace under “${result.fileId}”, and it was left as it was. Links made for the file's workspace open the one already here; the copy has links of its own.`
    default:
      return `Imported ${name}.`
  }
}
