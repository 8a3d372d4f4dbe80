/**
 * The Web Worker that opens a workspace from storage. The single-file build swaps this module for
 * `startWorkspaceWorker.single.ts` (build/plugins/singleFile.ts): a page opened from disk cannot start a
 * worker from a file of its own, so that build ships none and opens workspaces on the page.
 */
export function startWorkspaceWorker(): Worker | null {
  return new Worker(new URL('./workspaceWorker.ts', import.meta.url), { type: 'module' })
}
