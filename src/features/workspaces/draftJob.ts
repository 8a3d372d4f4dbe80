/**
 * The heavy steps of an import, split and align, as jobs that run in a Web Worker
 * (`draftWorker.ts`) or, where workers are not available, on the page.
 */
import { alignClauses, type AlignableClause, type Alignment } from '../../domain/drafts/alignClauses.ts'
import { splitClauses, type SplitResult } from '../../domain/drafts/splitClauses.ts'
import { startDraftWorker } from './startDraftWorker.ts'

export type DraftJob = { readonly kind: 'split'; readonly texts: readonly string[] } | { readonly kind: 'align'; readonly pairs: readonly (readonly [readonly AlignableClause[], readonly AlignableClause[]])[] }
export type DraftJobResult = { readonly kind: 'split'; readonly results: readonly SplitResult[] } | { readonly kind: 'align'; readonly alignments: readonly Alignment[] }

export function runDraftJob(job: DraftJob, split: typeof splitClauses, align: typeof alignClauses): DraftJobResult {
  return job.kind === 'split'
    ? { kind: 'split', results: job.texts.map((text) => split(text)) }
    : { kind: 'align', alignments: job.pairs.map(([earlier, later]) => align(earlier, later)) }
}

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, { resolve: (result: DraftJobResult) => void; reject: (error: Error) => void }>()

function startWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker
  try {
    worker = startDraftWorker()
  } catch {
    return null
  }
  if (!worker) return null
  worker.onmessage = (event: MessageEvent<{ id: number; result?: DraftJobResult; error?: string }>) => {
    const waiting = pending.get(event.data.id)
    pending.delete(event.data.id)
    if (event.data.result) waiting?.resolve(event.data.result)
    else waiting?.reject(new Error(event.data.error ?? 'The import step failed'))
  }
  worker.onerror = () => {
    for (const waiting of pending.values()) waiting.reject(new Error('The import step stopped unexpectedly'))
    pending.clear()
    worker = null
  }
  return worker
}

/** Runs a job in the worker; on the page only where no worker can start. */
export function runInWorker(job: DraftJob): Promise<DraftJobResult> {
  const running = startWorker()
  if (!running) return Promise.resolve(runDraftJob(job, splitClauses, alignClauses))
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    running.postMessage({ id, job })
  })
}
