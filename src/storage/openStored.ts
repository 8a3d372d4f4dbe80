/** Reads a workspace from storage and loads it whole: storage is a boundary. Run by the workspace worker, or on the page. */
import type { Negotiation } from '../domain/model.ts'
import { loadWorkspace } from '../load/workspaceFile.ts'
import { readEntry } from './workspaceStore.ts'

export type OpenedWorkspace = { readonly ok: true; readonly negotiation: Negotiation } | { readonly ok: false; readonly reason: 'not-here' | 'damaged' }

/** What the worker answers: the workspace opened, or why storage could not be read. */
export type WorkerAnswer = { readonly opened: OpenedWorkspace } | { readonly error: string }

/**
 * `inTab` is the text this tab keeps under the id, read on the page (a worker has no
 * sessionStorage); without it, IndexedDB is read. A storage that cannot be read throws.
 */
export async function openStored(id: string, inTab: string | null): Promise<OpenedWorkspace> {
  const entry = await readEntry(id, inTab)
  if (entry === null || entry === 'damaged') return { ok: false, reason: entry === null ? 'not-here' : 'damaged' }
  const loaded = loadWorkspace(entry.files, entry.name)
  return loaded.ok ? { ok: true, negotiation: loaded.negotiation } : { ok: false, reason: 'damaged' }
}
