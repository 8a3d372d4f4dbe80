/**
 * The edits a user makes to a split before saving it: merge a clause into the one above,
 * split one in two at a point in its text, renumber or retitle one. Pure: each returns a new list.
 */
import type { DraftClause } from './draftClause.ts'

/** Joins clause `index` onto the clause above it, keeping the upper clause's number and title. */
export function mergeWithPrevious(clauses: readonly DraftClause[], index: number): DraftClause[] {
  const upper = clauses[index - 1]
  const lower = clauses[index]
  if (!upper || !lower) return [...clauses]
  const lowerLead = lower.text === '' ? [] : [lower.text]
  const lastPart = upper.parts.at(-1)
  const merged: DraftClause = lastPart
    ? { ...upper, parts: [...upper.parts.slice(0, -1), { ...lastPart, text: [lastPart.text, ...lowerLead].join(' ') }, ...lower.parts] }
    : { ...upper, text: [upper.text, ...lowerLead].filter((t) => t !== '').join(' '), parts: lower.parts }
  return [...clauses.slice(0, index - 1), merged, ...clauses.slice(index + 1)]
}

/**
 * Splits clause `index` at character `at` of its lead text; the second half becomes a clause of
 * its own, with the sub-points, under the number "<number>-2" until the user renumbers it.
 */
export function splitClause(clauses: readonly DraftClause[], index: number, at: number): DraftClause[] {
  const clause = clauses[index]
  if (!clause) return [...clauses]
  const first = clause.text.slice(0, at).trim()
  const second = clause.text.slice(at).trim()
  if (first === '' || (second === '' && clause.parts.length === 0)) return [...clauses]
  const number = clause.number === null ? null : `${clause.number}-2`.slice(0, 12)
  return [
    ...clauses.slice(0, index),
    { ...clause, text: first, parts: [] },
    { number, title: null, text: second, parts: clause.parts, line: clause.line },
    ...clauses.slice(index + 1),
  ]
}

/** Sets a clause's number and title; blank means none. */
export function retitleClause(clauses: readonly DraftClause[], index: number, number: string, title: string): DraftClause[] {
  return clauses.map((clause, i) =>
    i === index ? { ...clause, number: number.trim() === '' ? null : number.trim(), title: title.trim() === '' ? null : title.trim() } : clause,
  )
}
