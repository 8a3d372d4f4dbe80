/**
 * Which negotiation a link is about, as a prefix that leaves every bundled route unchanged:
 * `#/compare/us-28/e3` is the default bundled negotiation, `#/n/<id>/compare/…` another
 * bundled one, `#/w/<workspace-id>/compare/…` a user's workspace kept in their browser.
 * Pure and total, like `parseRoute.ts`.
 *
 * @example splitScope('#/w/ws-1a2b/compare/a/b') // { scope: { kind: 'workspace', id: 'ws-1a2b' }, hash: '#/compare/a/b' }
 */

export type Scope = { readonly kind: 'bundled'; readonly id: string | null } | { readonly kind: 'workspace'; readonly id: string }

export const DEFAULT_SCOPE: Scope = { kind: 'bundled', id: null }

const PREFIX = /^#?\/(w|n)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?=\/|\?|$)/

export function splitScope(hash: string): { scope: Scope; hash: string } {
  const match = PREFIX.exec(hash)
  const id = match?.[2]
  if (!match || id === undefined || id.length > 80) return { scope: DEFAULT_SCOPE, hash }
  const rest = hash.slice(match[0].length)
  const scope: Scope = match[1] === 'w' ? { kind: 'workspace', id } : { kind: 'bundled', id }
  return { scope, hash: `#${rest.startsWith('/') ? rest : `/${rest}`}` }
}

/** The hash of a route within a scope: the route's own hash, behind the scope's prefix. */
export function scopedHash(scope: Scope, hash: string): string {
  // A link that already names its scope keeps it.
  if (scope.id === null || splitScope(hash).scope !== DEFAULT_SCOPE) return hash
  const rest = hash.replace(/^#\/?/, '')
  return `#/${scope.kind === 'workspace' ? 'w' : 'n'}/${encodeURIComponent(scope.id)}${rest === '' ? '' : `/${rest}`}`
}

export function sameScope(a: Scope, b: Scope): boolean {
  return a.kind === b.kind && a.id === b.id
}
