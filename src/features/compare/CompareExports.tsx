import { use, useState } from 'react'
import { SourcesLoading } from '../../components/sourcesLoading.ts'
import type { ExportFeedback, ExportRequest } from './exportActions.ts'

export type CompareExportsProps = ExportRequest

const loadActions = () => import('./exportActions.ts')

/** Exports of the comparison as shown: Markdown, Word with tracked changes, and an email summary to copy. */
export function CompareExports(request: CompareExportsProps) {
  const [status, setStatus] = useState('')
  const [manualCopy, setManualCopy] = useState<string | null>(null)
  const feedback: ExportFeedback = { status: setStatus, manualCopy: setManualCopy }
  // An export cites every clause's sources: its buttons wait for their records, which come moments
  // after the first view (a click made then used to do nothing but ask the user to try again).
  const sourcesLoading = use(SourcesLoading)
  const run = (action: (actions: Awaited<ReturnType<typeof loadActions>>) => unknown) => () => {
    loadActions()
      .then(action)
      .catch((error: unknown) => setStatus(`Could not export: ${error instanceof Error ? error.message : String(error)}`))
  }

  return (
    <div
      className="compare-exports no-print"
      role="group"
      aria-label="Export this comparison"
      aria-busy={sourcesLoading}
    >
      <span className="compare-exports__label">Export:</span>
      <button type="button" disabled={sourcesLoading} onClick={run((actions) => actions.exportWord(request, feedback))}>
        Word (tracked changes)
      </button>
      <button type="button" disabled={sourcesLoading} onClick={run((actions) => actions.exportMarkdown(request))}>
        Markdown
      </button>
      <button type="button" disabled={sourcesLoading} onClick={run((actions) => actions.copyEmail(request, feedback))}>
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
