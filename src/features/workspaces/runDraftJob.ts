/**
 * The heavy steps of an import (reading a text or Word file, joining a PDF's lines, splitting, aligning, building and
 * checking the files a save stores) as jobs, run by the draft worker (`draftWorker.ts`) or, where no worker can start,
 * on the page (`draftJob.ts`).
 */
import { addRevision } from '../../drafts/addRevision.ts'
import { alignClauses } from '../../drafts/alignClauses.ts'
import type { Alignment } from '../../drafts/alignment.ts'
import { buildWorkspace, type BuildResult, type WorkspaceDraft } from '../../drafts/buildWorkspace.ts'
import type { AlignableClause } from '../../drafts/clauseReadings.ts'
import type { SplitResult } from '../../drafts/draftClause.ts'
import type { DraftVersion } from '../../drafts/draftVersionFile.ts'
import { splitClauses } from '../../drafts/splitClauses.ts'
import type { PdfLine } from '../../drafts/pdfText.ts'
import type { Negotiation } from '../../domain/model.ts'
import type { WorkspaceFiles } from '../../load/schema.ts'
import { formatIssue } from '../../load/loadNegotiation.ts'
import { loadWorkspace } from '../../load/workspaceFile.ts'
import { checkedText, readDocxFile, readTextFile, type ReadResult } from './fileReaders.ts'
import { pdfLinesText } from './pdfDocumentText.ts'

export type DraftJob =
  | { readonly kind: 'split'; readonly texts: readonly string[] }
  | { readonly kind: 'align'; readonly pairs: readonly (readonly [readonly AlignableClause[], readonly AlignableClause[]])[] }
  | { readonly kind: 'read'; readonly format: 'text' | 'docx'; readonly file: Blob; readonly name: string }
  /** A PDF's pages' lines, read on the page by pdf.js: joined into paragraphs and checked here. */
  | { readonly kind: 'pdf'; readonly name: string; readonly pages: readonly (readonly PdfLine[])[] }
  | SaveJob

/**
 * A save: a new workspace's files built from its aligned drafts, or a revision added to a saved workspace's files;
 * either way loaded whole as the bundled data is (`fileName` names the workspace in the loader's problems).
 */
export type SaveJob =
  | { readonly kind: 'build'; readonly draft: WorkspaceDraft; readonly importedOn: string; readonly fileName: string }
  | { readonly kind: 'add-revision'; readonly files: WorkspaceFiles; readonly revision: DraftVersion; readonly alignment: Alignment; readonly importedOn: string; readonly fileName: string }

/**
 * The files to store with the negotiation loaded from them, or what stops the save. Plain data, Maps and arrays only,
 * so it reaches the page from the worker whole (runDraftJob.test.ts clones one as postMessage does).
 */
export type CheckedSave = { readonly ok: true; readonly files: WorkspaceFiles; readonly negotiation: Negotiation } | { readonly ok: false; readonly problems: readonly string[] }

export type DraftJobResult =
  | { readonly kind: 'split'; readonly results: readonly SplitResult[] }
  | { readonly kind: 'align'; readonly alignments: readonly Alignment[] }
  | { readonly kind: 'read'; readonly result: ReadResult }
  | { readonly kind: 'saved'; readonly saved: CheckedSave }

function checked(built: BuildResult, fileName: string): CheckedSave {
  if (!built.ok) return { ok: false, problems: [built.message] }
  const loaded = loadWorkspace(built.files, fileName)
  return loaded.ok ? { ok: true, files: built.files, negotiation: loaded.negotiation } : { ok: false, problems: loaded.issues.slice(0, 20).map(formatIssue) }
}

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
    case 'build':
      return { kind: 'saved', saved: checked(buildWorkspace(job.draft, job.importedOn), job.fileName) }
    case 'add-revision':
      return { kind: 'saved', saved: checked(addRevision(job.files, job.revision, job.alignment, job.importedOn), job.fileName) }
  }
}
