import { use, useState } from 'react'
import type { ComparisonModel, ComparisonRow } from '../../domain/buildComparison.ts'
import type { Negotiation } from '../../domain/model.ts'
import { downloadFile } from '../../components/downloadFile.ts'
import { SourcesLoading } from '../../components/sourcesLoading.ts'
import { publishedBase, publishedUrl } from '../../state/urlSync.ts'
import type { CompareOptions } from '../../url/route.ts'

export interface CompareExportsProps {
  readonly negotiation: Negotiation
  readonly model: ComparisonModel
  readonly rows: readonly ComparisonRow[]
  readonly versions: readonly string[]
  readonly options: CompareOptions
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

// The export code loads on first use, or as soon as the pointer or focus reaches the buttons:
// the first view does without it.
const loadExportText = () => Promise.all([import('../../domain/comparisonExport.ts'), import('../../domain/exportMarkdown.ts')])

/** Exports of the comparison as shown: Markdown, Word with tracked changes, and an email summary to copy. */
export function CompareExports({ negotiation, model, rows, versions, options }: CompareExportsProps) {
  const [status, setStatus] = useState('')
  const [manualCopy, setManualCopy] = useState<string | null>(null)
  const fileStem = `comparison-${versions.join('-')}`
  // An export cites every clause's sources: it waits for their records, which come moments after the first view.
  const sourcesLoading = use(SourcesLoading)
  const whenSourcesIn = (run: () => Promise<void>) => () => {
    if (sourcesLoading) setStatus('The sources are still loading: try again in a moment.')
    else void run()
  }

  const describe = async () => {
    const [{ describeComparison, describeFilters }, markdown] = await loadExportText()
    const described = describeComparison(negotiation, model, rows, {
      filters: describeFilters(options, negotiation),
      permalink: publishedUrl({ page: 'compare', versions, options: { ...options, clause: null } }),
      clauseLink: (clause) => publishedUrl({ page: 'compare', versions, options: { ...options, clause } }),
      linksRelative: publishedBase() === null,
      generatedAt: new Date(),
    })
    return { described, ...markdown }
  }

  const exportWord = async () => {
    setStatus('Preparing the Word document…')
    try {
      // Loaded on first use: the Word library is large and most visits never export.
      const [{ comparisonDocxBytes }, { described }] = await Promise.all([import('../../domain/exportDocx.ts'), describe()])
      downloadFile(`${fileStem}.docx`, DOCX_TYPE, await comparisonDocxBytes(described))
      setStatus('Word document saved, with each change as a tracked change.')
    } catch (error) {
      setStatus(`Could not make the Word document: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  const exportMarkdown = async () => {
    const { described, comparisonMarkdown } = await describe()
    downloadFile(`${fileStem}.md`, 'text/markdown;charset=utf-8', comparisonMarkdown(described))
  }

  const copyEmail = async () => {
    const { described, whatChangedEmail } = await describe()
    const text = whatChangedEmail(described)
    try {
      await navigator.clipboard.writeText(text)
      setManualCopy(null)
      setStatus('Summary copied: paste it into an email.')
    } catch {
      // Some browsers refuse the clipboard (a file:// page, a policy): show the text to copy by hand.
      setManualCopy(text)
      setStatus('The browser did not allow copying; select the summary below and copy it.')
    }
  }

  return (
    <div
      className="compare-exports no-print"
      role="group"
      aria-label="Export this comparison"
      onPointerEnter={() => void loadExportText()}
      onFocus={() => void loadExportText()}
    >
      <span className="compare-exports__label">Export:</span>
      <button type="button" onClick={whenSourcesIn(exportWord)}>
        Word (tracked changes)
      </button>
      <button type="button" onClick={whenSourcesIn(exportMarkdown)}>
        Markdown
      </button>
      <button type="button" onClick={whenSourcesIn(copyEmail)}>
        Copy email summary
      </button>
      <span role="status" className="compare-exports__status" data-testid="compare.export-status">
        {status}
      </span>
      {manualCopy !== null ? (
        <label className="compare-exports__manual">
          Email summary
          <textarea readOnly value={manualCopy} rows={8} onFocus={(event) => event.target.select()} />
        </label>
      ) : null}
    </div>
  )
}
