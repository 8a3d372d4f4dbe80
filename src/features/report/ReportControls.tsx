import { navigate } from '../../state/urlSync.ts'
import { useScopedHref } from '../../state/scopedHref.ts'
import { ORIENTATIONS, PAPERS, type CompareOptions, type Orientation, type Paper } from '../../url/route.ts'
import { routes } from '../../url/serializeRoute.ts'

export interface ReportControlsProps {
  readonly versions: readonly string[]
  readonly options: CompareOptions
  readonly paper: Paper | null
  readonly orientation: Orientation
}

/** Print, paper and layout, and the way back: on screen only. */
export function ReportControls({ versions, options, paper, orientation }: ReportControlsProps) {
  const scoped = useScopedHref()
  const show = (patch: { paper?: Paper | null; orientation?: Orientation }) => navigate({ page: 'report', versions, options, paper, orientation, ...patch }, { replace: true })
  return (
    <div className="report-controls no-print">
      <button type="button" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <label>
        Paper{' '}
        <select value={paper ?? ''} onChange={(event) => show({ paper: PAPERS.find((choice) => choice === event.target.value) ?? null })}>
          <option value="">Printer default</option>
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </label>
      <label>
        Layout{' '}
        <select value={orientation} onChange={(event) => show({ orientation: ORIENTATIONS.find((choice) => choice === event.target.value) ?? 'portrait' })}>
          <option value="portrait">Portrait: versions one below another</option>
          <option value="landscape">Landscape: versions in columns</option>
        </select>
      </label>
      <a href={scoped(routes.compare(versions, options))}>Back to the comparison</a>
    </div>
  )
}
