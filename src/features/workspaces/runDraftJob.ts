/**
 * The heavy steps of an import (reading a text or Word file, joining a PDF's lines, splitting, aligning) as jobs, run
 * by the draft worker (`draftWorker.ts`) or, where no worker can start, on the page (`draftJob.ts`).
 */
import { alignClauses } from '../../domain/drafts/alignClauses.ts'
import type { Alignment } from '../../domain/drafts/alignment.ts'
import type { AlignableClause } from '../../domain/drafts/clauseReadings.ts'
import type { SplitResult } from '../../domain/drafts/draftClause.ts'
import { splitClauses } from '../../domain/drafts/splitClauses.ts'
import type { PdfLine } from '../../domain/drafts/pdfText.ts'
import { checkedText, readDocxFile, readTextFile, type ReadResult } from './fileReaders.ts'
import { pdfLinesText } from './pdfDocumentText.ts'

export type DraftJob =
  | { readonly kind: 'split'; readonly texts: readonly string[] }
  | { readonly kind: 'align'; readonly pairs: readonly (readonly [readonly AlignableClause[], readonly AlignableClause[]])[] }
  | { readonly kind: 'read'; readonly format: 'text' | 'docx'; readonly file: Blob; readonly name: string }
  /** A PDF's pages' lines, read on the page by pdf.js: joined into paragraphs and checked here. */
  | { readonly kind: 'pdf'; readonly name: string; readonly pages: readonly (readonly PdfLine[])[] }
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
    case 'pdf': {
      const read = pdfLinesText(job.pages, job.name)
      return { kind: 'read', result: read.ok ? checkedText(job.name, read.text, read.notes) : read }
    }
  }
}
