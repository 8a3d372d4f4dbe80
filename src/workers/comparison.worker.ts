/**
 * Builds comparisons off the main thread, so a long one never freezes the page. The page sends
 * the negotiation it loaded; the worker answers with the model, whose negotiation objects travel
 * as references (src/domain/modelTransfer.ts) so only the diffs are copied back.
 */
import { buildComparison } from '../domain/buildComparison.ts'
import type { Negotiation } from '../domain/model.ts'
import { entityKeys, negotiationEntities, toTransfer } from '../domain/modelTransfer.ts'
import type { ComparisonReply, ComparisonRequest } from './comparisonMessages.ts'

/** The slice of a dedicated worker's global scope used here (the DOM typings describe a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ComparisonRequest>) => void) | null
  postMessage: (reply: ComparisonReply) => void
}

let negotiation: Negotiation | null = null
let keys: Map<object, string> | null = null

/** Rows per message: unpacking one slice on the page takes a few milliseconds. */
const ROWS_PER_SLICE = 200

scope.onmessage = ({ data: request }) => {
  if (request.kind === 'negotiation') {
    negotiation = request.negotiation
    keys = entityKeys(negotiationEntities(negotiation))
    return
  }
  try {
    if (!negotiation || !keys) throw new Error('No negotiation was sent to the worker')
    // The one seam to the domain: the same builder the page uses for short comparisons.
    const { rows, ...rest } = buildComparison(negotiation, request.versionIds, request.base, request.options)
    scope.postMessage({ id: request.id, ok: true, part: 'model', model: toTransfer(rest, keys) })
    for (let start = 0; start === 0 || start < rows.length; start += ROWS_PER_SLICE) {
      const slice = rows.slice(start, start + ROWS_PER_SLICE).map((row) => toTransfer(row, keys!))
      scope.postMessage({ id: request.id, ok: true, part: 'rows', rows: slice, done: start + ROWS_PER_SLICE >= rows.length })
    }
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
