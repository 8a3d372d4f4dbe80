/** The single-file build's stand-in for `startDraftWorker.ts`: no worker, so no worker file beside the page. */
export function startDraftWorker(): Worker | null {
  return null
}
