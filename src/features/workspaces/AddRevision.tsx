/**
 * Adds a revision to a saved workspace: paste or open it (as for a new workspace), check its
 * split, check how it aligns with the workspace's latest version, save. The versions already
 * saved, and every match the user set between them, are kept as they are; the one write either
 * happens whole or changes nothing, and the revision stays on screen to try again.
 */
import { useCallback, useEffect, useState } from 'react'
import { relink, type Alignment } from '../../drafts/alignment.ts'
import { latestVersion } from '../../drafts/addRevision.ts'
import type { DraftClause } from '../../drafts/draftClause.ts'
import { DRAFT_LIMITS } from '../../drafts/draftLimits.ts'
import type { RevisedVersion } from '../../drafts/draftVersionFile.ts'
import type { Negotiation } from '../../domain/model.ts'
import { getWorkspace, saveWorkspace } from '../../storage/workspaceStore.ts'
import { DraftFields } from './DraftFields.tsx'
import { emptyDraft, today, type DraftInput } from './draftInput.ts'
import { checkSave, runInWorker, warmUpWorker } from './draftJob.ts'
import { ClausesStep, MatchesStep, StepHeading, type ImportStep } from './ImportSteps.tsx'
import type { ClauseEdit } from './SplitReview.tsx'
import { StepFeedback } from './StepFeedback.tsx'
import { clauseProblems, draftProblems, openDraftFile, pasteProblem, runStep, useProblemsFocus, useStepFocus, type StepReport } from './useWorkspaceWizard.ts'

type Latest = RevisedVersion & { readonly id: string; readonly date: string }

export function AddRevision({ workspaceId, workspaceName, onSaved }: { workspaceId: string; workspaceName: string; onSaved: (id: string, negotiation: Negotiation) => void }) {
  const [latest, setLatest] = useState<Latest | null>(null)
  const [versionCount, setVersionCount] = useState(0)
  const [step, setStep] = useState<ImportStep>('input')
  const [draft, setDraft] = useState<DraftInput>(() => emptyDraft(0))
  const [clauses, setClauses] = useState<readonly DraftClause[]>([])
  const [alignment, setAlignment] = useState<Alignment | null>(null)
  const [busy, setBusy] = useState<string | null>('Reading the workspace…')
  const [problems, setProblems] = useState<readonly string[]>([])
  const headingRef = useStepFocus(step)
  const problemsRef = useProblemsFocus(problems)

  useEffect(() => {
    let live = true
    getWorkspace(workspaceId)
      .then((stored) => {
        if (!live) return
        const found = stored ? latestVersion(stored.files) : null
        setBusy(null)
        if (!stored || !found) return setProblems([`“${workspaceName}” is no longer in this browser (it was deleted in another tab or window).`])
        setLatest(found)
        setVersionCount(stored.files.versions.length)
        setDraft((current) => ({ ...current, name: `Draft ${stored.files.versions.length + 1}`, date: found.date > today() ? found.date : today() }))
        if (stored.files.versions.length >= DRAFT_LIMITS.versionsPerWorkspace) {
          setProblems([`“${workspaceName}” already has ${stored.files.versions.length} versions; a workspace holds at most ${DRAFT_LIMITS.versionsPerWorkspace}. Start a new workspace from its latest version and your revision.`])
        }
      })
      .catch(() => {
        if (!live) return
        setBusy(null)
        setProblems(['This browser’s storage could not be read (it may be switched off, or in a private window).'])
      })
    return () => {
      live = false
    }
  }, [workspaceId, workspaceName])

  useEffect(warmUpWorker, [])

  // Unchanging, so the memoised reviews are not redrawn when only the busy message changes.
  const editSplit = useCallback((_version: number, edit: ClauseEdit) => setClauses(edit), [])
  const relinkClause = useCallback((_pair: number, later: number, earlier: number | null) => setAlignment((current) => (current ? relink(current, later, earlier) : current)), [])

  const go = (next: ImportStep) => {
    setStep(next)
    setProblems([])
  }
  const report: StepReport = { busy: setBusy, problems: setProblems }
  const whileBusy = (message: string, work: () => Promise<void>) => runStep(message, work, report)

  const pasteText = (text: string) => {
    const refused = pasteProblem(text)
    if (refused) return setProblems([refused])
    setDraft((current) => ({ ...current, text, origin: 'Pasted text' }))
  }
  const openFile = async (file: File | undefined) => {
    if (!file) return
    await openDraftFile(file, draft, '', report, (patch) => setDraft((current) => ({ ...current, ...patch })))
  }

  const split = async () => {
    if (!latest) return
    const missing = [
      ...draftProblems(draft, 'The revision', 'The revision'),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(draft.date) && draft.date < latest.date ? [`The revision is dated before “${latest.name}” (${latest.date}), which it revises: give it a later date.`] : []),
    ]
    if (missing.length > 0) return setProblems(missing)
    await whileBusy('Splitting into clauses…', async () => {
      const result = await runInWorker({ kind: 'split', texts: [draft.text] })
      if (result.kind !== 'split') return
      const [only] = result.results
      if (!only?.ok) return setProblems([only?.message ?? 'The text could not be split.'])
      setClauses(only.clauses)
      go('split')
    })
  }

  const align = async () => {
    if (!latest) return
    const invalid = clauseProblems(draft.name, clauses)
    if (invalid.length > 0) return setProblems(invalid)
    await whileBusy(`Aligning with “${latest.name}”…`, async () => {
      const result = await runInWorker({ kind: 'align', pairs: [[latest.clauses, clauses]] })
      if (result.kind !== 'align') return
      const [only] = result.alignments
      if (!only) return
      setAlignment(only)
      go('align')
    })
  }

  const save = () =>
    whileBusy('Saving…', async () => {
      if (!latest || !alignment) return
      // Read again: another tab may have changed the workspace since this form opened.
      const stored = await getWorkspace(workspaceId)
      if (!stored) return setProblems([`“${workspaceName}” is no longer in this browser (it was deleted in another tab or window). Nothing was saved.`])
      if (latestVersion(stored.files)?.id !== latest.id) {
        return setProblems([`“${workspaceName}” was changed in another tab or window since you started: its latest version is no longer “${latest.name}”. Nothing was saved; start the revision again.`])
      }
      // Built and loaded in the draft worker, as a new workspace is (NewWorkspace.tsx).
      const added = await checkSave({
        kind: 'add-revision',
        files: stored.files,
        revision: { name: draft.name.trim(), date: draft.date, origin: draft.origin, clauses },
        alignment,
        importedOn: today(),
        fileName: stored.name,
      })
      if (!added.ok) return setProblems(added.problems)
      try {
        await saveWorkspace({ ...stored, savedAt: new Date().toISOString(), files: added.files }, `The revision could not be added to “${stored.name}”`)
      } catch (error) {
        return setProblems([`${error instanceof Error ? error.message : String(error)} Your revision and its alignment are still here: save again when the browser has room.`])
      }
      onSaved(workspaceId, added.negotiation)
    })

  return (
    <div className="new-workspace" data-testid="workspaces.revision">
      <StepHeading
        step={step}
        texts="Text"
        heading={step === 'input' ? 'Paste or open the revision' : step === 'split' ? 'Check how the revision was split' : `Check which clauses of “${latest?.name ?? ''}” it continues`}
        headingRef={headingRef}
      />
      <StepFeedback problems={problems} busy={busy} problemsRef={problemsRef} />

      {step === 'input' && latest ? (
        <>
          <p>
            It is aligned with the latest version, “{latest.name}” ({latest.clauses.length} clauses). The {versionCount} versions already saved, and every match you set between them, stay as they are.
          </p>
          <DraftFields index={versionCount} draft={draft} onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))} onText={pasteText} onFile={(file) => void openFile(file)} onRemove={null} />
          <div className="button-row">
            <button type="button" className="primary" disabled={busy !== null || versionCount >= DRAFT_LIMITS.versionsPerWorkspace} onClick={() => void split()}>
              Split into clauses
            </button>
          </div>
        </>
      ) : null}

      {step === 'split' ? (
        <ClausesStep
          versions={[{ key: draft.key, name: draft.name, clauses, version: 0 }]}
          lead="Merge, split, renumber or retitle any clause before the revision is aligned."
          onEdit={editSplit}
          buttons={{ back: 'Back to the text', next: 'Align with the latest version', busy: busy !== null, onBack: () => go('input'), onNext: () => void align() }}
        />
      ) : null}

      {step === 'align' && latest && alignment ? (
        <MatchesStep
          pairs={[{ earlier: { key: latest.id, name: latest.name, clauses: latest.clauses, version: 0 }, later: { key: draft.key, name: draft.name, clauses, version: 1 }, alignment, pair: 0 }]}
          onRelink={relinkClause}
          buttons={{ back: 'Back to the clauses', next: 'Save the revision and compare', busy: busy !== null, onBack: () => go('split'), onNext: () => void save() }}
        />
      ) : null}
    </div>
  )
}
