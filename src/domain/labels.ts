/** Words for the statuses and grades, so no state is shown by colour alone. */
import { wordingUnpublished } from './clauseState.ts'
import type { ClauseStatus, ClauseVersion, Confidence, DisputedClaim, SourceReliability, TextKnown } from './model.ts'

export const STATUS_LABEL: Record<ClauseStatus, string> = {
  kept: 'Kept',
  amended: 'Amended',
  deleted: 'Deleted',
  added: 'Added',
  bracketed: 'Bracketed',
  'separate-track': 'Separate track',
  unknown: 'Unknown',
  'not-mentioned': 'Not mentioned',
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
  'not-mentioned': 'Not mentioned in the account of this version; whether the text keeps it is not known',
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

/** Why a term has no value in a clause, in words. */
export function missingTermText(clause: ClauseVersion): string {
  switch (clause.status) {
    case 'unknown':
      return 'Not known'
    case 'not-mentioned':
      return 'Not mentioned in the account'
    case 'absent':
      return 'Not in this version'
    case 'deleted':
      return 'Clause deleted'
    case 'bracketed':
      return clause.parts.length === 0 ? 'Bracketed for the leaders; wording not published' : 'Not in the agreed text; see the options'
    case 'separate-track':
      return 'Moved to a separate track'
    default:
      return wordingUnpublished(clause) ? 'Changed; wording not published' : 'Not in this text'
  }
}

/**
 * A disputed value in one line, each claim with how many sources make it.
 * @example describeDispute(claims) // 'Disputed: 800,000 in peacetime (1 report) / No strict cap (2 reports)'
 */
export function describeDispute(claims: readonly DisputedClaim[]): string {
  return `Disputed: ${claims.map((claim) => `${claim.claim} (${claim.sources.length} ${claim.sources.length === 1 ? 'report' : 'reports'})`).join(' / ')}`
}
