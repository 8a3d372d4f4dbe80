/**
 * Reads workspaces from storage, as a link opens one (loaded whole: storage is a boundary) and as
 * the lists show them. Run by the workspace worker (`workspaceReads.ts`), or on the page.
 */
import type { Negotiation } from '../domain/model.ts'
import { loadWorkspace } from '../load/workspaceFile.ts'
import { listStored, readEntry, type WorkspaceSummary } from './workspaceStore.ts'

export type OpenedWorkspace = { readonly ok: true; readonly negotiation: Negotiation } | { readonly ok: false; readonly reason: 'not-here' | 'damaged' }

/**
 * What the page asks: to open one workspace, or to list them all. `inTab` is what this tab keeps
 * (read on the page: a worker has no sessionStorage); IndexedDB is read where it says nothing.
 */
export type ReadRequest = { readonly kind: 'open'; readonly id: string; readonly inTab: string | null } | { readonly kind: 'list'; readonly inTab: readonly string[] }

/** The answer: the workspace opened, the list, or why storage could not be read. */
export type ReadAnswer = { readonly opened: OpenedWorkspace } | { readonly listed: readonly WorkspaceSummary[] } | { readonly error: string }

/** A workspace read from storage and loaded whole. A storage that cannot be read throws. */
async function openStored(id: string, inTab: string | null): Promise<OpenedWorkspace> {
  const entry = await readEntry(id, inTab)
  if (entry === null || entry === 'damaged') return { ok: false, reason: entry === null ? 'not-here' : 'damaged' }
  const loaded = loadWorkspace(entry.files, entry.name)
  return loaded.ok ? { ok: true, negotiation: loaded.negotiation } : { ok: false, reason: 'damaged' }
}

export async function answerRead(request: ReadRequest): Promise<ReadAnswer> {
  try {
    return request.kind === 'open' ? { opened: await openStored(request.id, request.inTab) } : { listed: await listStored(request.inTab) }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}
