/** The single-file build's stand-in for `startWorkspaceWorker.ts`: no worker, so no worker file beside the page. */
export function startWorkspaceWorker(): Worker | null {
  return null
}
