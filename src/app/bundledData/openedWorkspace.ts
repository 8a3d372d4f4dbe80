/**
 * A workspace a link names, read from storage (in a worker, `storage/workspaceReads.ts`), with the
 * comparison it opens at built in short tasks before it is shown: built in the render the store's
 * change started, it held the page for 213–280 ms. Loaded only for a workspace link, with the
 * storage code: the first view's code carries none of it.
 */
import type { Negotiation } from '../../domain/model.ts'
import { openWorkspace } from '../../storage/workspaceReads.ts'
import { parseRoute } from '../../url/parseRoute.ts'
import { resolveRoute } from '../../url/resolveRoute.ts'
import { routeCatalog } from '../catalog.ts'
import { buildComparisonFor } from '../buildComparisonFor.ts'

type OpenedEntry = { readonly state: 'ready'; readonly negotiation: Negotiation } | { readonly state: 'missing'; readonly reason: string }

/** `hash`: the address inside the workspace the link opens at. Throws when storage cannot be read. */
export async function openedWorkspace(id: string, hash = ''): Promise<OpenedEntry> {
  const opened = await openWorkspace(id)
  if (!opened.ok) return { state: 'missing', reason: opened.reason }
  const { route, issues } = parseRoute(hash)
  await new Promise<void>((built) => buildComparisonFor(opened.negotiation, resolveRoute(route, issues, routeCatalog(opened.negotiation)).route, built))
  return { state: 'ready', negotiation: opened.negotiation }
}
