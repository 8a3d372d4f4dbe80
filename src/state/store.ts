/**
 * The one store. It holds the current view (as ids and choices, mirrored from the URL by
 * `urlSync.ts`) and the notices explaining any correction made to a link. Derived data such
 * as comparisons is computed from these by `src/domain`, never stored.
 */
import { create } from 'zustand'
import type { ResolvedRoute } from '../url/resolveRoute.ts'
import { serializeRoute } from '../url/serializeRoute.ts'
import { DEFAULT_SCOPE, type Scope } from '../url/scope.ts'

/** Whether the negotiation a link names is at hand: a workspace is read from storage first. */
export type ScopeState = 'ready' | 'loading' | 'missing'

/** The colour theme: the system's, or one the user picked (kept in this browser only). */
export type ThemeChoice = 'system' | 'light' | 'dark'

export interface ViewerState {
  readonly route: ResolvedRoute
  /** Which negotiation is shown: a bundled one or a workspace, by id. */
  readonly scope: Scope
  readonly scopeState: ScopeState
  readonly notices: readonly string[]
  /** Single-letter shortcuts (n, p, j, k, /) can be switched off (WCAG 2.1.4); F7 always works. */
  readonly letterShortcuts: boolean
  readonly setLetterShortcuts: (on: boolean) => void
  readonly showRoute: (route: ResolvedRoute, notices: readonly string[], scope?: Scope) => void
  readonly showScope: (scope: Scope, state: ScopeState) => void
  readonly theme: ThemeChoice
  readonly setTheme: (theme: ThemeChoice) => void
  readonly dismissNotices: () => void
}

const NO_NOTICES: readonly string[] = []

function kept<T>(shown: readonly T[], next: readonly T[]): readonly T[] {
  return shown.length === next.length && shown.every((item, index) => item === next[index]) ? shown : next
}

/**
 * The route to show: the one shown when `next` reads the same, else `next` with the shown
 * comparison's filter lists where it repeats them. Every new address is parsed afresh, and the
 * rows are filtered again for a new list (the comparison itself is cached by its ids).
 */
function keptRoute(shown: ResolvedRoute, next: ResolvedRoute): ResolvedRoute {
  if (serializeRoute(shown) === serializeRoute(next)) return shown
  if (!('versions' in shown) || !('versions' in next)) return next
  const was = shown.options
  const { options } = next
  return { ...next, options: { ...options, topics: kept(was.topics, options.topics), statuses: kept(was.statuses, options.statuses), flags: kept(was.flags, options.flags) } }
}

export const useViewerStore = create<ViewerState>()((set) => ({
  route: { page: 'versions' },
  scope: DEFAULT_SCOPE,
  scopeState: 'ready',
  notices: NO_NOTICES,
  letterShortcuts: true,
  setLetterShortcuts: (on) => set({ letterShortcuts: on }),
  showRoute: (route, notices, scope) =>
    set((state) => ({ route: keptRoute(state.route, route), scope: scope ?? state.scope, scopeState: 'ready', notices: notices.length > 0 ? notices : NO_NOTICES })),
  showScope: (scope, scopeState) => set({ scope, scopeState, notices: NO_NOTICES }),
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  dismissNotices: () => set({ notices: NO_NOTICES }),
}))
