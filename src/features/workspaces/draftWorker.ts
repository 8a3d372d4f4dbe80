/// <reference lib="webworker" />
/**
 * Splits and aligns drafts off the main thread, so a 2,000-clause pair leaves the page responsive.
 */
import { alignClauses } from '../../domain/drafts/alignClauses.ts'
import { splitClauses } from '../../domain/drafts/splitClauses.ts'
import { runDraftJob, type DraftJob } from './draftJob.ts'

self.onmessage = (event: MessageEvent<{ id: number; job: DraftJob }>) => {
  const { id, job } = event.data
  try {
    self.postMessage({ id, result: runDraftJob(job, splitClauses, alignClauses) })
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
