/** Paste or open two to five drafts, check the split, check the alignment, save. */
import type { Alignment } from '../../drafts/alignment.ts'
import type { Negotiation } from '../../domain/model.ts'
import { saveWorkspace } from '../../storage/workspaceStore.ts'
import { ClausesStep, MatchesStep, StepHeading } from './ImportSteps.tsx'
import { StepFeedback } from './StepFeedback.tsx'
import { useProblemsFocus, useStepFocus, useWorkspaceWizard } from './useWorkspaceWizard.ts'
import { alignedPairs, draftsWithClauses, type Splits } from './workspaceWizard.ts'
import { WorkspaceTexts } from './WorkspaceTexts.tsx'

const HEADINGS = { input: 'Paste or open your drafts', split: 'Check how each text was split', align: 'Check which clauses match' } as const

export function NewWorkspace({ onSaved }: { onSaved: (id: string, negotiation: Negotiation) => void }) {
  const wizard = useWorkspaceWizard()
  const { state, setProblems, whileBusy } = wizard
  const { step, name, keeping, drafts, busy, problems } = state
  const headingRef = useStepFocus(step.kind)
  const problemsRef = useProblemsFocus(problems)

  const save = (splits: Splits, alignments: readonly Alignment[]) =>
    whileBusy('Saving…', async () => {
      // Built and loaded in the draft worker: a 2,000-clause pair takes longer than a click may.
      const { id, saved } = await wizard.checkedSave(splits, alignments)
      if (!saved.ok) return setProblems(saved.problems)
      await saveWorkspace({ id, name: saved.files.negotiation.title, savedAt: new Date().toISOString(), keeping, files: saved.files })
      // The negotiation just checked is the one stored: the comparison opens without reading it back.
      onSaved(id, saved.negotiation)
    })

  return (
    <div className="new-workspace">
      <StepHeading step={step.kind} texts="Texts" heading={HEADINGS[step.kind]} headingRef={headingRef} />
      <StepFeedback problems={problems} busy={busy} problemsRef={problemsRef} />
      {step.kind === 'input' ? <WorkspaceTexts name={name} keeping={keeping} drafts={drafts} busy={busy !== null} wizard={wizard} /> : null}
      {step.kind === 'split' ? (
        <ClausesStep
          versions={draftsWithClauses(drafts, step.splits)}
          lead="Merge, split, renumber or retitle any clause before the versions are aligned."
          onEdit={wizard.editSplit}
          buttons={{ back: 'Back to the texts', next: 'Align the versions', busy: busy !== null, onBack: wizard.back, onNext: () => void wizard.align(step) }}
        />
      ) : null}
      {step.kind === 'align' ? (
        <MatchesStep
          pairs={alignedPairs(drafts, step.splits, step.alignments)}
          onRelink={wizard.relinkPair}
          buttons={{ back: 'Back to the clauses', next: 'Save and compare', busy: busy !== null, onBack: wizard.back, onNext: () => void save(step.splits, step.alignments) }}
        />
      ) : null}
    </div>
  )
}
