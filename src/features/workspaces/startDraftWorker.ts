/**
 * The Web Worker that runs the heavy steps of an import. The single-file build swaps this module
 * for `startDraftWorker.single.ts` (see build/plugins/singleFile.ts): a page opened from disk cannot start a
 * worker from a file of its own, so that build ships none and runs the steps on the page.
 */
export function startDraftWorker(): Worker | null {
  return new Worker(new URL('./draftWorker.ts', import.meta.url), { type: 'module' })
}
