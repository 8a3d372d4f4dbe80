/** One version's fields in an import, as the user fills them in, and a file read into them. */
import { readDraftFile } from './readDraftFile.ts'

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
