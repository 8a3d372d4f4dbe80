/**
 * The heavy steps of an import (reading a text or Word file, splitting, aligning) as jobs, run
 * by the draft worker (`draftWorker.ts`) or, where no worker can start, on the page (`draftJob.ts`).
 */
import { alignClauses, type AlignableClause, type Alignment } from '../../domain/drafts/alignClauses.ts'
import { splitClauses, type SplitResult } from '../../domain/drafts/splitClauses.ts'
import { checkedText, readDocxFile, readTextFile, type ReadResult } from './fileReaders.ts'

export type DraftJob =
  | { readonly kind: 'split'; readonly texts: readonly string[] }
  | { readonly kind: 'align'; readonly pairs: readonly (readonly [readonly AlignableClause[], readonly AlignableClause[]])[] }
  | { readonly kind: 'read'; readonly format: 'text' | 'docx'; readonly file: Blob; readonly name: string }
  | { readonly kind: 'check'; readonly name: string; readonly text: string }
export type DraftJobResult =
  | { readonly kind: 'split'; readonly results: readonly SplitResult[] }
  | { readonly kind: 'align'; readonly alignments: readonly Alignment[] }
  | { readonly kind: 'read'; readonly result: ReadResult }

export async function runDraftJob(job: DraftJob): Promise<DraftJobResult> {
  switch (job.kind) {
    case 'split':
      return { kind: 'split', results: job.texts.map((text) => splitClauses(text)) }
    case 'align':
      return { kind: 'align', alignments: job.pairs.map(([earlier, later]) => alignClauses(earlier, later)) }
    case 'read':
      return { kind: 'read', result: job.format === 'docx' ? await readDocxFile(job.file, job.name) : await readTextFile(job.file, job.name) }
    case 'check':
      return { kind: 'read', result: checkedText(job.name, job.text) }
  }
}
