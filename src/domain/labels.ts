/** Words for the statuses and grades, so no state is shown by colour alone. */
import { isOriginalDraft, statedAgainst } from './clauseState.ts'
import type { ClauseStatus, ClauseVersion, Confidence, Source, SourceReliability, TextKnown, Version } from './model.ts'

export const STATUS_LABEL: Record<ClauseStatus, string> = {
  kept: 'Kept',
  amended: 'Amended',
  deleted: 'Deleted',
  added: 'Added',
  bracketed: 'Bracketed',
  'separate-track': 'Separate track',
  unknown: 'Unknown',
  absent: 'Not in this version',
}

export const STATUS_DESCRIPTION: Record<ClauseStatus, string> = {
  kept: 'Same wording as the version it is compared with',
  amended: 'Wording or substance changed',
  deleted: 'Struck from this version',
  added: 'New in this version',
  bracketed: 'Left open for the leaders to decide',
  'separate-track': 'Moved out to a separate negotiation',
  unknown: 'Not known: this version’s text was never published and nothing was reported',
  absent: 'Never part of this version',
}

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  'published-text': 'Published text',
  'multiple-reports': 'Several reports',
  'single-report': 'Single report',
  unverified: 'Unverified',
}

export const CONFIDENCE_DESCRIPTION: Record<Confidence, string> = {
  'published-text': 'The wording was published in full and reproduced by several outlets',
  'multiple-reports': 'Reported by several independent outlets, or on the record',
  'single-report': 'Reported by one outlet or one source, possibly re-reported by others',
  unverified: 'Seen only in low-reliability sources; treat as a lead',
}

export const RELIABILITY_LABEL: Record<SourceReliability, string> = {
  official: 'Official',
  standard: 'News outlet',
  'state-media': 'State media',
  aggregator: 'Aggregator or copy',
  forum: 'Anonymous forum',
}

export const TEXT_KNOWN_LABEL: Record<TextKnown, string> = {
  full: 'Full text known',
  'oral-account': 'Read out in public; known from media transcriptions',
  'changes-only': 'Text never published; only reported changes are known',
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Formats an ISO date for reading, without time zones getting in the way.
 * @example formatDate('2025-11-20') // '20 Nov 2025'
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`
}

export interface StatusWords {
  /** "Original draft" for the first draft's clauses, otherwise the status's label ("Amended"). */
  readonly label: string
  /** The version the status is stated against, when it is a relation to another version. */
  readonly against: Version | null
}

/**
 * The words for a clause's own status in its version (as the data states it, against the
 * version's own base): one function, so the UI, CSV, JSON, Markdown and Word say the same.
 * @example statusWords(us28.clauses.get('army-size'), us28, versions) // { label: 'Original draft', against: null }
 */
export function statusWords(clause: ClauseVersion, version: Version, versions: readonly Version[]): StatusWords {
  if (isOriginalDraft(clause, version)) return { label: 'Original draft', against: null }
  const againstId = statedAgainst(clause, version)
  return { label: STATUS_LABEL[clause.status], against: versions.find((candidate) => candidate.id === againstId) ?? null }
}

/** `statusWords` as one line of text: "Amended (vs US 28-point)". */
export function statusText(clause: ClauseVersion, version: Version, versions: readonly Version[]): string {
  const { label, against } = statusWords(clause, version, versions)
  return against ? `${label} (vs ${against.shortTitle})` : label
}

export interface Citation {
  /** The original publisher (outlet) of the piece. */
  readonly publisher: string
  /** "23 Nov 2025", or "about 23 Nov 2025" when the page shows no date. */
  readonly date: string
  readonly url: string
  /** Flag for state media, aggregators and forums; null for news outlets and official pages. */
  readonly flag: string | null
}

/** How every export cites a source: by original publisher, date and address. */
export function citeSource(source: Source): Citation {
  const flagged = source.reliability !== 'standard' && source.reliability !== 'official'
  return {
    publisher: source.outlet,
    date: `${source.dateEstimated ? 'about ' : ''}${formatDate(source.date)}`,
    url: source.url,
    flag: flagged ? RELIABILITY_LABEL[source.reliability] : null,
  }
}

/** A citation as one line: "Reuters, 23 Nov 2025, https://… [State media]". */
export function citationText(source: Source): string {
  const { publisher, date, url, flag } = citeSource(source)
  return `${publisher}, ${date}, ${url}${flag ? ` [${flag}]` : ''}`
}
