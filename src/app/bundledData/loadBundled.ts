import { issues as dataIssues, published } from 'virtual:published-negotiations'
import type { Negotiation } from '../../domain/model.ts'
import type { DataIssue } from '../../load/files.ts'
import { openingFromJson, type NegotiationOpening } from '../../load/negotiationJson.ts'
import { afterPaint } from '../afterPaint.ts'

/**
 * The bundled negotiations: complete, or their openings (what the first view draws) with the
 * rest on its way, which resolves to the complete negotiations, or to null if it failed to load.
 */
export type BundledNegotiations =
  | readonly Negotiation[]
  | { readonly openings: readonly NegotiationOpening[]; readonly rest: Promise<readonly Negotiation[] | null> }

export type BundledLoad = { readonly ok: true; readonly bundled: BundledNegotiations } | { readonly ok: false; readonly issues: readonly DataIssue[] }

/**
 * Every published data folder, in publishing order (scripts/data-index.mjs); the first is the
 * default. The build validated them (build/plugins/data.ts), so this only parses what it shipped: the
 * openings now, and the rest, its own chunk, as soon as it arrives.
 */
export function loadBundled(): BundledLoad {
  const issues = [...dataIssues, ...published.flatMap((folder) => ('issues' in folder ? folder.issues : []))]
  if (published.length === 0 && issues.length === 0) issues.push({ file: 'data/', path: '', message: 'No negotiation folder found' })
  if (issues.length > 0) return { ok: false, issues }
  const folders = published.flatMap((folder) => ('opening' in folder ? [{ folder: folder.folder, opening: openingFromJson(folder.opening) }] : []))
  // The code that reads the rest comes with it: the first view's code does not carry it.
  const rest = Promise.all([import('virtual:published-negotiations-rest'), import('../../load/negotiationRest.ts')]).then(
    async ([{ rest }, { completeNegotiation }]) => {
      await afterPaint()
      return folders.map(({ folder, opening }) => completeNegotiation(opening, rest[folder]!))
    },
    () => null,
  )
  return { ok: true, bundled: { openings: folders.map(({ opening }) => opening), rest } }
}
