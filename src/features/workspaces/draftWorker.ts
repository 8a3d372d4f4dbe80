/// <reference lib="webworker" />
/**
 * Reads, splits and aligns drafts off the main thread, so a hostile file or a 2,000-clause pair
 * leaves the page responsive.
 */
import { runDraftJob, type DraftJob } from './runDraftJob.ts'

self.onmessage = async (event: MessageEvent<{ id: number; job: DraftJob }>) => {
  const { id, job } = event.data
  try {
    self.postMessage({ id, result: await runDraftJob(job) })
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
