/** This tab's sessionStorage, which keeps the workspaces kept for the tab only; a worker has none. */
export const TAB_PREFIX = 'peace-plan-diff.workspace.'

export function tabStorage(): Storage | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage
}

/** The text this tab keeps under a workspace's id, if any. */
export function tabText(id: string): string | null {
  return tabStorage()?.getItem(TAB_PREFIX + id) ?? null
}

/** The keys under which this tab keeps workspaces. */
export function tabKeys(): string[] {
  const storage = tabStorage()
  if (!storage) return []
  return Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key?.startsWith(TAB_PREFIX) ?? false)
}

/** Every text this tab keeps under a workspace's id. */
export function tabTexts(): string[] {
  return tabKeys().flatMap((key) => tabStorage()?.getItem(key) ?? [])
}
