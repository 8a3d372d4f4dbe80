import { useEffect, useId, useRef, useState } from 'react'
import { confidenceLabel, relink, type Alignment, type LinkReason } from '../../domain/drafts/alignClauses.ts'
import { buildWorkspace } from '../../domain/drafts/buildWorkspace.ts'
import { mergeWithPrevious, retitleClause, splitClause } from '../../domain/drafts/editClauses.ts'
import { compareQuantities } from '../../domain/drafts/quantities.ts'
import { textSizeProblem } from '../../domain/drafts/importLimits.ts'
import { DRAFT_LIMITS, clauseProblem, type DraftClause } from '../../domain/drafts/splitClauses.ts'
import { formatIssue } from '../../load/loadNegotiation.ts'
import { loadWorkspace } from '../../load/workspaceFile.ts'
import { newWorkspaceId, saveWorkspace, type Keeping } from '../../storage/workspaceStore.ts'
import { runInWorker, warmUpWorker } from './draftJob.ts'
import { ACCEPTED_FILES, readDraftFile } from './readDraftFile.ts'

interface DraftInput {
  readonly key: number
  readonly name: string
  readonly date: string
  readonly text: string
  readonly origin: string
  readonly notes: readonly string[]
}

type Step = 'input' | 'split' | 'align'

const today = () => new Date().toISOString().slice(0, 10)
let nextKey = 0
const emptyDraft = (index: number): DraftInput => ({ key: nextKey++, name: `Draft ${index + 1}`, date: today(), text: '', origin: 'Pasted text', notes: [] })

const REASON_LABEL: Record<LinkReason, string> = {
  'same-text': 'same wording',
  'same-number': 'same number, similar wording',
  'similar-text': 'similar wording',
  split: 'split from another clause',
  new: 'no earlier clause is close',
  confirmed: 'set by you',
}

function clauseLabel(clause: DraftClause, index: number): string {
  const words = (clause.title ?? clause.text ?? clause.parts[0]?.text ?? '').split(/\s+/).slice(0, 8).join(' ')
  return `${clause.number ?? `¶${index + 1}`}: ${words}`
}

function wording(clause: DraftClause): string {
  return [clause.text, ...clause.parts.map((part) => part.text)].join(' ')
}

/** Paste or open two to five drafts, check the split, check the alignment, save. */
export function NewWorkspace({ onSaved }: { onSaved: (id: string) => void }) {
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
    const read = await readDraftFile(file)
    setBusy(null)
    if (!read.ok) return setProblems([`Version ${index + 1}: ${read.message}${drafts[index]?.text ? ' The text that was there is kept.' : ''}`])
    setProblems(read.notes)
    updateDraft(index, { text: read.text, origin: file.name, notes: read.notes, name: file.name.replace(/\.[a-z0-9]+$/i, '').slice(0, 80) || `Draft ${index + 1}` })
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
      onSaved(id)
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
      {problems.length > 0 ? (
        <div ref={problemsRef} tabIndex={-1} role="alert" className="workspace-problems" data-testid="workspaces.problems">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status" className="muted">
        {busy ?? ''}
      </p>

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
            <SplitReview key={drafts[v]!.key} name={drafts[v]!.name} clauses={clauses} onChange={(next) => setSplits((all) => all.map((c, i) => (i === v ? next : c)))} />
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
              onRelink={(later, earlier) => setAlignments((all) => all.map((a, i) => (i === k ? relink(a, later, earlier) : a)))}
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

function DraftFields({
  index,
  draft,
  onChange,
  onText,
  onFile,
  onRemove,
}: {
  index: number
  draft: DraftInput
  onChange: (patch: Partial<DraftInput>) => void
  onText: (text: string) => void
  onFile: (file: File | undefined) => void
  onRemove: (() => void) | null
}) {
  const id = useId()
  return (
    <fieldset className="draft-fields" data-testid="workspaces.draft">
      <legend>Version {index + 1}</legend>
      <div className="draft-fields__row">
        <label className="field">
          <span>Name</span>
          <input type="text" value={draft.name} maxLength={200} onChange={(event) => onChange({ name: event.target.value })} />
        </label>
        <label className="field">
          <span>Date</span>
          <input type="date" value={draft.date} onChange={(event) => onChange({ date: event.target.value })} />
        </label>
      </div>
      <label className="field" htmlFor={`${id}-text`}>
        <span>Paste the text</span>
      </label>
      <textarea id={`${id}-text`} rows={8} value={draft.text} onChange={(event) => onText(event.target.value)} />
      <label className="field">
        <span>or open a file (.txt, .md, .docx, .pdf)</span>
        <input type="file" accept={ACCEPTED_FILES} onChange={(event) => onFile(event.target.files?.[0])} />
      </label>
      {draft.origin !== 'Pasted text' ? <p className="muted">Read from {draft.origin}.</p> : null}
      {onRemove ? (
        <button type="button" onClick={onRemove}>
          Remove version {index + 1}
        </button>
      ) : null}
    </fieldset>
  )
}

function SplitReview({ name, clauses, onChange }: { name: string; clauses: readonly DraftClause[]; onChange: (next: DraftClause[]) => void }) {
  const [splitting, setSplitting] = useState<number | null>(null)
  const caret = useRef<HTMLTextAreaElement>(null)
  return (
    <section className="split-review" aria-label={`Clauses of ${name}`} data-testid="workspaces.split">
      <h4>
        {name}: {clauses.length} {clauses.length === 1 ? 'clause' : 'clauses'}
      </h4>
      <ol className="split-review__list">
        {clauses.map((clause, index) => (
          <li key={`${clause.line}-${index}`} className="split-review__clause" data-testid="workspaces.clause">
            <div className="split-review__fields">
              <label>
                <span>Number</span>
                <input type="text" size={6} maxLength={12} value={clause.number ?? ''} onChange={(event) => onChange(retitleClause(clauses, index, event.target.value, clause.title ?? ''))} />
              </label>
              <label>
                <span>Title</span>
                <input type="text" maxLength={400} value={clause.title ?? ''} onChange={(event) => onChange(retitleClause(clauses, index, clause.number ?? '', event.target.value))} />
              </label>
            </div>
            {splitting === index ? (
              <div>
                <label>
                  <span>Put the cursor where the new clause starts</span>
                  <textarea ref={caret} readOnly rows={4} defaultValue={clause.text} />
                </label>
                <button
                  type="button"
                  onClick={() => {
                    onChange(splitClause(clauses, index, caret.current?.selectionStart ?? 0))
                    setSplitting(null)
                  }}
                >
                  Split at the cursor
                </button>
                <button type="button" onClick={() => setSplitting(null)}>
                  Cancel
                </button>
              </div>
            ) : (
              <p className="split-review__text">{clause.text}</p>
            )}
            {clause.parts.length > 0 ? (
              <ul className="split-review__parts">
                {clause.parts.map((part, p) => (
                  <li key={`${part.label}-${p}`}>
                    ({part.label}) {part.text}
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="button-row">
              {index > 0 ? (
                <button type="button" onClick={() => onChange(mergeWithPrevious(clauses, index))}>
                  Merge into the clause above<span className="sr-only"> ({clause.number ?? index + 1})</span>
                </button>
              ) : null}
              {splitting !== index ? (
                <button type="button" onClick={() => setSplitting(index)}>
                  Split…<span className="sr-only"> clause {clause.number ?? index + 1}</span>
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** Beyond this many earlier clauses, one shared list to type into replaces a menu per row. */
const SELECT_LIMIT = 150

function MatchChooser({ label, earlier, chosen, listId, onChoose }: { label: string; earlier: readonly DraftClause[]; chosen: number | null; listId: string; onChoose: (earlier: number | null) => void }) {
  const [typed, setTyped] = useState<string | null>(null)
  if (earlier.length <= SELECT_LIMIT) {
    return (
      <select aria-label={label} value={chosen ?? ''} onChange={(event) => onChoose(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">None: a new clause</option>
        {earlier.map((option, i) => (
          <option key={i} value={i}>
            {clauseLabel(option, i)}
          </option>
        ))}
      </select>
    )
  }
  const current = chosen === null ? '' : clauseLabel(earlier[chosen]!, chosen)
  const commit = (value: string) => {
    setTyped(null)
    if (value.trim() === '') return onChoose(null)
    // The clause's label, or just its number.
    const index = earlier.findIndex((clause, i) => clauseLabel(clause, i) === value || clause.number === value.trim())
    if (index >= 0) onChoose(index)
  }
  return (
    <input
      type="text"
      aria-label={`${label} (type its number; empty for a new clause)`}
      list={listId}
      value={typed ?? current}
      onChange={(event) => setTyped(event.target.value)}
      onBlur={(event) => commit(event.target.value)}
      onKeyDown={(event) => event.key === 'Enter' && commit(event.currentTarget.value)}
    />
  )
}

function AlignmentReview({ earlierName, laterName, earlier, later, alignment, onRelink }: { earlierName: string; laterName: string; earlier: readonly DraftClause[]; later: readonly DraftClause[]; alignment: Alignment; onRelink: (later: number, earlier: number | null) => void }) {
  const [onlyDoubtful, setOnlyDoubtful] = useState(later.length > 60)
  const listId = useId()
  const continued = new Set(alignment.links.flatMap((link) => (link.earlier === null ? [] : [link.earlier])))
  const dropped = earlier.flatMap((clause, i) => (continued.has(i) ? [] : [{ clause, i }]))
  const counts = { high: 0, medium: 0, low: 0, new: 0 }
  alignment.links.forEach((link) => {
    if (link.earlier === null) counts.new++
    else counts[confidenceLabel(link.confidence)]++
  })
  return (
    <section className="alignment-review" aria-label={`${laterName} against ${earlierName}`} data-testid="workspaces.alignment">
      <h4>
        {laterName} against {earlierName}
      </h4>
      <p>
        {counts.high} sure, {counts.medium} fairly sure, {counts.low} unsure, {counts.new} new, {dropped.length} not continued (deleted).
      </p>
      <label>
        <input type="checkbox" checked={onlyDoubtful} onChange={(event) => setOnlyDoubtful(event.target.checked)} /> Show only the matches to check
      </label>
      {earlier.length > SELECT_LIMIT ? (
        <datalist id={listId}>
          {earlier.map((option, i) => (
            <option key={i} value={clauseLabel(option, i)} />
          ))}
        </datalist>
      ) : null}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Clause of {laterName}</th>
              <th scope="col">Continues clause of {earlierName}</th>
              <th scope="col">How sure</th>
            </tr>
          </thead>
          <tbody>
            {later.map((clause, j) => {
              const link = alignment.links[j]!
              const sureness = link.earlier === null ? null : confidenceLabel(link.confidence)
              if (onlyDoubtful && sureness === 'high' && link.reason !== 'confirmed') return null
              const match = link.earlier === null ? null : earlier[link.earlier]!
              const deltas = match ? compareQuantities(wording(match), wording(clause)) : []
              return (
                <tr key={j} data-testid="workspaces.match">
                  <th scope="row">{clauseLabel(clause, j)}</th>
                  <td>
                    <MatchChooser
                      label={`Clause ${clause.number ?? j + 1} of ${laterName} continues`}
                      earlier={earlier}
                      chosen={link.earlier}
                      listId={listId}
                      onChoose={(earlierIndex) => onRelink(j, earlierIndex)}
                    />
                    {deltas.length > 0 ? (
                      <ul className="alignment-review__deltas">
                        {deltas.map((delta) => (
                          <li key={delta.summary}>{delta.summary}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                  <td>
                    {link.reason === 'confirmed'
                      ? 'Set by you'
                      : link.earlier === null
                        ? link.reason === 'split'
                          ? `New: ${REASON_LABEL.split}`
                          : 'New'
                        : `${sureness === 'high' ? 'Sure' : sureness === 'medium' ? 'Fairly sure' : 'Unsure'} (${Math.round(link.confidence * 100)}%): ${REASON_LABEL[link.reason]}`}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {dropped.length > 0 ? (
        <>
          <h5>Not continued in {laterName} (shown as deleted)</h5>
          <ul>
            {dropped.map(({ clause, i }) => (
              <li key={i}>{clauseLabel(clause, i)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
