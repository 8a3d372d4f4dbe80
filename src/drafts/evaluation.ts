/**
 * Scores the splitter and the aligner against hand-checked ground truth (eval/drafts/truth.json):
 * precision, recall and F1 of clause boundaries and of alignment links, how often a "Sure" link
 * is right, and what share of wrong links is marked "Unsure". Pure, so the corpus test and
 * `npm run eval:drafts` report the same figures.
 */
import { confidenceLabel } from './alignConfidence.ts'
import type { Alignment } from './alignment.ts'
import type { DraftClause } from './draftClause.ts'

/** One clause as the ground truth knows it: its number and the first words of its wording. */
export interface TruthClause {
  readonly id: string
  readonly number: string | null
  readonly start: string
}

export interface TruthPair {
  readonly earlier: string
  readonly later: string
  /** `replaced`: a new text that keeps the old one's substance, not its wording or order; it has no F1 target and is there for the wrong links it draws. */
  readonly kind: 'renumbered' | 'reorganised' | 'rewritten' | 'replaced'
  /** [earlier id, later id]: the later clause continues (or absorbed, or split from) the earlier one. */
  readonly links: readonly (readonly [string, string])[]
}

export interface Truth {
  readonly documents: Readonly<Record<string, readonly TruthClause[]>>
  readonly pairs: readonly TruthPair[]
}

export interface Score {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export function words(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function normalNumber(number: string | null): string | null {
  return number === null ? null : number.toLowerCase().replace(/[^a-z0-9.]/g, '').replace(/\.$/, '')
}

/** The clause's whole wording, as the truth's `start` is written: title, text, sub-points. */
export function clauseWording(clause: DraftClause): string {
  return words([clause.title ?? '', clause.text, ...clause.parts.map((part) => part.text)].join(' '))
}

function score(correct: number, predicted: number, expected: number): Score {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : correct / predicted
  const recall = expected === 0 ? 1 : correct / expected
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Which truth clause each split clause is (null when its boundary is not one of the truth's). */
export function matchClauses(clauses: readonly DraftClause[], truth: readonly TruthClause[]): (string | null)[] {
  const taken = new Set<string>()
  return clauses.map((clause) => {
    const wording = clauseWording(clause)
    const number = normalNumber(clause.number)
    const found = truth.find((gold) => !taken.has(gold.id) && normalNumber(gold.number) === number && wording.startsWith(words(gold.start)))
    if (!found) return null
    taken.add(found.id)
    return found.id
  })
}

export function scoreSplit(clauses: readonly DraftClause[], truth: readonly TruthClause[]): Score & { readonly missed: string[]; readonly extra: string[] } {
  const matched = matchClauses(clauses, truth)
  const found = new Set(matched.filter((id): id is string => id !== null))
  return {
    ...score(found.size, clauses.length, truth.length),
    missed: truth.filter((gold) => !found.has(gold.id)).map((gold) => gold.id),
    extra: clauses.flatMap((clause, k) => (matched[k] === null ? [`${clause.number ?? '-'} ${clauseWording(clause).slice(0, 40)}`] : [])),
  }
}

export interface AlignmentScore extends Score {
  /** Links marked Sure, and how many of them are right. */
  readonly sure: number
  readonly sureRight: number
  /** Wrong links, and how many of them are marked Unsure. */
  readonly wrong: number
  readonly wrongUnsure: number
  readonly wrongLinks: string[]
  readonly missedLinks: string[]
}

/** Every link the aligner states: continuations, merges (earlier → later) and splits. */
export function statedLinks(alignment: Alignment): { earlier: number; later: number; confidence: number }[] {
  const links: { earlier: number; later: number; confidence: number }[] = []
  alignment.links.forEach((link, later) => {
    if (link.earlier !== null) links.push({ earlier: link.earlier, later, confidence: link.confidence })
    if (link.splitFrom !== null && link.splitFrom !== link.earlier) links.push({ earlier: link.splitFrom, later, confidence: link.confidence })
  })
  for (const [earlier, merge] of alignment.mergedInto) links.push({ earlier, later: merge.later, confidence: merge.confidence })
  return links
}

export function scoreAlignment(alignment: Alignment, earlierIds: readonly (string | null)[], laterIds: readonly (string | null)[], truth: TruthPair): AlignmentScore {
  const gold = new Set(truth.links.map(([a, b]) => `${a}→${b}`))
  const stated = statedLinks(alignment).map((link) => ({ ...link, key: `${earlierIds[link.earlier] ?? `?${link.earlier}`}→${laterIds[link.later] ?? `?${link.later}`}` }))
  const right = stated.filter((link) => gold.has(link.key))
  const wrong = stated.filter((link) => !gold.has(link.key))
  const sure = stated.filter((link) => confidenceLabel(link.confidence) === 'high')
  const found = new Set(right.map((link) => link.key))
  return {
    ...score(found.size, stated.length, gold.size),
    sure: sure.length,
    sureRight: sure.filter((link) => gold.has(link.key)).length,
    wrong: wrong.length,
    wrongUnsure: wrong.filter((link) => confidenceLabel(link.confidence) === 'low').length,
    wrongLinks: wrong.map((link) => `${link.key} (${Math.round(link.confidence * 100)}%)`),
    missedLinks: [...gold].filter((key) => !found.has(key)),
  }
}
