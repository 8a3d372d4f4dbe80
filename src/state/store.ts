/**
 * The one store. It holds the current view (as ids and choices, mirrored from the URL by
 * `urlSync.ts`) and the notices explaining any correction made to a link. Derived data such
 * as comparisons is computed from these by `src/domain`, never stored.
 */
import { create } from 'zustand'
import type { ResolvedRoute } from '../url/resolveRoute.ts'

/** The colour theme: the system's, or one the user picked (kept in this browser only). */
export type ThemeChoice = 'system' | 'light' | 'dark'

export interface ViewerState {
  readonly route: ResolvedRoute
  readonly notices: readonly string[]
  /** Single-letter shortcuts (n, p, j, k, /) can be switched off (WCAG 2.1.4); F7 always works. */
  readonly letterShortcuts: boolean
  readonly setLetterShortcuts: (on: boolean) => void
  readonly theme: ThemeChoice
  readonly setTheme: (theme: ThemeChoice) => void
  readonly showRoute: (route: ResolvedRoute, notices: readonly string[]) => void
  readonly dismissNotices: () => void
}

const NO_NOTICES: readonly string[] = []

export const useViewerStore = create<ViewerState>()((set) => ({
  route: { page: 'versions' },
  notices: NO_NOTICES,
  letterShortcuts: true,
  setLetterShortcuts: (on) => set({ letterShortcuts: on }),
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  showRoute: (route, notices) => set({ route, notices: notices.length > 0 ? notices : NO_NOTICES }),
  dismissNotices: () => set({ notices: NO_NOTICES }),
}))
