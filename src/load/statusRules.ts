/**
 * The editorial rules a clause's status must keep against the version it is based on: "kept"
 * repeats the earlier text, "amended" changes it, "added" is new, a state has no text of its own.
 */
import { clauseIn, hasOwnText, wordingUnpublished } from '../domain/clauseState.ts'
import type { Alternative, ClauseId, ClauseVersion, Dispute, TermDefinition, TermValue, TextKnown, Version } from '../domain/model.ts'
import { keepsWordingOf, partsEqual } from '../domain/parts.ts'
import type { ClauseEntry } from './schema.ts'
import { sameTermValue } from '../domain/terms.ts'
import type { ReportIssue } from './files.ts'

/** The nearest version up a line whose wording of a clause is known, with that wording. */
export interface KnownWording {
  readonly version: Version
  readonly clause: ClauseVersion
}

/** Where one clause entry is checked: its file, its place in it, and what it is checked against. */
export interface EntryContext {
  readonly path: string
  readonly at: string
  readonly textKnown: TextKnown
  readonly base: Version | undefined
  /** For the base's line: the nearest known wording of each clause. */
  readonly baseKnownWording: ReadonlyMap<ClauseId, KnownWording> | undefined
  readonly termIndex: ReadonlyMap<string, TermDefinition>
  readonly report: ReportIssue
}

/** False where the base is known not to have the clause: it never had it, or struck it. */
export function mayHaveClause(clause: ClauseVersion): boolean {
  return clause.status !== 'absent' && clause.status !== 'deleted'
}

export function checkEntry(entry: ClauseEntry, clause: ClauseVersion, context: EntryContext) {
  const { path, at, textKnown, base, report } = context
  const { status } = clause
  const noContent = status === 'unknown' || status === 'not-mentioned' || status === 'absent'
  if (noContent && entry.confidence) report(path, `${at}.confidence`, `A clause whose status is "${status}" has no content to be confident about`)
  if (!noContent && !entry.confidence) report(path, `${at}.confidence`, `Say how the content is known (status "${status}")`)
  if (!hasOwnText(clause) && clause.parts.length > 0) report(path, `${at}.parts`, `A clause whose status is "${status}" has no text of its own`)
  if (!hasOwnText(clause) && clause.alternatives.length > 0) report(path, `${at}.alternatives`, `A clause whose status is "${status}" has no options`)
  if (status === 'unknown' && !entry.note) report(path, `${at}.note`, 'Say why the clause is unknown')
  if (status === 'not-mentioned' && !entry.note) report(path, `${at}.note`, 'Say which account does not mention the clause')
  if (status === 'not-mentioned' && (textKnown === 'full' || textKnown === 'own-draft')) {
    report(path, `${at}.status`, 'A full text either has the clause or not: "not-mentioned" is for oral or partial accounts')
  }
  clause.disputes.forEach((dispute, index) => checkDispute(dispute, clause, `${at}.disputes.${index}`, context))
  // Only a version known in part may leave its numbering out; a clause moved to a separate
  // track is no longer a point of this text, so it has no number in it.
  if (clause.number === null && hasOwnText(clause) && status !== 'separate-track' && textKnown !== 'changes-only') {
    report(path, `${at}.number`, "Give the version's own number for this point")
  }

  const keys = new Set<string>()
  clause.parts.forEach((part, index) => {
    if (keys.has(part.key)) report(path, `${at}.parts.${index}.key`, `Part key "${part.key}" is used twice`)
    keys.add(part.key)
  })

  checkTermValues(`${at}.terms`, clause.clause, clause.terms, context)
  clause.alternatives.forEach((alt, index) => checkTermValues(`${at}.alternatives.${index}.terms`, clause.clause, alt.terms, context))

  if (!base) {
    if (status !== 'added' && !noContent) report(path, `${at}.status`, 'A version with no base introduces its clauses: use "added"')
    return
  }
  const baseClause = clauseIn(base, clause.clause)
  // Where the base's wording of this clause is not known, texts are checked against the nearest
  // earlier version in the chain whose wording is: a status never rests on text nobody knows.
  const reference = context.baseKnownWording?.get(clause.clause) ?? null
  const referenceHasIt = reference !== null && hasOwnText(reference.clause)
  const baseMayHaveIt = mayHaveClause(baseClause)
  if (status === 'added' && (baseClause.status === 'unknown' ? referenceHasIt : baseMayHaveIt)) {
    report(path, `${at}.status`, `"${reference?.version.id ?? base.id}" already has this clause; use "kept" or "amended"`)
  }
  if ((status === 'kept' || status === 'amended' || status === 'deleted' || status === 'not-mentioned') && !baseMayHaveIt) {
    report(path, `${at}.status`, `"${status}" needs the clause in the base version "${base.id}"`)
  }
  if ((status === 'kept' || status === 'amended') && baseMayHaveIt && !referenceHasIt) {
    report(path, `${at}.status`, `No earlier text of this clause is known to be ${status === 'kept' ? 'kept' : 'amended'}; use "unknown", "added" or a state`)
  }
  if (status === 'kept' && wordingUnpublished(baseClause)) {
    // Keeping wording nobody has seen: say so with no text, rather than copy an older text.
    if (clause.parts.length > 0) report(path, `${at}.parts`, `The wording of "${base.id}" was never published; a kept clause repeats no text`)
    return
  }
  if (!reference || !referenceHasIt) return
  const earlier = reference.clause
  if (status === 'kept' && !(keepsWordingOf(clause.parts, earlier.parts) && termsKept(clause.terms, earlier.terms) && alternativesEqual(clause.alternatives, earlier.alternatives))) {
    report(path, `${at}.parts`, `A kept clause must have exactly the text, terms and options of "${reference.version.id}"; use "amended" if anything changed`)
  }
  if (
    status === 'amended' &&
    clause.parts.length > 0 &&
    partsEqual(clause.parts, earlier.parts) &&
    termsEqual(clause.terms, earlier.terms) &&
    alternativesEqual(clause.alternatives, earlier.alternatives)
  ) {
    report(path, `${at}.status`, `The text, terms and options are the same as in "${reference.version.id}"; use "kept"`)
  }
}

/** A dispute is about a term's value, the clause's status (every claim gives one) or its wording; the clause follows one claim. */
function checkDispute(dispute: Dispute, clause: ClauseVersion, at: string, { path, report }: EntryContext) {
  if (dispute.term !== null && !clause.terms.some((value) => value.term === dispute.term)) {
    report(path, `${at}.term`, `The clause gives no value for term "${dispute.term}" to dispute`)
  }
  const statuses = dispute.claims.map((claim) => claim.status)
  if (statuses.every((status) => status === undefined)) return
  statuses.forEach((status, index) => {
    if (status === undefined) report(path, `${at}.claims.${index}.status`, 'In a dispute about the status, give every claim the status it reports')
  })
  if (dispute.term !== null) report(path, `${at}.term`, 'A dispute about the status is not about a term; give it no "term"')
  if (!statuses.includes(clause.status)) report(path, at, `The clause's status "${clause.status}" must follow one of the claims`)
}

function termsEqual(a: readonly TermValue[], b: readonly TermValue[]): boolean {
  const byTerm = new Map(b.map((value) => [value.term, value]))
  return (
    a.length === b.length &&
    a.every((value) => {
      const other = byTerm.get(value.term)
      if (!other) return false
      return value.kind === 'unknown' || other.kind === 'unknown' ? value.kind === other.kind : sameTermValue(value, other)
    })
  )
}

/** The later terms keep the earlier ones: the same values, or values now not known. */
function termsKept(later: readonly TermValue[], earlier: readonly TermValue[]): boolean {
  const byTerm = new Map(earlier.map((value) => [value.term, value]))
  return (
    later.length === earlier.length &&
    later.every((value) => {
      const other = byTerm.get(value.term)
      return other !== undefined && (value.kind === 'unknown' || (other.kind !== 'unknown' && sameTermValue(value, other)))
    })
  )
}

function alternativesEqual(a: readonly Alternative[], b: readonly Alternative[]): boolean {
  return (
    a.length === b.length &&
    a.every((alternative, index) => {
      const other = b[index]
      return other !== undefined && alternative.party === other.party && alternative.title === other.title && partsEqual(alternative.parts, other.parts) && termsEqual(alternative.terms, other.terms)
    })
  )
}

function checkTermValues(at: string, clause: ClauseId, values: readonly TermValue[], { path, termIndex, report }: EntryContext) {
  const seen = new Set<string>()
  values.forEach((value, index) => {
    const where = `${at}.${index}`
    const definition = termIndex.get(value.term)
    if (!definition) return report(path, `${where}.term`, `Unknown term "${value.term}"`)
    if (seen.has(value.term)) report(path, `${where}.term`, `Term "${value.term}" is given twice`)
    seen.add(value.term)
    if (definition.clause !== clause) report(path, `${where}.term`, `Term "${value.term}" belongs to clause "${definition.clause}"`)
    if (value.kind === 'unknown') return
    if (value.kind !== definition.kind) return report(path, where, `Term "${value.term}" takes a ${definition.kind}`)
    if (value.kind === 'choice' && definition.kind === 'choice' && !definition.choices.some((c) => c.id === value.choice)) {
      report(path, `${where}.choice`, `"${value.choice}" is not one of ${definition.choices.map((c) => c.id).join(', ')}`)
    }
    if (value.kind === 'quantity' && definition.kind === 'quantity') {
      if (value.qualifier !== null && !definition.qualifiers.some((q) => q.id === value.qualifier)) {
        report(path, `${where}.qualifier`, `"${value.qualifier}" is not one of ${definition.qualifiers.map((q) => q.id).join(', ')}`)
      }
      if (value.amount === null && value.qualifier === null) report(path, where, 'Give an amount, a qualifier, or both')
    }
  })
}
