import type { ComparisonBase } from '../domain/buildComparison.ts'
import type { DiffTextOptions } from '../domain/diffText.ts'
import type { Negotiation, VersionId } from '../domain/model.ts'

/** The page first sends the negotiation (once, already validated), then asks for comparisons of it. */
export type ComparisonRequest =
  | { readonly kind: 'negotiation'; readonly negotiation: Negotiation }
  | { readonly kind: 'compare'; readonly id: number; readonly versionIds: readonly VersionId[]; readonly base: ComparisonBase; readonly options: DiffTextOptions }

/**
 * A model comes back in parts, each small enough to unpack without holding up the page: first
 * the model without its rows, then the rows a slice at a time, the last slice marked `done`.
 */
export type ComparisonReply =
  | { readonly id: number; readonly ok: true; readonly part: 'model'; readonly model: unknown }
  | { readonly id: number; readonly ok: true; readonly part: 'rows'; readonly rows: readonly unknown[]; readonly done: boolean }
  | { readonly id: number; readonly ok: false; readonly message: string }
