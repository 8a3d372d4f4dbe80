/**
 * The new-workspace form as a reducer: the drafts typed in, then the three steps (the texts, how
 * each was split, which clauses match) as a state that holds only what its step has. Pure, so
 * the steps' rules are tested without a page (workspaceWizard.test.ts).
 */
import { relink, type Alignment } from '../../drafts/alignment.ts'
import type { DraftClause } from '../../drafts/draftClause.ts'
import { DRAFT_LIMITS } from '../../drafts/draftLimits.ts'
import type { Keeping } from '../../storage/workspaceEntries.ts'
import { emptyDraft, type DraftInput } from './draftInput.ts'
import type { ClauseEdit } from './SplitReview.tsx'
import type { AlignedPair, VersionClauses } from './ImportSteps.tsx'

export type Splits = readonly (readonly DraftClause[])[]

export type WizardStep =
  | { readonly kind: 'input' }
  /** Each draft's clauses, in the drafts' order. */
  | { readonly kind: 'split'; readonly splits: Splits }
  /** Each draft after the first aligned with the one before it. */
  | { readonly kind: 'align'; readonly splits: Splits; readonly alignments: readonly Alignment[] }

export interface WizardState {
  readonly step: WizardStep
  readonly name: string
  readonly keeping: Keeping
  readonly drafts: readonly DraftInput[]
  /** What the form is busy with, said in its status line. */
  readonly busy: string | null
  readonly problems: readonly string[]
}

export type WizardAction =
  | { readonly type: 'name'; readonly name: string }
  | { readonly type: 'keeping'; readonly keeping: Keeping }
  | { readonly type: 'draft'; readonly index: number; readonly patch: Partial<DraftInput> }
  | { readonly type: 'add-draft' }
  | { readonly type: 'remove-draft'; readonly index: number }
  | { readonly type: 'busy'; readonly message: string | null }
  | { readonly type: 'problems'; readonly problems: readonly string[] }
  | { readonly type: 'split'; readonly splits: Splits }
  | { readonly type: 'edit-split'; readonly version: number; readonly edit: ClauseEdit }
  | { readonly type: 'align'; readonly alignments: readonly Alignment[] }
  | { readonly type: 'relink'; readonly pair: number; readonly later: number; readonly earlier: number | null }
  | { readonly type: 'back' }

export const initialWizard = (): WizardState => ({ step: { kind: 'input' }, name: 'My drafts', keeping: 'browser', drafts: [emptyDraft(0), emptyDraft(1)], busy: null, problems: [] })

/** A new step starts with no problems shown: the last step's were about its own input. */
const enter = (state: WizardState, step: WizardStep): WizardState => ({ ...state, step, problems: [] })

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  const { step } = state
  switch (action.type) {
    case 'name':
      return { ...state, name: action.name }
    case 'keeping':
      return { ...state, keeping: action.keeping }
    case 'draft':
      return { ...state, drafts: state.drafts.map((draft, i) => (i === action.index ? { ...draft, ...action.patch } : draft)) }
    case 'add-draft':
      return state.drafts.length >= DRAFT_LIMITS.versionsPerWorkspace ? state : { ...state, drafts: [...state.drafts, emptyDraft(state.drafts.length)] }
    case 'remove-draft':
      return state.drafts.length <= 2 ? state : { ...state, drafts: state.drafts.filter((_, i) => i !== action.index) }
    case 'busy':
      return { ...state, busy: action.message }
    case 'problems':
      return { ...state, problems: action.problems }
    case 'split':
      return step.kind === 'input' ? enter(state, { kind: 'split', splits: action.splits }) : state
    case 'edit-split':
      return step.kind === 'split' ? { ...state, step: { ...step, splits: step.splits.map((clauses, v) => (v === action.version ? action.edit(clauses) : clauses)) } } : state
    case 'align':
      return step.kind === 'split' ? enter(state, { kind: 'align', splits: step.splits, alignments: action.alignments }) : state
    case 'relink':
      return step.kind === 'align' ? { ...state, step: { ...step, alignments: step.alignments.map((alignment, k) => (k === action.pair ? relink(alignment, action.later, action.earlier) : alignment)) } } : state
    case 'back':
      // From the alignment to the clauses as they were edited; from the clauses to the texts.
      return step.kind === 'align' ? enter(state, { kind: 'split', splits: step.splits }) : enter(state, { kind: 'input' })
  }
}

/** Each draft's name and key beside its clauses; a draft without (there is none once split) is left out. */
export function draftsWithClauses(drafts: readonly DraftInput[], splits: Splits): VersionClauses[] {
  return drafts.flatMap((draft, version) => {
    const clauses = splits[version]
    return clauses ? [{ key: draft.key, name: draft.name, clauses, version }] : []
  })
}

/** Each later draft with the one before it, their clauses and their alignment. */
export function alignedPairs(drafts: readonly DraftInput[], splits: Splits, alignments: readonly Alignment[]): AlignedPair[] {
  const versions = draftsWithClauses(drafts, splits)
  return alignments.flatMap((alignment, pair) => {
    const earlier = versions[pair]
    const later = versions[pair + 1]
    return earlier && later ? [{ earlier, later, alignment, pair }] : []
  })
}
