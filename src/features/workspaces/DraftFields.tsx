/**
 * One version's fields in an import: name, date, pasted text or an opened file. Shared by a new
 * workspace and a revision added to one.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { DraftInput } from './draftInput.ts'
import { ACCEPTED_FILES } from './readDraftFile.ts'

/**
 * Beyond this many characters a text is summed up rather than put in an edit box: Chromium lays
 * out an edit box's whole value (two 900 KB drafts held the page for 0.6 s on a busy machine),
 * and again on each keystroke in it. The user can still open the box to edit the text there.
 */
export const EDIT_BOX_CHARACTERS = 100_000

function lineCount(text: string): number {
  let lines = 1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
  return lines
}

/** A long text's size and first lines, with a button that opens it in an edit box. */
function LongText({ draft, onEdit }: { draft: DraftInput; onEdit: () => void }) {
  const summary = useRef<HTMLDivElement>(null)
  // Pasting into the box replaces it with this summary: the focus, lost with the box, comes here.
  useEffect(() => {
    if (document.activeElement === document.body) summary.current?.focus()
  }, [])
  return (
    <div ref={summary} tabIndex={-1} className="draft-fields__long" data-testid="workspaces.long-text">
      <p>
        {draft.origin === 'Pasted text' ? 'Pasted text' : `Text of ${draft.origin}`}: {lineCount(draft.text).toLocaleString('en-US')} lines, {draft.text.length.toLocaleString('en-US')} characters. It begins:
      </p>
      <pre className="draft-fields__excerpt">{draft.text.slice(0, 600)}…</pre>
      <button type="button" onClick={onEdit}>
        Edit the text here<span className="sr-only"> (slow at this length)</span>
      </button>
    </div>
  )
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
  const [editing, setEditing] = useState(false)
  const box = useRef<HTMLTextAreaElement>(null)
  const long = draft.text.length > EDIT_BOX_CHARACTERS && !editing
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
      {long ? (
        <LongText
          draft={draft}
          onEdit={() => {
            setEditing(true)
            requestAnimationFrame(() => box.current?.focus())
          }}
        />
      ) : (
        <>
          <label className="field" htmlFor={`${id}-text`}>
            <span>Paste the text</span>
          </label>
          <textarea
            ref={box}
            id={`${id}-text`}
            rows={8}
            value={draft.text}
            onChange={(event) => onText(event.target.value)}
            onPaste={(event) => {
              // A long text pasted over the whole box goes straight to the form, in the box's own
              // line endings: the box would only lay it out to be replaced by its summary.
              const area = event.currentTarget
              const pasted = event.clipboardData.getData('text/plain')
              if (pasted.length > EDIT_BOX_CHARACTERS && area.selectionStart === 0 && area.selectionEnd === area.value.length) {
                event.preventDefault()
                onText(pasted.replace(/\r\n?/g, '\n'))
              }
            }}
          />
        </>
      )}
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
