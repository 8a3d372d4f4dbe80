/**
 * What the export buttons do. Loaded on first use, or as soon as the pointer or focus reaches
 * the buttons: the first view does without it. The Word library loads only for a Word export.
 */
import type { ComparisonModel, ComparisonRow } from '../../domain/buildComparison.ts'
import { flagRow } from '../../domain/changeFlags.ts'
import { describeComparison, describeFilters } from '../../domain/documents/describeComparison.ts'
import { findMoves } from '../../domain/moves.ts'
import { whatChangedEmail, whatChangedEmailHtml } from '../../domain/documents/exportEmail.ts'
import { comparisonMarkdown } from '../../domain/documents/exportMarkdown.ts'
import { copyToClipboard } from '../../components/copyToClipboard.ts'
import type { Negotiation } from '../../domain/model.ts'
import { downloadFile } from '../../components/downloadFile.ts'
import { publishedBase, publishedUrl } from '../../state/urlSync.ts'
import type { CompareOptions } from '../../url/route.ts'

/** The comparison as shown, to export. */
export interface ExportRequest {
  readonly negotiation: Negotiation
  readonly model: ComparisonModel
  readonly rows: readonly ComparisonRow[]
  readonly versions: readonly string[]
  readonly options: CompareOptions
}

/** Where an export reports how it went, and hands over text the browser would not copy. */
export interface ExportFeedback {
  readonly status: (text: string) => void
  readonly manualCopy: (text: string | null) => void
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const fileStem = ({ versions }: ExportRequest) => `comparison-${versions.join('-')}`

function describe({ negotiation, model, rows, versions, options }: ExportRequest) {
  return describeComparison(negotiation, model, rows, {
    filters: describeFilters(options, negotiation),
    permalink: publishedUrl({ page: 'compare', versions, options: { ...options, clause: null } }),
    clauseLink: (clause) => publishedUrl({ page: 'compare', versions, options: { ...options, clause } }),
    linksRelative: publishedBase() === null,
    generatedAt: new Date(),
    // An export waits for the whole comparison's moved text and flags.
    moves: findMoves(model),
    flagsOf: flagRow,
  })
}

export async function exportWord(request: ExportRequest, feedback: ExportFeedback) {
  feedback.status('Preparing the Word document…')
  try {
    // The Word library is large and most visits never export.
    const { comparisonDocxBytes } = await import('../../domain/documents/exportDocx.ts')
    downloadFile(`${fileStem(request)}.docx`, DOCX_TYPE, await comparisonDocxBytes(describe(request)))
    feedback.status('Word document saved, with each change as a tracked change.')
  } catch (error) {
    feedback.status(`Could not make the Word document: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function exportMarkdown(request: ExportRequest) {
  downloadFile(`${fileStem(request)}.md`, 'text/markdown;charset=utf-8', comparisonMarkdown(describe(request)))
}

export async function copyEmail(request: ExportRequest, feedback: ExportFeedback) {
  const doc = describe(request)
  const text = whatChangedEmail(doc)
  try {
    await copyToClipboard(text, whatChangedEmailHtml(doc))
    feedback.manualCopy(null)
    feedback.status('Summary copied: paste it into an email.')
  } catch {
    // Some browsers refuse the clipboard (a file:// page, a policy): show the text to copy by hand.
    feedback.manualCopy(text)
    feedback.status('The browser did not allow copying; select the summary below and copy it.')
  }
}
