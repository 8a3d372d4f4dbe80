/** Each kind of substantive-change flag in words, for the Key changes list and the exports. */
import type { ChangeFlag } from './flagRule.ts'
import type { FlagKind } from './flagKinds.ts'

/** Each kind in words, for headings, counts and filters. */
export const FLAG_KIND_LABEL: Record<FlagKind, string> = {
  obligation: 'Obligation',
  negation: 'Negation',
  numbers: 'Numbers and dates',
  parties: 'Parties',
  conditions: 'Conditions',
  scope: 'Scope',
}

/** What each kind looks for, for a legend and the Key changes list. */
export const FLAG_KIND_DESCRIPTION: Record<FlagKind, string> = {
  obligation: 'a commitment made stronger or weaker (shall, must, will against may, should, could)',
  negation: 'a “not”, “no” or “never” added to or taken from wording that stays',
  numbers: 'a number, amount, date or duration changed, added or removed',
  parties: 'a party or actor named in one version and not in the other',
  conditions: 'a condition added or removed (if, unless, provided that, subject to)',
  scope: 'a scope word added or removed (all, any, every, only, except)',
}

/** A flag as one sentence, for the exports: "Obligation weakened: “will” → “may”". */
export function flagSentence(flag: ChangeFlag): string {
  return `${flag.label}: ${flag.detail}`
}
