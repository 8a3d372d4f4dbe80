/**
 * Links inside a workspace (or another bundled negotiation) carry its prefix in their real
 * `href`, so a middle-click, "open in new tab" or "copy link" keeps to the same negotiation.
 */
import { useCallback } from 'react'
import { scopedHash } from '../url/scope.ts'
import { useViewerStore } from './store.ts'

/** A function that puts a view's own link (`#/compare/…`) behind the current scope's prefix. */
export function useScopedHref(): (hash: string) => string {
  const scope = useViewerStore((state) => state.scope)
  return useCallback((hash: string) => scopedHash(scope, hash), [scope])
}
