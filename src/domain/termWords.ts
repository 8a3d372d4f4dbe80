/**
 * What one clause says about one term, and its words: the one source for the comparison's term
 * lines (termCells.ts), clause history, the report, the exports and the positions matrix (matrix.ts).
 */
import { wordingUnpublished } from './clauseState.ts'
import type { ClauseVersion, DisputedClaim, TermDefinition, TermValue } from './model.ts'
import { describeTermValue } from './terms.ts'

/** A party's rival option (an alternative) for the term: its value and that value in words. */
export interface TermOption {
  readonly party: string
  readonly value: TermValue
  readonly text: string
}

export interface TermWords {
  /** The term's value in the clause's main text; undefined when the text does not carry it. */
  readonly value: TermValue | undefined
  /** Values in rival options (alternatives), when the parties have not agreed. */
  readonly options: readonly TermOption[]
  /** The value in words ("800,000, in peacetime"), or why there is none: not agreed, with the rival options shown below ("Not agreed: see the rival options"), or the clause's status ("Clause deleted", "Not known"). */
  readonly text: string
  /** Set when sources disagree about the value: each claim with its sources. */
  readonly disputed: readonly DisputedClaim[] | null
}

/** Why the clause's main text carries no value for the term, where no rival option does either. */
function missingTermText(clause: ClauseVersion): string {
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
 * One term in one clause.
 * @example termWords(armyCap, e3Clause).text // '800,000, in peacetime'
 */
export function termWords(definition: TermDefinition, clause: ClauseVersion): TermWords {
  const value = clause.terms.find((candidate) => candidate.term === definition.id)
  const options = clause.alternatives.flatMap((alternative) => {
    const optionValue = alternative.terms.find((candidate) => candidate.term === definition.id)
    return optionValue ? [{ party: alternative.party, value: optionValue, text: describeTermValue(definition, optionValue) }] : []
  })
  const disputed = clause.disputes.find((dispute) => dispute.term === definition.id)?.claims ?? null
  const text = value ? describeTermValue(definition, value) : options.length > 0 ? 'Not agreed: see the rival options' : missingTermText(clause)
  return { value, options, text, disputed }
}
