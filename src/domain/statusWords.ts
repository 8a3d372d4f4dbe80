/**
 * A clause's status, and a disputed value, as words for lists and files: the matrix, its CSV and
 * JSON, clause history and the exports. Apart from labels.ts because the first view shows them
 * only through the cell model (`StatusView`, `TermCell`); these load with the pages that use them.
 */
import { isOriginalDraft, statedAgainst } from './clauseState.ts'
import { ORIGINAL_DRAFT, STATUS_LABEL } from './labels.ts'
import type { ClauseVersion, DisputedClaim, Version } from './model.ts'

export interface StatusWords {
  /** "Original draft", "Not mentioned", "Amended", or for a status found by comparing texts, "Same as E3". */
  readonly label: string
  /** The short title of the version the status is stated against, when the label does not name it. */
  readonly against: string | null
}

/**
 * The words for a clause's own status in its version, as the data states it (against the
 * version's own base). A comparison cell's status against the chosen base is `StatusView` in
 * cellModel.ts, which has the same shape; `statusLine` writes either as one line, so the UI,
 * CSV, JSON, Markdown and Word say the same.
 * @example statusWords(us28.clauses.get('army-size'), us28, versions) // { label: 'Original draft', against: null }
 */
export function statusWords(clause: ClauseVersion, version: Version, versions: readonly Version[]): StatusWords {
  if (isOriginalDraft(clause, version)) return { label: ORIGINAL_DRAFT, against: null }
  const againstId = statedAgainst(clause, version)
  return { label: STATUS_LABEL[clause.status], against: versions.find((candidate) => candidate.id === againstId)?.shortTitle ?? null }
}

/**
 * Status words as one line of text; null (a first draft's cell, stated against nothing) is the original draft.
 * @example statusLine({ label: 'Amended', against: 'US 28' }) // 'Amended (vs US 28)'
 */
export function statusLine(words: StatusWords | null): string {
  if (!words) return ORIGINAL_DRAFT
  return words.against ? `${words.label} (vs ${words.against})` : words.label
}

/** `statusWords` as one line of text: "Amended (vs US 28-point)". */
export function statusText(clause: ClauseVersion, version: Version, versions: readonly Version[]): string {
  return statusLine(statusWords(clause, version, versions))
}

/**
 * A disputed value in one line, each claim with how many sources make it.
 * @example describeDispute(claims) // 'Disputed: 800,000 in peacetime (1 report) / No strict cap (2 reports)'
 */
export function describeDispute(claims: readonly DisputedClaim[]): string {
  return `Disputed: ${claims.map((claim) => `${claim.claim} (${claim.sources.length} ${claim.sources.length === 1 ? 'report' : 'reports'})`).join(' / ')}`
}
