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
 * that a later draft introduced); `deleted` means the base had it and a source reports this
 * version struck it; `not-mentioned` means an oral or partial account of this version does not
 * mention it, which proves neither that it stays nor that it went.
 */
export const CLAUSE_STATUSES = [
  'kept',
  'amended',
  'deleted',
  'added',
  'bracketed',
  'separate-track',
  'unknown',
  'not-mentioned',
  'absent',
] as const
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number]

/**
 * How the content of a clause (or of one of its parts) is known, strongest first. `own-text` is a
 * user's own draft in a workspace: the wording itself, published nowhere.
 */
export const CONFIDENCE_LEVELS = ['own-text', 'published-text', 'multiple-reports', 'single-report', 'unverified'] as const
export type Confidence = (typeof CONFIDENCE_LEVELS)[number]

/** How far a version's text is known at all; `own-draft` is a user's own draft, known in full. */
export const TEXT_KNOWN = ['full', 'oral-account', 'changes-only', 'own-draft'] as const
export type TextKnown = (typeof TEXT_KNOWN)[number]

/**
 * What kind of body published a piece. The types from `state-media` on are flagged in the
 * interface and do not count towards a confidence grade (see `src/load/checkGrades.ts`).
 */
export const PUBLISHER_TYPES = [
  // A user's own draft, imported into a workspace: the text itself, published nowhere.
  'own-text',
  'official',
  'wire',
  'newspaper',
  'magazine',
  'broadcaster',
  'news-site',
  'state-media',
  'state-linked-network',
  'aggregator',
  'opinion',
  'forum',
  'unidentified',
] as const
export type PublisherType = (typeof PUBLISHER_TYPES)[number]

/** What kind of site carries a copy of someone else's piece; all but `news-outlet` are flagged. */
export const COPY_TYPES = ['news-outlet', 'aggregator', 'content-farm', 'state-linked-mirror'] as const
export type CopyType = (typeof COPY_TYPES)[number]

/** Where a piece was read when that was not the publisher's own page. */
export interface SourceCopy {
  readonly site: string
  readonly url: string
  readonly type: CopyType
}

export interface Source {
  readonly id: SourceId
  /** Who published the piece (Reuters, Axios, Zelensky's office), not the site it was read on. */
  readonly publisher: string
  readonly publisherType: PublisherType
  /** The outlet whose reporting the piece relays ("citing the FT"); two relays of one report count once. */
  readonly citing?: string
  /** Our own short description of the piece, never its headline copied at length. */
  readonly title: string
  /** ISO date, `YYYY-MM-DD`. */
  readonly date: string
  /** True when the page shows no date and ours is inferred (the note says from what). */
  readonly dateEstimated: boolean
  /** The publisher's own page, when it has been seen (never built by guesswork). */
  readonly url?: string
  readonly copy?: SourceCopy
  /** The piece reproduces the document's own wording (in full or point by point), not a summary. */
  readonly carriesText: boolean
  /** ISO 639-1 code of the page's language. */
  readonly language?: string
  readonly note?: string
}

export interface SourceRef {
  readonly source: SourceId
  /** What this source supports, when it is narrower than the whole clause. */
  readonly note?: string
  /**
   * For a clause's own sources: the parts whose wording this source carries ("main" for the lead
   * text), or "all"; absent when the data does not say. Tells which report a disputed text follows.
   */
  readonly attests?: 'all' | readonly string[]
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

/** One side of a disagreement between sources: what they report, in our words, and who reports it. */
export interface DisputedClaim {
  readonly claim: string
  /** In a dispute about the clause's status: the status this claim reports. */
  readonly status?: ClauseStatus
  readonly sources: readonly SourceRef[]
}

/**
 * Sources that disagree about a term's value (`term`) or, with `term` null, about the clause's
 * wording or, where its claims give a `status`, about its status. The clause's own text, term value
 * and status follow one of the claims; the view shows them all.
 */
export interface Dispute {
  readonly term: TermId | null
  readonly claims: readonly DisputedClaim[]
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
  /** Where the cited sources disagree; empty when they do not. */
  readonly disputes: readonly Dispute[]
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
  /** For a user's own draft: the file it was read from, or "Pasted text". */
  readonly origin?: string
  readonly basedOn: VersionId | null
  readonly pointCount: string
  readonly summary: string
  readonly sources: readonly SourceRef[]
  /** Every lineage clause of the negotiation, in lineage order. */
  readonly clauses: ReadonlyMap<ClauseId, ClauseVersion>
}

/** What names a version in a list of versions to choose from. */
export type VersionHeading = Pick<Version, 'id' | 'title' | 'shortTitle' | 'date' | 'textKnown' | 'origin' | 'basedOn'>

/** A lineage clause: one slot that versions keep, amend, delete or introduce. */
export interface Lineage {
  readonly id: ClauseId
  readonly title: string
  readonly topics: readonly TopicId[]
  readonly introducedIn: VersionId
}

/** Something that happened after the latest version without producing a new text. */
export interface LaterEvent {
  /** ISO date; `until` is the last day of an event over several days. */
  readonly date: string
  readonly until?: string
  readonly text: string
  readonly sources: readonly SourceRef[]
}

/** What happened after the latest version, when no newer text is known, with when that was last checked. */
export interface Developments {
  readonly title: string
  readonly summary: string
  readonly checked: string
  readonly events: readonly LaterEvent[]
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
  /** Events after the latest version; shipped with the rest of the data, not the opening. */
  readonly developments?: Developments
}
