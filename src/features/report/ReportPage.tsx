/**
 * The printable comparison report: the `ComparisonDocument` every export renders, drawn as a
 * static page. Every clause is expanded, sources are numbered references, and print CSS
 * (styles/report.css) handles paper, page numbers and page breaks.
 */
import { useEffect, useMemo, useState } from 'react'
import { KeyChanges } from '../../components/KeyChanges.tsx'
import type { DocumentLinks } from '../../domain/documents/comparisonDocument.ts'
import { describeComparison, describeFilters } from '../../domain/documents/describeComparison.ts'
import { FLAG_KINDS } from '../../domain/flagKinds.ts'
import type { Negotiation, VersionId } from '../../domain/model.ts'
import { rowsWithFlags, useChangeFlags } from '../../hooks/useChangeFlags.ts'
import { useComparison } from '../../hooks/useComparison.ts'
import type { CompareOptions, Orientation, Paper } from '../../url/route.ts'
import { ReportClause } from './ReportClause.tsx'
import { ReportControls } from './ReportControls.tsx'
import { ReportCover } from './ReportCover.tsx'
import { ReportLegend } from './ReportLegend.tsx'
import { ReportReferences } from './ReportReferences.tsx'
import { ReportSummary } from './ReportSummary.tsx'
import '../../styles/report.css'

export interface ReportPageProps extends DocumentLinks {
  readonly negotiation: Negotiation
  readonly versions: readonly VersionId[]
  readonly options: CompareOptions
  readonly paper: Paper | null
  readonly orientation: Orientation
}

export function ReportPage({ negotiation, versions, options, paper, orientation, permalink, clauseLink, linksRelative }: ReportPageProps) {
  // When the report was made: taken once, as it opens, not again at each redraw (a new time each
  // render also rebuilt the whole document).
  const [generatedAt] = useState(() => new Date())
  const { model, rows: filtered, moves } = useComparison(negotiation, versions, options)
  const flags = useChangeFlags(model)
  const flagKey = options.flags.join(',')
  const rows = useMemo(() => {
    const kinds = FLAG_KINDS.filter((kind) => flagKey.split(',').includes(kind))
    return flags && kinds.length > 0 ? rowsWithFlags(flags, filtered, kinds) : filtered
  }, [flags, filtered, flagKey])
  const doc = useMemo(
    () =>
      describeComparison(negotiation, model, rows, {
        filters: describeFilters(options, negotiation),
        permalink,
        clauseLink,
        linksRelative,
        generatedAt,
        // Drawn at once, then again as the moved text and the flags are found.
        moves,
        flagsOf: (row) => flags?.byRow.get(row.key) ?? [],
        layout: orientation === 'landscape' ? 'split' : 'redline',
      }),
    [negotiation, model, rows, options, permalink, clauseLink, linksRelative, generatedAt, moves, flags, orientation],
  )
  const title = `Comparison report: ${doc.columns}`

  useEffect(() => {
    // Read by the running header in the print stylesheet (@page margin boxes cannot see the DOM).
    document.documentElement.style.setProperty('--report-title', JSON.stringify(title))
    return () => {
      document.documentElement.style.removeProperty('--report-title')
    }
  }, [title])

  return (
    <article className={`report report--${orientation}${paper ? ` report--${paper}` : ''}`} data-testid="report.document" aria-labelledby="report-title">
      <ReportControls versions={versions} options={options} paper={paper} orientation={orientation} />
      <ReportCover doc={doc} title={title} />
      <KeyChanges flags={flags} rows={filtered} chosen={options.flags} clauseHref={clauseLink} openUpTo={Infinity} />
      <ReportLegend />
      <ReportSummary doc={doc} />
      <section className="report-clauses" aria-labelledby="report-clauses-heading">
        <h2 id="report-clauses-heading">Clause by clause</h2>
        {doc.clauses.length === 0 ? <p>No clause matches the filters.</p> : null}
        {doc.clauses.map((clause) => (
          <ReportClause key={clause.key} clause={clause} negotiation={negotiation} numbers={doc.referenceNumbers} columns={orientation === 'landscape'} />
        ))}
      </section>
      <ReportReferences references={doc.references} />
    </article>
  )
}
