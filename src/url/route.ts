/**
 * What a route is: every page with the options it shows, in the ids of a link or of a
 * negotiation, and the defaults a canonical URL leaves out. `parseRoute.ts` reads one from a
 * hash, `serializeRoute.ts` writes it back.
 */

import type { ComparisonBase } from '../domain/buildComparison.ts'
import type { DiffIgnore } from '../domain/diffText.ts'
import type { FlagKind } from '../domain/flagKinds.ts'
import type { ClauseId, ClauseStatus, TopicId, VersionId } from '../domain/model.ts'

export type ViewMode = 'split' | 'inline'
export const VIEW_MODES: readonly ViewMode[] = ['split', 'inline']

/**
 * The ids a route names. A parsed link holds them as written (`LinkIds`); `resolveRoute` keeps
 * the ones the negotiation has, branded (`KnownIds`), so views take them as they are.
 */
export interface LinkIds {
  readonly version: string
  readonly clause: string
  readonly topic: string
  readonly status: string
}

export interface KnownIds {
  readonly version: VersionId
  readonly clause: ClauseId
  readonly topic: TopicId
  readonly status: ClauseStatus
}

export interface CompareOptions<Ids extends LinkIds = KnownIds> {
  readonly view: ViewMode
  /** What each column after the first is compared with: the first column, the one before it, or the version it revises. */
  readonly base: ComparisonBase
  /** Only clauses with one of these statuses in some column after the first; empty means every status. */
  readonly statuses: readonly Ids['status'][]
  readonly clause: Ids['clause'] | null
  readonly topics: readonly Ids['topic'][]
  readonly changed: boolean
  readonly query: string
  /** Differences the diff does not show (letter case, punctuation, whitespace), in canonical order. */
  readonly ignore: readonly DiffIgnore[]
  /** Only clauses with a substantive-change flag of one of these kinds, in canonical order; empty means every clause. */
  readonly flags: readonly FlagKind[]
}

/** Paper for a printed report; null leaves the choice to the print dialog. */
export type Paper = 'a4' | 'letter'
export const PAPERS: readonly Paper[] = ['a4', 'letter']

/** Portrait lists the versions one below the other; landscape lays them out in columns. */
export type Orientation = 'portrait' | 'landscape'
export const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape']

export type SortDirection = 'asc' | 'desc'

export interface MatrixOptions<Ids extends LinkIds = KnownIds> {
  readonly topics: readonly Ids['topic'][]
  /** Version columns in display order; empty means every version in date order. */
  readonly versions: readonly Ids['version'][]
  /** The column every other column is compared with; null means the first shown. */
  readonly base: Ids['version'] | null
  /** By a fixed column (`term`) or a version's. */
  readonly sort: { readonly column: string; readonly direction: SortDirection } | null
}

/** Every page with what it shows, in the ids of a link (`Route`) or of a negotiation (`ResolvedRoute`). */
export type RouteOf<Ids extends LinkIds> =
  | { readonly page: 'compare'; readonly versions: readonly Ids['version'][]; readonly options: CompareOptions<Ids> }
  | {
      readonly page: 'report'
      readonly versions: readonly Ids['version'][]
      readonly options: CompareOptions<Ids>
      readonly paper: Paper | null
      readonly orientation: Orientation
    }
  | { readonly page: 'matrix'; readonly options: MatrixOptions<Ids> }
  | { readonly page: 'clause'; readonly clause: Ids['clause'] | null }
  | { readonly page: 'sources' }
  | { readonly page: 'versions' }
  /** The user's own workspaces: import, keep, export, delete. */
  | { readonly page: 'workspaces' }
  | { readonly page: 'home' }
  | { readonly page: 'not-found'; readonly path: string }

/** A route as a link writes it: its ids are not yet checked against a negotiation. */
export type Route = RouteOf<LinkIds>

export interface RouteIssue {
  readonly param: string
  readonly message: string
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  view: 'split',
  base: 'first',
  statuses: [],
  clause: null,
  topics: [],
  changed: false,
  query: '',
  ignore: [],
  flags: [],
}

export const DEFAULT_MATRIX_OPTIONS: MatrixOptions = { topics: [], versions: [], base: null, sort: null }
