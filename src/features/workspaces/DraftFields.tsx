/**
 * One version's fields in an import: name, date, pasted text or an opened file. Shared by a new
 * workspace and a revision added to one.
 */
import { useId } from 'react'
import { ACCEPTED_FILES, readDraftFile } from './readDraftFile.ts'

export interface DraftInput {
  readonly key: number
  readonly name: string
  readonly date: string
  readonly text: string
  readonly origin: string
  readonly notes: readonly string[]
  /** The user typed the name: opening a file keeps it. */
  readonly named: boolean
}

export const today = () => new Date().toISOString().slice(0, 10)
let nextKey = 0
export const emptyDraft = (index: number): DraftInput => ({ key: nextKey++, name: `Draft ${index + 1}`, date: today(), text: '', origin: 'Pasted text', notes: [], named: false })

/** Reads a file into a version's fields; a name the user typed is kept, else the file names it. */
export async function readDraftInput(file: File, draft: DraftInput): Promise<{ ok: true; patch: Partial<DraftInput> } | { ok: false; message: string }> {
  const read = await readDraftFile(file)
  if (!read.ok) return { ok: false, message: `${read.message}${draft.text ? ' The text that was there is kept.' : ''}` }
  const fromFile = file.name.replace(/\.[a-z0-9]+$/i, '').slice(0, 80) || draft.name
  return { ok: true, patch: { text: read.text, origin: file.name, notes: read.notes, ...(draft.named ? {} : { name: fromFile }) } }
}

export function DraftFields({
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
          <input type="text" value={draft.name} maxLength={200} onChange={(event) => onChange({ name: event.target.value, named: true })} />
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
