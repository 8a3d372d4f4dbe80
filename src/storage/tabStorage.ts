/** This tab's sessionStorage, which keeps the workspaces kept for the tab only; a worker has none. */
export const TAB_PREFIX = 'peace-plan-diff.workspace.'

export function tabStorage(): Storage | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage
}

/** The text this tab keeps under a workspace's id, if any. */
export function tabText(id: string): string | null {
  return tabStorage()?.getItem(TAB_PREFIX + id) ?? null
}
