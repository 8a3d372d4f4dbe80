import { useCallback, useEffect, useRef, useState } from 'react'
import { StepFeedback } from './StepFeedback.tsx'
import { relink, type Alignment } from '../../domain/drafts/alignClauses.ts'
import { buildWorkspace } from '../../domain/drafts/buildWorkspace.ts'
import { textSizeProblem } from '../../domain/drafts/importLimits.ts'
import { DRAFT_LIMITS, clauseProblem, type DraftClause } from '../../domain/drafts/splitClauses.ts'
import type { Negotiation } from '../../domain/model.ts'
import { formatIssue } from '../../load/loadNegotiation.ts'
import { loadWorkspace } from '../../load/workspaceFile.ts'
import { newWorkspaceId, saveWorkspace, type Keeping } from '../../storage/workspaceStore.ts'
import { AlignmentReview, SplitReview, type ClauseEdit } from './DraftReview.tsx'
import { runInWorker, warmUpWorker } from './draftJob.ts'
import { DraftFields } from './DraftFields.tsx'
import { emptyDraft, readDraftInput, today, type DraftInput } from './draftInput.ts'

type Step = 'input' | 'split' | 'align'


/** Paste or open two to five drafts, check the split, check the alignment, save. */
export function NewWorkspace({ onSaved }: { onSaved: (id: string, negotiation: Negotiation) => void }) {
  const [step, setStep] = useState<Step>('input')
  const [name, setName] = useState('My drafts')
  const [keeping, setKeeping] = useState<Keeping>('browser')
  const [drafts, setDrafts] = useState<readonly DraftInput[]>(() => [emptyDraft(0), emptyDraft(1)])
  const [splits, setSplits] = useState<readonly (readonly DraftClause[])[]>([])
  const [alignments, setAlignments] = useState<readonly Alignment[]>([])
  const [busy, setBusy] = useState<string | null>(null)
  const [problems, setProblems] = useState<readonly string[]>([])
  const headingRef = useRef<HTMLHeadingElement>(null)
  const problemsRef = useRef<HTMLDivElement>(null)

  // One unchanging callback per version and per pair, so the memoised reviews are not redrawn
  // when only the busy message or the problems change.
  const editSplit = useCallback((v: number, edit: ClauseEdit) => setSplits((all) => all.map((clauses, i) => (i === v ? edit(clauses) : clauses))), [])
  const relinkPair = useCallback((k: number, later: number, earlier: number | null) => setAlignments((all) => all.map((a, i) => (i === k ? relink(a, later, earlier) : a))), [])

  const go = (next: Step) => {
    setStep(next)
    setProblems([])
    requestAnimationFrame(() => headingRef.current?.focus())
  }
  const updateDraft = (index: number, patch: Partial<DraftInput>) => setDrafts((list) => list.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)))
  // A paste over the limits is refused as it lands, before the form takes it: the text already
  // there stays as it was.
  const pasteText = (index: number, text: string) => {
    const tooLarge = textSizeProblem('The pasted text', text)
    if (tooLarge) return setProblems([`Version ${index + 1}: ${tooLarge} The text that was there is kept.`])
    updateDraft(index, { text, origin: 'Pasted text' })
  }

  const openFile = async (index: number, file: File | undefined) => {
    if (!file) return
    setBusy(`Reading ${file.name}…`)
    const read = await readDraftInput(file, drafts[index]!)
    setBusy(null)
    if (!read.ok) return setProblems([`Version ${index + 1}: ${read.message}`])
    setProblems(read.patch.notes ?? [])
    updateDraft(index, read.patch)
  }

  // Runs one step with its busy message. Every way a step can fail ends in a message: the worker,
  // building and loading may all throw.
  const whileBusy = async (message: string, step: () => Promise<void>) => {
    setBusy(message)
    try {
      await step()
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)])
    } finally {
      setBusy(null)
    }
  }

  const split = async () => {
    const missing = drafts.flatMap((draft, i) => [
      ...(draft.text.trim() === '' ? [`Version ${i + 1} (“${draft.name}”) has no text: paste it or open a file.`] : []),
      ...(draft.name.trim() === '' ? [`Version ${i + 1} needs a name.`] : []),
      ...(!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? [`Version ${i + 1} needs a date.`] : []),
    ])
    if (missing.length > 0) return setProblems(missing)
    await whileBusy('Splitting into clauses…', async () => {
      const result = await runInWorker({ kind: 'split', texts: drafts.map((draft) => draft.text) })
      if (result.kind !== 'split') return
      const refused = result.results.flatMap((r, i) => (r.ok ? [] : [`Version ${i + 1} (“${drafts[i]!.name}”): ${r.message}`]))
      if (refused.length > 0) return setProblems(refused)
      setSplits(result.results.map((r) => (r.ok ? r.clauses : [])))
      go('split')
    })
  }

  const align = async () => {
    const invalid = splits.flatMap((clauses, v) =>
      clauses.flatMap((clause, i) => {
        const problem = clauseProblem(clause)
        return problem ? [`${drafts[v]!.name}, clause ${clause.number ?? i + 1}: ${problem}`] : []
      }),
    )
    if (invalid.length > 0) return setProblems(invalid)
    await whileBusy('Aligning the versions…', async () => {
      const pairs = splits.slice(1).map((later, k) => [splits[k]!, later] as const)
      const result = await runInWorker({ kind: 'align', pairs })
      if (result.kind !== 'align') return
      setAlignments(result.alignments)
      go('align')
    })
  }

  const save = () =>
    whileBusy('Saving…', async () => {
      const id = newWorkspaceId()
      const built = buildWorkspace(
        { id, name: name.trim() || 'My drafts', versions: drafts.map((draft, i) => ({ name: draft.name.trim(), date: draft.date, origin: draft.origin, clauses: splits[i]! })), alignments },
        today(),
      )
      if (!built.ok) return setProblems([built.message])
      const loaded = loadWorkspace(built.files, name)
      if (!loaded.ok) return setProblems(loaded.issues.slice(0, 20).map(formatIssue))
      await saveWorkspace({ id, name: built.files.negotiation.title, savedAt: new Date().toISOString(), keeping, files: built.files })
      // The negotiation just checked is the one stored: the comparison opens without reading it back.
      onSaved(id, loaded.negotiation)
    })

  useEffect(warmUpWorker, [])

  // The steps' lists can be thousands of clauses long, and the buttons sit below them: a problem
  // shown only at the top would go unseen, so it takes the focus (and so scrolls into view).
  useEffect(() => {
    if (problems.length > 0) problemsRef.current?.focus()
  }, [problems])

  return (
    <div className="new-workspace">
      <ol className="new-workspace__steps" aria-label="Steps">
        {(['input', 'split', 'align'] as const).map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {i + 1}. {s === 'input' ? 'Texts' : s === 'split' ? 'Clauses' : 'Alignment'}
          </li>
        ))}
      </ol>
      <h3 ref={headingRef} tabIndex={-1}>
        {step === 'input' ? 'Paste or open your drafts' : step === 'split' ? 'Check how each text was split' : 'Check which clauses match'}
      </h3>
      <StepFeedback problems={problems} busy={busy} problemsRef={problemsRef} />

      {step === 'input' ? (
        <>
          <label className="field">
            <span>Workspace name</span>
            <input type="text" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
          </label>
          <fieldset className="field">
            <legend>Keep this workspace</legend>
            <label>
              <input type="radio" name="keeping" checked={keeping === 'browser'} onChange={() => setKeeping('browser')} /> in this browser, until I delete it
            </label>
            <label>
              <input type="radio" name="keeping" checked={keeping === 'tab'} onChange={() => setKeeping('tab')} /> only until this tab is closed
            </label>
          </fieldset>
          {drafts.map((draft, index) => (
            <DraftFields
              key={draft.key}
              index={index}
              draft={draft}
              onChange={(patch) => updateDraft(index, patch)}
              onText={(text) => pasteText(index, text)}
              onFile={(file) => void openFile(index, file)}
              onRemove={drafts.length > 2 ? () => setDrafts((list) => list.filter((_, i) => i !== index)) : null}
            />
          ))}
          <div className="button-row">
            <button type="button" disabled={drafts.length >= DRAFT_LIMITS.versionsPerWorkspace} onClick={() => setDrafts((list) => [...list, emptyDraft(list.length)])}>
              Add a version
            </button>
            <button type="button" className="primary" disabled={busy !== null} onClick={() => void split()}>
              Split into clauses
            </button>
          </div>
        </>
      ) : null}

      {step === 'split' ? (
        <>
          <p>Merge, split, renumber or retitle any clause before the versions are aligned.</p>
          {splits.map((clauses, v) => (
            <SplitReview key={drafts[v]!.key} name={drafts[v]!.name} clauses={clauses} version={v} onEdit={editSplit} />
          ))}
          <div className="button-row">
            <button type="button" onClick={() => go('input')}>
              Back to the texts
            </button>
            <button type="button" className="primary" disabled={busy !== null} onClick={() => void align()}>
              Align the versions
            </button>
          </div>
        </>
      ) : null}

      {step === 'align' ? (
        <>
          {alignments.map((alignment, k) => (
            <AlignmentReview
              key={drafts[k + 1]!.key}
              earlierName={drafts[k]!.name}
              laterName={drafts[k + 1]!.name}
              earlier={splits[k]!}
              later={splits[k + 1]!}
              alignment={alignment}
              pair={k}
              onRelink={relinkPair}
            />
          ))}
          <div className="button-row">
            <button type="button" onClick={() => go('split')}>
              Back to the clauses
            </button>
            <button type="button" className="primary" disabled={busy !== null} onClick={() => void save()}>
              Save and compare
            </button>
          </div>
        </>
      ) : null}
    </div>
  )
}
