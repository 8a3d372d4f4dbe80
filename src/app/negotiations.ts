/**
 * The negotiations the app can show: every bundled data folder, and the user's workspaces,
 * read from the browser's storage when a link first names them. A workspace loads through
 * the same `loadNegotiation` as the bundled data, so every view works on it unchanged.
 */
import { issues as dataIssues, published } from 'virtual:published-negotiations'
import type { Negotiation } from '../domain/model.ts'
import type { DataIssue } from '../load/files.ts'
import { negotiationFromJson } from '../load/negotiationJson.ts'
import { refreshLocation, type CatalogLookup } from '../state/urlSync.ts'
import type { Scope } from '../url/scope.ts'
import { routeCatalog } from './catalog.ts'

export type BundledLoad = { readonly ok: true; readonly negotiations: readonly Negotiation[] } | { readonly ok: false; readonly issues: readonly DataIssue[] }

/**
 * Every published data folder, in publishing order (scripts/data-index.mjs); the first is the
 * default. The build validated them (vite.config.ts), so this only parses what it shipped.
 */
export function loadBundled(): BundledLoad {
  const issues = [...dataIssues, ...published.flatMap((folder) => ('issues' in folder ? folder.issues : []))]
  if (published.length === 0 && issues.length === 0) issues.push({ file: 'data/', path: '', message: 'No negotiation folder found' })
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, negotiations: published.flatMap((folder) => ('json' in folder ? [negotiationFromJson(folder.json)] : [])) }
}

/** The most clauses any published negotiation has: known before any is parsed. */
export function mostBundledClauses(): number {
  return Math.max(0, ...published.map((folder) => ('clauses' in folder ? folder.clauses : 0)))
}

type WorkspaceEntry = { readonly state: 'loading' } | { readonly state: 'missing'; readonly reason: string } | { readonly state: 'ready'; readonly negotiation: Negotiation }

export interface NegotiationRegistry {
  readonly bundled: readonly Negotiation[]
  readonly catalogFor: CatalogLookup
  /** The negotiation a scope names, once it is at hand. */
  readonly get: (scope: Scope) => Negotiation | null
  /** Why a workspace could not be opened, when it could not. */
  readonly missingReason: (scope: Scope) => string | null
  /** Drops a workspace read earlier (or, given null, every one), after it was saved again or deleted. */
  readonly forget: (id: string | null) => void
}

export function createRegistry(bundled: readonly Negotiation[]): NegotiationRegistry {
  const workspaces = new Map<string, WorkspaceEntry>()

  const readWorkspace = (id: string) => {
    workspaces.set(id, { state: 'loading' })
    // Storage and the workspace reader load only when a link names a workspace: the first view
    // of the bundled drafts needs neither.
    Promise.all([import('../storage/workspaceStore.ts'), import('../load/workspaceFile.ts')])
      .then(async ([{ getWorkspace }, { loadWorkspace }]) => {
        const stored = await getWorkspace(id)
        if (!stored) return workspaces.set(id, { state: 'missing', reason: 'not-here' })
        const loaded = loadWorkspace(stored.files, stored.name)
        workspaces.set(id, loaded.ok ? { state: 'ready', negotiation: loaded.negotiation } : { state: 'missing', reason: 'damaged' })
      })
      .catch(() => workspaces.set(id, { state: 'missing', reason: 'storage' }))
      .finally(refreshLocation)
  }

  const get = (scope: Scope): Negotiation | null => {
    if (scope.kind === 'bundled') return scope.id === null ? bundled[0]! : (bundled.find((n) => n.id === scope.id) ?? null)
    const entry = workspaces.get(scope.id)
    return entry?.state === 'ready' ? entry.negotiation : null
  }

  return {
    bundled,
    get,
    catalogFor: (scope) => {
      if (scope.kind === 'workspace' && !workspaces.has(scope.id)) readWorkspace(scope.id)
      const negotiation = get(scope)
      if (negotiation) return routeCatalog(negotiation)
      return scope.kind === 'workspace' && workspaces.get(scope.id)?.state === 'loading' ? 'loading' : 'missing'
    },
    missingReason: (scope) => {
      if (scope.kind === 'bundled') return get(scope) ? null : 'unknown-bundled'
      const entry = workspaces.get(scope.id)
      return entry?.state === 'missing' ? entry.reason : null
    },
    forget: (id) => (id === null ? workspaces.clear() : workspaces.delete(id)),
  }
}
