/**
 * The domain contract: a negotiation, its versions, and each version's clauses, after the
 * data files have been validated and normalized (see `src/load/loadNegotiation.ts`).
 * Everything in `src/` works on these types and trusts them.
 */

export type VersionId = string & { readonly __brand: 'VersionId' }
export type ClauseId = string & { readonly __brand: 'ClauseId' }
export type SourceId = string & { readonly __brand: 'SourceId' }
export type TermId = string & { readonly __brand: 'TermId' }
export type TopicId = string & { readonly __brand: 'TopicId' }

/**
 * Where a clause stands in one version, relative to the version it is based on.
 * `absent` means the clause was never part of this version's line (for example a clause
 * that a later draft introduced); `deleted` means the base had it and this version struck it.
 */
export const CLAUSE_STATUSES = [
  'kept',
  'amended',
  'deleted',
  'added',
  'bracketed',
  'separate-track',
  'unknown',
  'absent',
] as const
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number]

/** How the content of a clause (or of one of its parts) is known, strongest first. */
export const CONFIDENCE_LEVELS = ['published-text', 'multiple-reports', 'single-report', 'unverified'] as const
export type Confidence = (typeof CONFIDENCE_LEVELS)[number]

/** How far a version's text is known at all. */
export const TEXT_KNOWN = ['full', 'oral-account', 'changes-only'] as const
export type TextKnown = (typeof TEXT_KNOWN)[number]

/** Flags sources that readers should weigh with care; `standard` covers ordinary outlets. */
export const SOURCE_RELIABILITY = ['official', 'standard', 'state-media', 'aggregator', 'forum'] as const
export type SourceReliability = (typeof SOURCE_RELIABILITY)[number]

export interface Source {
  readonly id: SourceId
  readonly outlet: string
  /** Our own short description of the piece, never its headline copied at length. */
  readonly title: string
  /** ISO date, `YYYY-MM-DD`. */
  readonly date: string
  /** True when the page shows no date and ours is inferred (the note says from what). */
  readonly dateEstimated: boolean
  /** Absent only for a user's own draft, which was never published anywhere. */
  readonly url?: string
  /** True for a user's own draft, cited as the source of its own text. */
  readonly ownDraft?: true
  readonly reliability: SourceReliability
  /** ISO 639-1 code of the page's language. */
  readonly language?: string
  readonly note?: string
}

export interface SourceRef {
  readonly source: SourceId
  /** What this source supports, when it is narrower than the whole clause. */
  readonly note?: string
}

export interface Topic {
  readonly id: TopicId
  readonly label: string
}

export interface TermChoice {
  readonly id: string
  readonly label: string
}

export type TermUnit = 'personnel' | 'days' | 'usd' | 'percent'

/**
 * A contested term the tool compares as a typed value. A `quantity` has an amount and a
 * qualifier (600,000 "at all times"); a `choice` is one of a fixed set of positions.
 */
export type TermDefinition =
  | {
      readonly id: TermId
      readonly kind: 'quantity'
      readonly label: string
      readonly clause: ClauseId
      readonly unit: TermUnit
      readonly qualifiers: readonly TermChoice[]
    }
  | {
      readonly id: TermId
      readonly kind: 'choice'
      readonly label: string
      readonly clause: ClauseId
      readonly choices: readonly TermChoice[]
    }

export type TermValue =
  | { readonly term: TermId; readonly kind: 'unknown'; readonly note?: string }
  | {
      readonly term: TermId
      readonly kind: 'quantity'
      /** `null` when the version gives a qualifier but no number ("as soon as possible"). */
      readonly amount: number | null
      readonly qualifier: string | null
      readonly note?: string
    }
  | { readonly term: TermId; readonly kind: 'choice'; readonly choice: string; readonly note?: string }

/**
 * One paragraph or sub-point of a clause. Parts align across versions by `key`, so a part
 * whose wording is not known (`text: null`) shows as unknown rather than as deleted.
 */
export interface ClausePart {
  readonly key: string
  /** The version's own sub-point label ("a", "b"), shown to the reader; absent for the lead text. */
  readonly label?: string
  readonly text: string | null
  /** Set when this part is known less well than the clause as a whole. */
  readonly confidence?: Confidence
}

/** A rival option tabled by one party, for a clause the parties have not agreed. */
export interface Alternative {
  readonly party: string
  readonly title: string
  readonly parts: readonly ClausePart[]
  readonly terms: readonly TermValue[]
  readonly confidence: Confidence
  readonly sources: readonly SourceRef[]
}

/** One lineage clause as it stands in one version. */
export interface ClauseVersion {
  readonly clause: ClauseId
  readonly version: VersionId
  /** The version's own numbering ("4", "12"); null where the version has no such point or it is not known. */
  readonly number: string | null
  readonly title: string
  readonly status: ClauseStatus
  /** Null only for `unknown` and `absent` clauses, whose content is not known or does not exist. */
  readonly confidence: Confidence | null
  readonly parts: readonly ClausePart[]
  readonly alternatives: readonly Alternative[]
  readonly terms: readonly TermValue[]
  /** Why a clause is unknown, what reporting says, caveats on the wording. */
  readonly note?: string
  readonly sources: readonly SourceRef[]
  /** True when the data file did not list this clause and the loader filled in `absent` or `unknown`. */
  readonly implicit: boolean
}

export interface Version {
  readonly id: VersionId
  readonly title: string
  readonly shortTitle: string
  /** ISO date, `YYYY-MM-DD`; `dateNote` explains a range or an embargo. */
  readonly date: string
  readonly dateNote?: string
  readonly parties: readonly string[]
  readonly drafters: string
  readonly publication: string
  readonly textKnown: TextKnown
  readonly basedOn: VersionId | null
  readonly pointCount: string
  readonly summary: string
  readonly sources: readonly SourceRef[]
  /** Every lineage clause of the negotiation, in lineage order. */
  readonly clauses: ReadonlyMap<ClauseId, ClauseVersion>
}

/** A lineage clause: one slot that versions keep, amend, delete or introduce. */
export interface Lineage {
  readonly id: ClauseId
  readonly title: string
  readonly topics: readonly TopicId[]
  readonly introducedIn: VersionId
}

export interface Negotiation {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly topics: readonly Topic[]
  /** Lineage clauses in their canonical order (the first version's numbering, then later additions). */
  readonly lineages: readonly Lineage[]
  readonly terms: readonly TermDefinition[]
  /** Versions sorted by date, then by file order. */
  readonly versions: readonly Version[]
  readonly sources: ReadonlyMap<SourceId, Source>
  readonly defaultComparison: readonly [VersionId, VersionId]
}
