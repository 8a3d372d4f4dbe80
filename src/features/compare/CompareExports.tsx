import { use, useEffect, useRef, useState } from 'react'
import { SourcesLoading } from '../../components/sourcesLoading.ts'
import type { ExportFeedback, ExportRequest } from './exportActions.ts'

export type CompareExportsProps = ExportRequest

type ExportKind = 'word' | 'markdown' | 'email'

function runExport(kind: ExportKind, request: ExportRequest, feedback: ExportFeedback) {
  import('./exportActions.ts')
    .then((actions) => {
      // The last export's message, or "still loading", gives way to this one's.
      feedback.status('')
      return kind === 'word' ? actions.exportWord(request, feedback) : kind === 'markdown' ? actions.exportMarkdown(request) : actions.copyEmail(request, feedback)
    })
    .catch((error: unknown) => feedback.status(`Could not export: ${error instanceof Error ? error.message : String(error)}`))
}

/** Exports of the comparison as shown: Markdown, Word with tracked changes, and an email summary to copy. */
export function CompareExports(request: CompareExportsProps) {
  const [status, setStatus] = useState('')
  const [manualCopy, setManualCopy] = useState<string | null>(null)
  const feedback: ExportFeedback = { status: setStatus, manualCopy: setManualCopy }
  // An export cites every clause's sources: one asked for while their records are on the way
  // (moments after the first view) waits for them, then runs on the comparison as it is then.
  const sourcesLoading = use(SourcesLoading)
  const waiting = useRef<ExportKind | null>(null)
  const onExport = (kind: ExportKind) => {
    if (!sourcesLoading) return runExport(kind, request, feedback)
    waiting.current = kind
    setStatus('The sources are still loading: the export follows as soon as they are in.')
  }
  useEffect(() => {
    const kind = waiting.current
    if (sourcesLoading || kind === null) return
    waiting.current = null
    runExport(kind, request, { status: setStatus, manualCopy: setManualCopy })
  }, [sourcesLoading, request])

  return (
    <div
      className="compare-exports no-print"
      role="group"
      aria-label="Export this comparison"
    >
      <span className="compare-exports__label">Export:</span>
      <button type="button" onClick={() => onExport('word')}>
        Word (tracked changes)
      </button>
      <button type="button" onClick={() => onExport('markdown')}>
        Markdown
      </button>
      <button type="button" onClick={() => onExport('email')}>
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
