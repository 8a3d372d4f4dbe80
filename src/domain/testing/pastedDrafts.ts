/** Drafts as a user pastes them (split into clauses), and the two the workspace-builder tests share. */
import type { DraftVersion } from '../../drafts/draftVersionFile.ts'
import { splitClauses } from '../../drafts/splitClauses.ts'

export function pastedDraft(name: string, date: string, text: string): DraftVersion {
  const split = splitClauses(text)
  if (!split.ok) throw new Error(split.message)
  return { name, date, origin: 'Pasted text', clauses: split.clauses }
}

/** Four clauses; the second version swaps the army and elections clauses, changes both numbers and replaces the last clause. */
export const FIRST_DRAFT = pastedDraft('First draft', '2026-05-01', [
  '1. Ukraine keeps its sovereignty, confirmed by every signatory.',
  '2. The armed forces are capped at 600,000 personnel.',
  '3. Elections are held within 100 days of signature.',
  '4. A joint commission oversees grain exports through the Black Sea.',
].join('\n'))
export const SECOND_DRAFT = pastedDraft('Second draft', '2026-05-09', [
  '1. Ukraine keeps its sovereignty, confirmed by every signatory.',
  '2. Elections are held within 60 days of signature.',
  '3. The armed forces are capped at 800,000 personnel in peacetime.',
  '4. Frozen assets of US$100 billion fund reconstruction.',
].join('\n'))
