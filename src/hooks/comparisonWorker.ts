/**
 * The page's side of src/workers/comparison.worker.ts: one worker, started on first use, and
 * the models it built, kept per negotiation and column order so switching back is free.
 */
import type { ComparisonBase, ComparisonModel } from '../domain/buildComparison.ts'
import { diffOptionsKey, type DiffTextOptions } from '../domain/diffText.ts'
import type { Negotiation, VersionId } from '../domain/model.ts'
import { fromTransfer, negotiationEntities } from '../domain/modelTransfer.ts'
import type { ComparisonReply, ComparisonRequest } from '../workers/comparisonMessages.ts'

interface Built {
  readonly promise: Promise<ComparisonModel>
  model?: ComparisonModel
}

let worker: Worker | null = null
/** The negotiation the worker holds. */
let sent: Negotiation | null = null
let nextId = 0
/** Requests in flight: the model so far (unpacked slice by slice as they come) and how to finish. */
const waiting = new Map<
  number,
  {
    readonly entities: ReadonlyMap<string, object>
    model: Record<string, unknown> | null
    readonly rows: unknown[]
    readonly resolve: (model: ComparisonModel) => void
    readonly reject: (error: Error) => void
  }
>()
const built = new WeakMap<Negotiation, Map<string, Built>>()
const entitiesOf = new WeakMap<Negotiation, Map<string, object>>()

function startWorker(): Worker {
  if (worker) return worker
  const started = new Worker(new URL('../workers/comparison.worker.ts', import.meta.url), { type: 'module', name: 'comparison' })
  started.onmessage = ({ data: reply }: MessageEvent<ComparisonReply>) => {
    const entry = waiting.get(reply.id)
    if (!entry) return
    try {
      if (!reply.ok) throw new Error(reply.message)
      if (reply.part === 'model') {
        entry.model = fromTransfer<Record<string, unknown>>(reply.model, entry.entities)
        return
      }
      for (const row of reply.rows) entry.rows.push(fromTransfer(row, entry.entities))
      if (!reply.done) return
      waiting.delete(reply.id)
      entry.resolve({ ...entry.model, rows: entry.rows } as unknown as ComparisonModel)
    } catch (error) {
      waiting.delete(reply.id)
      entry.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }
  started.onerror = (event) => {
    // A worker that fails to start or crashes fails every request; the caller builds on the page instead.
    for (const entry of waiting.values()) entry.reject(new Error(event.message || 'The comparison worker failed'))
    waiting.clear()
    started.terminate()
    worker = null
    sent = null
  }
  worker = started
  return started
}

/** A model built before for these versions, if any. */
export function builtComparison(
  negotiation: Negotiation,
  versionIds: readonly VersionId[],
  base: ComparisonBase,
  options: DiffTextOptions = {},
): ComparisonModel | undefined {
  return built.get(negotiation)?.get(`${versionIds.join('/')}|${base}|${diffOptionsKey(options)}`)?.model
}

/** Builds the comparison in the worker; rejects when the worker cannot (the caller then builds it itself). */
export function compareInWorker(
  negotiation: Negotiation,
  versionIds: readonly VersionId[],
  base: ComparisonBase,
  options: DiffTextOptions = {},
): Promise<ComparisonModel> {
  const key = `${versionIds.join('/')}|${base}|${diffOptionsKey(options)}`
  let models = built.get(negotiation)
  if (!models) {
    models = new Map()
    built.set(negotiation, models)
  }
  const known = models.get(key)
  if (known) return known.promise
  const id = (nextId += 1)
  let entities = entitiesOf.get(negotiation)
  if (!entities) {
    entities = negotiationEntities(negotiation)
    entitiesOf.set(negotiation, entities)
  }
  const promise = new Promise<ComparisonModel>((resolve, reject) => {
    waiting.set(id, { entities, model: null, rows: [], resolve, reject })
    const target = startWorker()
    if (sent !== negotiation) {
      target.postMessage({ kind: 'negotiation', negotiation } satisfies ComparisonRequest)
      sent = negotiation
    }
    target.postMessage({ kind: 'compare', id, versionIds, base, options } satisfies ComparisonRequest)
  }).then((model) => {
    entry.model = model
    return model
  })
  const entry: Built = { promise }
  // A failed build is not kept, so a later visit tries again.
  promise.catch(() => models.delete(key))
  models.set(key, entry)
  return promise
}
