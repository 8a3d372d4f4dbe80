/**
 * The pieces an import's steps share, in a new workspace and a revision added to one: the list of
 * steps with the current one marked, the step's heading, and the two review steps with their
 * buttons (how each text was split; which clauses match).
 */
import type { Key, Ref } from 'react'
import type { Alignment } from '../../drafts/alignment.ts'
import type { DraftClause } from '../../drafts/draftClause.ts'
import { AlignmentReview } from './AlignmentReview.tsx'
import { SplitReview, type ClauseEdit } from './SplitReview.tsx'

export type ImportStep = 'input' | 'split' | 'align'
const STEPS: readonly ImportStep[] = ['input', 'split', 'align']

/** The steps, the current one marked, and its heading, which takes the focus when the step changes. */
export function StepHeading({ step, texts, heading, headingRef }: { step: ImportStep; texts: string; heading: string; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <>
      <ol className="new-workspace__steps" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {i + 1}. {s === 'input' ? texts : s === 'split' ? 'Clauses' : 'Alignment'}
          </li>
        ))}
      </ol>
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
    </>
  )
}

/** A step's way back and its way on, the latter kept from a second click while the form is busy. */
export function StepButtons({ back, next, busy, onBack, onNext }: { back: string; next: string; busy: boolean; onBack: () => void; onNext: () => void }) {
  return (
    <div className="button-row">
      <button type="button" onClick={onBack}>
        {back}
      </button>
      <button type="button" className="primary" disabled={busy} onClick={onNext}>
        {next}
      </button>
    </div>
  )
}

export interface VersionClauses {
  /** The draft's key (a saved version's id), which keeps its review's state while the list changes. */
  readonly key: Key
  readonly name: string
  readonly clauses: readonly DraftClause[]
  /** Its place in the form, handed back with each edit. */
  readonly version: number
}

/** Step 2: how each text was split, to edit before the versions are aligned. */
export function ClausesStep({ versions, lead, onEdit, buttons }: { versions: readonly VersionClauses[]; lead: string; onEdit: (version: number, edit: ClauseEdit) => void; buttons: Parameters<typeof StepButtons>[0] }) {
  return (
    <>
      <p>{lead}</p>
      {/* Hidden while the versions are aligned: its layout comes down during the wait, not in the
          commit that replaces it (the align step's longest frame). Not done for the alignment
          review on saving, where it made the step slower (flow probe: save 866 vs 752 ms). */}
      {versions.map(({ key, name, clauses, version }) => (
        <SplitReview key={key} name={name} clauses={clauses} version={version} hidden={buttons.busy} onEdit={onEdit} />
      ))}
      <StepButtons {...buttons} />
    </>
  )
}

export interface AlignedPair {
  readonly earlier: VersionClauses
  readonly later: VersionClauses
  readonly alignment: Alignment
  /** Its place in the form, handed back with each relink. */
  readonly pair: number
}

/** Step 3: which clause of the version before each clause continues, to correct before saving. */
export function MatchesStep({ pairs, onRelink, buttons }: { pairs: readonly AlignedPair[]; onRelink: (pair: number, later: number, earlier: number | null) => void; buttons: Parameters<typeof StepButtons>[0] }) {
  return (
    <>
      {pairs.map(({ earlier, later, alignment, pair }) => (
        <AlignmentReview
          key={later.key}
          earlierName={earlier.name}
          laterName={later.name}
          earlier={earlier.clauses}
          later={later.clauses}
          alignment={alignment}
          pair={pair}
          onRelink={onRelink}
        />
      ))}
      <StepButtons {...buttons} />
    </>
  )
}
