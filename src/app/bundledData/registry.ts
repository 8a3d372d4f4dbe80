/**
 * The negotiations the app can show: every bundled data folder, and the user's workspaces,
 * read from the browser's storage when a link first names them. A workspace loads through
 * the same `loadNegotiation` as the bundled data, so every view works on it unchanged.
 */
import type { Negotiation } from '../../domain/model.ts'
import { refreshLocation, type CatalogLookup } from '../../state/urlSync.ts'
import type { Scope } from '../../url/scope.ts'
import { afterPaint } from '../afterPaint.ts'
import { routeCatalog } from '../catalog.ts'
import type { BundledNegotiations } from './loadBundled.ts'
import type { PendingNegotiation } from './pendingNegotiation.ts'

type WorkspaceEntry = { readonly state: 'loading' } | { readonly state: 'missing'; readonly reason: string } | { readonly state: 'ready'; readonly negotiation: Negotiation }

/** What changed: the bundled data's rest arrived, or a workspace was saved, imported or deleted. */
export type RegistryChange = 'bundled' | 'workspaces'

export interface NegotiationRegistry {
  /**
   * The bundled negotiations, for the picker: complete, or while the rest loads, their openings'.
   * The list changes once, when the rest arrives (`subscribe`).
   */
  readonly bundled: () => readonly Negotiation[]
  readonly catalogFor: CatalogLookup
  /** The complete negotiation a scope names, once it is at hand. */
  readonly get: (scope: Scope) => Negotiation | null
  /** While the bundled data's rest is loading: the opening of the negotiation a scope names. */
  readonly pending: (scope: Scope) => PendingNegotiation | null
  /** Called when the bundled data's rest arrives (for `useSyncExternalStore` with `bundled`), and when workspaces change. */
  readonly subscribe: (listener: (change: RegistryChange) => void) => () => void
  /** Why a workspace could not be opened, when it could not. */
  readonly missingReason: (scope: Scope) => string | null
  /** A workspace just saved or imported, loaded when it was checked: it opens without reading storage again. */
  readonly put: (id: string, negotiation: Negotiation) => void
  /** Drops a workspace read earlier (or, given null, every one), after it was deleted. */
  readonly forget: (id: string | null) => void
}

export function createRegistry(given: BundledNegotiations): NegotiationRegistry {
  const workspaces = new Map<string, WorkspaceEntry>()
  const openings = 'openings' in given ? given.openings : null
  const openingNegotiations = openings?.map((opening) => opening.negotiation) ?? []
  let bundled: readonly Negotiation[] | null = 'openings' in given ? null : given
  const listeners = new Set<(change: RegistryChange) => void>()
  const publish = (change: RegistryChange) => listeners.forEach((listener) => listener(change))
  const loaded =
    'openings' in given
      ? given.rest.then(async (complete) => {
          if (!complete) return false
          await afterPaint()
          bundled = complete
          publish('bundled')
          return true
        })
      : Promise.resolve(true)

  const readWorkspace = (id: string, hash?: string) => {
    // A workspace saved or deleted while this read was under way keeps what that left.
    const settle = (entry: WorkspaceEntry) => {
      if (workspaces.get(id) === loading) workspaces.set(id, entry)
    }
    // Storage and the loader load only when a link names a workspace: the first view of the
    // bundled drafts needs neither. What storage holds is validated before use.
    void import('./openedWorkspace.ts')
      .then(({ openedWorkspace }) => openedWorkspace(id, hash))
      .then(settle, () => settle({ state: 'missing', reason: 'storage' }))
      .finally(refreshLocation)
    const loading: WorkspaceEntry = { state: 'loading' }
    workspaces.set(id, loading)
  }

  const named = <T extends { readonly id: string }>(list: readonly T[], id: string | null): T | null => (id === null ? (list[0] ?? null) : (list.find((n) => n.id === id) ?? null))
  const get = (scope: Scope): Negotiation | null => {
    if (scope.kind === 'bundled') return bundled ? named(bundled, scope.id) : null
    const entry = workspaces.get(scope.id)
    return entry?.state === 'ready' ? entry.negotiation : null
  }
  const pending = (scope: Scope): PendingNegotiation | null => {
    if (bundled || !openings || scope.kind !== 'bundled') return null
    const negotiation = named(openingNegotiations, scope.id)
    const opening = openings.find((entry) => entry.negotiation === negotiation)
    return opening ? { opening, loaded } : null
  }

  return {
    bundled: () => bundled ?? openingNegotiations,
    get,
    pending,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    catalogFor: (scope, hash) => {
      if (scope.kind === 'workspace' && !workspaces.has(scope.id)) readWorkspace(scope.id, hash)
      const negotiation = get(scope)
      if (negotiation) return routeCatalog(negotiation)
      // The opening has every lineage, topic and version heading: links resolve as they will once complete.
      const opening = pending(scope)?.opening
      if (opening) return routeCatalog(opening.negotiation, opening.headings)
      return scope.kind === 'workspace' && workspaces.get(scope.id)?.state === 'loading' ? 'loading' : 'missing'
    },
    missingReason: (scope) => {
      if (scope.kind === 'bundled') return get(scope) || pending(scope) ? null : 'unknown-bundled'
      const entry = workspaces.get(scope.id)
      return entry?.state === 'missing' ? entry.reason : null
    },
    put: (id, negotiation) => {
      workspaces.set(id, { state: 'ready', negotiation })
      publish('workspaces')
    },
    forget: (id) => {
      if (id === null) workspaces.clear()
      else workspaces.delete(id)
      publish('workspaces')
    },
  }
}
