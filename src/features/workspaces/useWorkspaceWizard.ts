/**
 * The new-workspace form's state (workspaceWizard.ts) and the work of its steps: reading a file
 * into a version, splitting the texts and aligning the versions in the draft worker, each with
 * its busy message, and every failure said as a problem that takes the focus.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react'
import { textSizeProblem } from '../../drafts/importLimits.ts'
import type { DraftClause } from '../../drafts/draftClause.ts'
import { clauseProblem } from '../../drafts/draftLimits.ts'
import type { Keeping } from '../../storage/workspaceEntries.ts'
import type { Alignment } from '../../drafts/alignment.ts'
import { newWorkspaceId } from '../../storage/workspaceStore.ts'
import { checkSave, runAheadInWorker, runInWorker, warmUpWorker } from './draftJob.ts'
import type { CheckedSave, DraftJob, DraftJobResult, SaveJob } from './runDraftJob.ts'
import { readDraftInput, today, type DraftInput } from './draftInput.ts'
import type { ClauseEdit } from './SplitReview.tsx'
import { draftsWithClauses, initialWizard, wizardReducer, type Splits, type WizardStep } from './workspaceWizard.ts'

/** The problems of one draft's fields before it can be split; `label` names it ("Version 2 (“Draft 2”)"). */
export function draftProblems(draft: DraftInput, label: string, unnamed: string): string[] {
  return [
    ...(draft.text.trim() === '' ? [`${label} has no text: paste it or open a file.`] : []),
    ...(draft.name.trim() === '' ? [`${unnamed} needs a name.`] : []),
    ...(!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? [`${unnamed} needs a date.`] : []),
  ]
}

/** The problems of a version's clauses, as the user edited them, before it can be aligned. */
export function clauseProblems(name: string, clauses: readonly DraftClause[]): string[] {
  return clauses.flatMap((clause, i) => {
    const problem = clauseProblem(clause)
    return problem ? [`${name}, clause ${clause.number ?? i + 1}: ${problem}`] : []
  })
}

/** Why a pasted text is refused as it lands (over the limits), or null; the text already there stays. */
export function pasteProblem(text: string): string | null {
  const tooLarge = textSizeProblem('The pasted text', text)
  return tooLarge ? `${tooLarge} The text that was there is kept.` : null
}

/** Where a step says what it is busy with and what went wrong. */
export interface StepReport {
  readonly busy: (message: string | null) => void
  readonly problems: (problems: readonly string[]) => void
}

/**
 * Runs one step with its busy message. Every way a step can fail ends in a problem: the worker,
 * building and loading may all throw.
 */
export async function runStep(message: string, work: () => Promise<void>, report: StepReport): Promise<void> {
  report.busy(message)
  try {
    await work()
  } catch (error) {
    report.problems([error instanceof Error ? error.message : String(error)])
  } finally {
    report.busy(null)
  }
}

/**
 * Reads a file into a draft's fields, busy while it reads; a file that cannot be read leaves
 * the draft as it was and says why, after `label` ("Version 2: ").
 */
export async function openDraftFile(file: File, draft: DraftInput, label: string, report: StepReport, apply: (patch: Partial<DraftInput>) => void): Promise<void> {
  report.busy(`Reading ${file.name}…`)
  const read = await readDraftInput(file, draft)
  report.busy(null)
  if (!read.ok) return report.problems([`${label}${read.message}`])
  report.problems(read.patch.notes ?? [])
  apply(read.patch)
}

/**
 * Moves the focus to a step's heading when the step changes, in the commit that draws it: a
 * click aimed at the new step's buttons never meets the page scrolling to the heading later.
 */
export function useStepFocus(step: string) {
  const heading = useRef<HTMLHeadingElement>(null)
  const shown = useRef(step)
  useLayoutEffect(() => {
    if (shown.current === step) return
    shown.current = step
    heading.current?.focus()
  }, [step])
  return heading
}

/**
 * The steps' lists can be thousands of clauses long, and the buttons sit below them: a problem
 * shown only at the top would go unseen, so it takes the focus (and so scrolls into view).
 */
export function useProblemsFocus(problems: readonly string[]) {
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (problems.length > 0) alert.current?.focus()
  }, [problems])
  return alert
}

export function useWorkspaceWizard() {
  const [state, dispatch] = useReducer(wizardReducer, undefined, initialWizard)
  const { drafts, name } = state
  useEffect(warmUpWorker, [])

  const setProblems = useCallback((problems: readonly string[]) => dispatch({ type: 'problems', problems }), [])

  const alignJob = (splits: Splits): DraftJob => {
    const versions = draftsWithClauses(drafts, splits)
    return {
      kind: 'align',
      pairs: versions.slice(1).flatMap(({ clauses }, k) => {
        const earlier = versions[k]
        return earlier ? [[earlier.clauses, clauses] as const] : []
      }),
    }
  }
  // The split as the worker made it is aligned, then built and checked for saving, while the user
  // reviews it: unless something is edited, "Align the versions" and "Save and compare" find
  // their answers ready (about 250 and 400 ms of the worker's time for a 2,000-clause pair).
  // An edit makes new splits or alignments (the reducer keeps their identity otherwise), and
  // the step then works afresh on the click.
  const alignedAhead = useRef<{ splits: Splits; result: Promise<DraftJobResult | null> } | null>(null)
  const savedAhead = useRef<{ key: readonly unknown[]; id: string; result: Promise<CheckedSave | null> } | null>(null)
  const alignAhead = (splits: Splits) => {
    const result = runAheadInWorker(alignJob(splits))
    const ahead = result ? { splits, result: result.catch(() => null) } : null
    alignedAhead.current = ahead
    void ahead?.result.then((aligned) => {
      if (aligned?.kind === 'align' && alignedAhead.current === ahead) buildAhead(splits, aligned.alignments)
    })
  }

  const saveJob = (id: string, splits: Splits, alignments: readonly Alignment[], importedOn: string): SaveJob => ({
    kind: 'build',
    draft: {
      id,
      name: name.trim() || 'My drafts',
      versions: drafts.flatMap((draft, i) => {
        const clauses = splits[i]
        return clauses ? [{ name: draft.name.trim(), date: draft.date, origin: draft.origin, clauses }] : []
      }),
      alignments,
    },
    importedOn,
    fileName: name,
  })
  // Everything a save is built from: the same values give the same workspace.
  const saveKey = (splits: Splits, alignments: readonly Alignment[], importedOn: string): readonly unknown[] => [drafts, name, splits, alignments, importedOn]
  const buildAhead = (splits: Splits, alignments: readonly Alignment[]) => {
    const id = newWorkspaceId()
    const importedOn = today()
    const result = runAheadInWorker(saveJob(id, splits, alignments, importedOn))
    savedAhead.current = result ? { key: saveKey(splits, alignments, importedOn), id, result: result.then((built) => (built.kind === 'saved' ? built.saved : null), () => null) } : null
  }

  /** These clauses and alignments built and checked for saving, under a new workspace id: ready when built ahead from the same. */
  const checkedSave = async (splits: Splits, alignments: readonly Alignment[]): Promise<{ id: string; saved: CheckedSave }> => {
    const ahead = savedAhead.current
    const importedOn = today()
    const key = saveKey(splits, alignments, importedOn)
    const saved = ahead && ahead.key.every((part, i) => Object.is(part, key[i])) ? await ahead.result : null
    if (ahead && saved) return { id: ahead.id, saved }
    const id = newWorkspaceId()
    return { id, saved: await checkSave(saveJob(id, splits, alignments, importedOn)) }
  }
  const report: StepReport = useMemo(() => ({ busy: (message) => dispatch({ type: 'busy', message }), problems: setProblems }), [setProblems])
  const whileBusy = useCallback((message: string, work: () => Promise<void>) => runStep(message, work, report), [report])

  // A paste over the limits is refused as it lands, before the form takes it.
  const pasteText = (index: number, text: string) => {
    const refused = pasteProblem(text)
    if (refused) return setProblems([`Version ${index + 1}: ${refused}`])
    dispatch({ type: 'draft', index, patch: { text, origin: 'Pasted text' } })
  }

  const openFile = async (index: number, draft: DraftInput, file: File | undefined) => {
    if (!file) return
    await openDraftFile(file, draft, `Version ${index + 1}: `, report, (patch) => dispatch({ type: 'draft', index, patch }))
  }

  const split = async () => {
    const missing = drafts.flatMap((draft, i) => draftProblems(draft, `Version ${i + 1} (“${draft.name}”)`, `Version ${i + 1}`))
    if (missing.length > 0) return setProblems(missing)
    await whileBusy('Splitting into clauses…', async () => {
      const result = await runInWorker({ kind: 'split', texts: drafts.map((draft) => draft.text) })
      if (result.kind !== 'split') return
      const refused = result.results.flatMap((r, i) => (r.ok ? [] : [`Version ${i + 1} (“${drafts[i]?.name ?? ''}”): ${r.message}`]))
      if (refused.length > 0) return setProblems(refused)
      const splits = result.results.map((r) => (r.ok ? r.clauses : []))
      dispatch({ type: 'split', splits })
      alignAhead(splits)
    })
  }

  const align = async (splitStep: Extract<WizardStep, { kind: 'split' }>) => {
    const versions = draftsWithClauses(drafts, splitStep.splits)
    const invalid = versions.flatMap(({ name, clauses }) => clauseProblems(name, clauses))
    if (invalid.length > 0) return setProblems(invalid)
    await whileBusy('Aligning the versions…', async () => {
      // Clauses edited since the split: the answer worked out ahead, and the save it leads to, are for other clauses.
      if (alignedAhead.current?.splits !== splitStep.splits) alignedAhead.current = null
      const ahead = alignedAhead.current ? await alignedAhead.current.result : null
      const result = ahead ?? (await runInWorker(alignJob(splitStep.splits)))
      if (result.kind !== 'align') return
      dispatch({ type: 'align', alignments: result.alignments })
      if (!ahead) buildAhead(splitStep.splits, result.alignments)
    })
  }

  // Unchanging, so the memoised reviews are not redrawn when only the busy message or the problems change.
  const editSplit = useCallback((version: number, edit: ClauseEdit) => dispatch({ type: 'edit-split', version, edit }), [])
  const relinkPair = useCallback((pair: number, later: number, earlier: number | null) => dispatch({ type: 'relink', pair, later, earlier }), [])

  return {
    state,
    setProblems,
    whileBusy,
    checkedSave,
    setName: (name: string) => dispatch({ type: 'name', name }),
    setKeeping: (keeping: Keeping) => dispatch({ type: 'keeping', keeping }),
    updateDraft: (index: number, patch: Partial<DraftInput>) => dispatch({ type: 'draft', index, patch }),
    addDraft: () => dispatch({ type: 'add-draft' }),
    removeDraft: (index: number) => dispatch({ type: 'remove-draft', index }),
    pasteText,
    openFile,
    split,
    align,
    back: () => dispatch({ type: 'back' }),
    editSplit,
    relinkPair,
  }
}
