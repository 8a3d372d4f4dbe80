/** What one version of a user's draft may hold, and the message when a text or a clause holds more. */
import type { DraftClause, SplitResult } from './draftClause.ts'

/** What a version may hold; the schema caps the same things for bundled data. */
export const DRAFT_LIMITS = {
  /** Characters of text in one import (about 2 MB of plain text). */
  characters: 2_000_000,
  clausesPerVersion: 2_000,
  versionsPerWorkspace: 5,
  partsPerClause: 60,
  clauseCharacters: 20_000,
  /** Longest number or sub-point label the data format accepts. */
  labelLength: 12,
} as const

function describe(clause: DraftClause): string {
  return `${clause.number ? `Clause ${clause.number}` : 'A clause'} (line ${clause.line})`
}

/** The clauses a text split into, or the first limit they break. */
export function checkLimits(clauses: readonly DraftClause[]): SplitResult {
  if (clauses.length > DRAFT_LIMITS.clausesPerVersion) {
    return { ok: false, clauses: clauses.length, message: `The text splits into ${clauses.length.toLocaleString('en-US')} clauses; a version holds at most ${DRAFT_LIMITS.clausesPerVersion.toLocaleString('en-US')}.` }
  }
  for (const clause of clauses) {
    const problem = clauseProblem(clause)
    if (problem) return { ok: false, message: `${describe(clause)} ${problem}` }
  }
  return { ok: true, clauses }
}

/** Why a clause cannot be saved, or null; shared with the editor, which checks each edit. */
export function clauseProblem(clause: Pick<DraftClause, 'number' | 'title' | 'text' | 'parts'>): string | null {
  if (clause.parts.length > DRAFT_LIMITS.partsPerClause) return `has ${clause.parts.length} sub-points; the limit is ${DRAFT_LIMITS.partsPerClause}.`
  if (clause.number !== null && clause.number.length > DRAFT_LIMITS.labelLength) return `has a number longer than ${DRAFT_LIMITS.labelLength} characters.`
  if (clause.title !== null && clause.title.length > 400) return 'has a title longer than 400 characters.'
  if (clause.text.length > DRAFT_LIMITS.clauseCharacters) return `is longer than ${DRAFT_LIMITS.clauseCharacters.toLocaleString('en-US')} characters; split it.`
  for (const part of clause.parts) {
    if (part.text.length > DRAFT_LIMITS.clauseCharacters) return `has a sub-point (${part.label}) longer than ${DRAFT_LIMITS.clauseCharacters.toLocaleString('en-US')} characters.`
  }
  return null
}
