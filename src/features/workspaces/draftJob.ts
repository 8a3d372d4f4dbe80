/**
 * Runs import jobs (`runDraftJob.ts`) in a Web Worker (`draftWorker.ts`), or on the page where
 * no worker can start.
 */
import { runDraftJob, type CheckedSave, type DraftJob, type DraftJobResult, type SaveJob } from './runDraftJob.ts'
import { startDraftWorker } from './startDraftWorker.ts'

// A file that keeps the worker busy this long is refused, and the worker replaced: reading the
// largest real documents the limits allow takes a few seconds on a busy machine.
const READ_DEADLINE_MS = 60_000

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, { resolve: (result: DraftJobResult) => void; reject: (error: Error) => void }>()

function stopWorker(reason: string) {
  worker?.terminate()
  worker = null
  for (const waiting of pending.values()) waiting.reject(new Error(reason))
  pending.clear()
}

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
  worker.onerror = () => stopWorker('The import step stopped unexpectedly')
  return worker
}

/**
 * Starts the worker ahead of its first job, when the drafts form opens: its code then loads
 * while the user chooses a file, so even the first file is read, or refused, at once.
 */
export function warmUpWorker(): void {
  startWorker()
}

/** Runs a job in the worker; on the page only where no worker can start. */
export function runInWorker(job: DraftJob): Promise<DraftJobResult> {
  const running = startWorker()
  if (!running) return runDraftJob(job)
  const id = nextId++
  return new Promise((resolve, reject) => {
    const reading = job.kind === 'read' || job.kind === 'pdf'
    const deadline = reading ? setTimeout(() => stopWorker(`${job.name} took more than a minute to read and was refused.`), READ_DEADLINE_MS) : undefined
    pending.set(id, {
      resolve: (result) => {
        clearTimeout(deadline)
        resolve(result)
      },
      reject: (error) => {
        clearTimeout(deadline)
        reject(error)
      },
    })
    running.postMessage({ id, job })
  })
}

/** Runs a job ahead of the user's click, only where it runs off the page: null where no worker can start. */
export function runAheadInWorker(job: DraftJob): Promise<DraftJobResult> | null {
  return startWorker() ? runInWorker(job) : null
}

/**
 * Builds and checks a save in the worker: the page then only stores the files and opens the negotiation, so a long
 * workspace's save holds up no click. A failure the job cannot say as problems (the worker stopped) throws.
 */
export async function checkSave(job: SaveJob): Promise<CheckedSave> {
  const result = await runInWorker(job)
  if (result.kind !== 'saved') throw new Error('The save could not be checked. Nothing was saved.')
  return result.saved
}
