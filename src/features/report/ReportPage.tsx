/**
 * The printable comparison report: a document rendered from the same row model as the compare
 * view, but static. Every clause is expanded, sources are numbered references, and print CSS
 * (styles/report.css) handles paper, page numbers and page breaks.
 */
import { useEffect, useMemo } from 'react'
import type { ComparisonCell, ComparisonRow } from '../../domain/buildComparison.ts'
import { RELIABILITY_LABEL, STATUS_DESCRIPTION, STATUS_LABEL, TEXT_KNOWN_LABEL, CONFIDENCE_LABEL, formatDate } from '../../domain/labels.ts'
import { buildMatrix } from '../../domain/matrix.ts'
import type { Negotiation, SourceId, SourceRef } from '../../domain/model.ts'
import { useComparison } from '../../hooks/useComparison.ts'
import { RivalOptions } from '../../components/RivalOptions.tsx'
import { CLAUSE_STATUSES } from '../../domain/model.ts'
import { numberReferences } from '../../domain/references.ts'
import { describeTermValue } from '../../domain/terms.ts'
import { navigate } from '../../state/urlSync.ts'
import { serializeRoute, type CompareOptions, type Orientation, type Paper } from '../../url/route.ts'
import { DiffParts, PlainParts } from '../../components/ClauseParts.tsx'
import { describeFilters } from '../../domain/comparisonExport.ts'
import { isRelation } from '../../domain/clauseState.ts'

export interface ReportPageProps {
  readonly negotiation: Negotiation
  readonly versions: readonly string[]
  readonly options: CompareOptions
  readonly paper: Paper | null
  readonly orientation: Orientation
  /** The absolute link that reproduces this report, and a function for a clause's compare link. */
  readonly permalink: string
  readonly clauseLink: (clause: string) => string
  /** True when the published address is not set, so links are routes to add to wherever the app is served. */
  readonly linksRelative: boolean
  readonly generatedAt: Date
}

function Citations({ refs, numbers }: { refs: readonly SourceRef[]; numbers: ReadonlyMap<SourceId, number> }) {
  const cited = [...new Set(refs.map((ref) => numbers.get(ref.source)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b)
  return <span className="report-citations">Sources: {cited.map((n) => `[${n}]`).join(' ')}</span>
}

function formatTimestamp(date: Date): string {
  const iso = date.toISOString()
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`
}

interface ReportCellProps {
  readonly cell: ComparisonCell
  readonly previous: ComparisonCell | null
  readonly negotiation: Negotiation
  readonly numbers: ReadonlyMap<SourceId, number>
  /** The next version's redline shows every word of this text, so it is printed once, there. */
  readonly folded: boolean
}

function ReportCell({ cell, previous, negotiation, numbers, folded }: ReportCellProps) {
  const { clause, version } = cell
  // States such as "bracketed" hold on their own; only relations (kept, amended…) name a comparison.
  const against = cell.statusAgainst
    ? cell.statusAgainst.shortTitle
    : isRelation(cell.status)
      ? previous?.version.shortTitle
      : undefined
  const showStatus = previous !== null || version.basedOn !== null
  return (
    <div className={`report-cell report-cell--${cell.status}`}>
      <p className="report-cell__meta">
        <strong>{version.shortTitle}</strong>
        <span>{clause.number ? `point ${clause.number}` : 'no number known'}</span>
        {showStatus ? (
          <span className={`status status--${cell.status}`}>
            {STATUS_LABEL[cell.status]}
            {against ? ` vs ${against}` : ''}
          </span>
        ) : null}
        <span className="report-cell__confidence">{clause.confidence ? CONFIDENCE_LABEL[clause.confidence] : 'Content not known'}</span>
        {clause.implicit && clause.status === 'absent' ? null : <Citations refs={clause.sources} numbers={numbers} />}
      </p>
      {folded ? null : clause.status === 'unknown' ? (
        <p className="report-unknown">
          <strong>Not known.</strong> {clause.note}
        </p>
      ) : clause.status === 'absent' ? (
        <p className="report-muted">Not part of this version.</p>
      ) : previous && cell.parts ? (
        <DiffParts parts={cell.parts} side="redline" />
      ) : clause.parts.length > 0 ? (
        <PlainParts parts={clause.parts} />
      ) : (
        <p className="report-muted">{clause.status === 'deleted' ? 'Struck from this version.' : 'Wording not published.'}</p>
      )}
      {clause.status !== 'unknown' && clause.note && !clause.implicit ? <p className="report-note">Note: {clause.note}</p> : null}
      {cell.terms.some((term) => term.kind !== 'same') ? (
        <ul className="report-terms">
          {cell.terms
            .filter((term) => term.kind !== 'same')
            .map((term) => (
              <li key={term.definition.id}>
                <strong>{term.definition.label}:</strong> {term.summary}
                {term.delta ? ` (${term.delta})` : ''}
              </li>
            ))}
        </ul>
      ) : previous === null && clause.terms.length > 0 ? (
        <ul className="report-terms">
          {clause.terms.map((value) => {
            const definition = negotiation.terms.find((term) => term.id === value.term)!
            return (
              <li key={value.term}>
                <strong>{definition.label}:</strong> {describeTermValue(definition, value)}
              </li>
            )
          })}
        </ul>
      ) : null}
      <RivalOptions
        alternatives={clause.alternatives}
        className="report-options"
        renderDetails={(alternative) => (
          <p className="report-option__details">
            {CONFIDENCE_LABEL[alternative.confidence]} <Citations refs={alternative.sources} numbers={numbers} />
          </p>
        )}
      />
    </div>
  )
}

interface ReportClauseProps {
  readonly row: ComparisonRow
  readonly negotiation: Negotiation
  readonly numbers: ReadonlyMap<SourceId, number>
  readonly link: string
  /** Versions side by side in columns (landscape) rather than one below the other. */
  readonly columns: boolean
}

function ReportClause({ row, negotiation, numbers, link, columns }: ReportClauseProps) {
  return (
    <section className="report-clause" data-testid="report.clause" data-clause={row.key}>
      <h3>
        {row.lineage.title}
        <span className="report-clause__numbers"> — {row.cells.map((cell) => `${cell.version.shortTitle} ${cell.clause.number ?? '–'}`).join(', ')}</span>
      </h3>
      <div className={columns ? `report-clause__cells report-clause__cells--${row.cells.length}` : 'report-clause__cells'}>
        {row.cells.map((cell, index) => {
          const next = row.cells[index + 1]
          // Below one another, the next version's redline already shows this text (struck, plain or
          // underlined), so it is printed once, there; the cell keeps its status, note, terms,
          // options and sources. In columns each version shows its own text.
          const folded = !columns && index === 0 && (next?.parts ?? null) !== null && cell.clause.parts.length > 0
          return <ReportCell key={cell.version.id} cell={cell} previous={row.cells[index - 1] ?? null} negotiation={negotiation} numbers={numbers} folded={folded} />
        })}
      </div>
      <p className="report-clause__link">
        Link: <span className="report-url">{link}</span>
      </p>
    </section>
  )
}

export function ReportPage({ negotiation, versions, options, paper, orientation, permalink, clauseLink, linksRelative, generatedAt }: ReportPageProps) {
  const { model, rows, summary } = useComparison(negotiation, versions, options)
  const numbers = useMemo(() => numberReferences(model.versions, rows), [model, rows])
  const terms = useMemo(() => {
    const matrix = buildMatrix(negotiation, model.versions.map((version) => version.id), model.versions[0]!.id)
    const shownClauses = new Set(rows.map((row) => row.key as string))
    return { matrix, rows: matrix.rows.filter((row) => shownClauses.has(row.lineage.id) && [...row.cells.values()].some((cell) => cell.value || cell.options.length > 0)) }
  }, [negotiation, model, rows])
  const title = `Comparison report: ${model.versions.map((version) => version.shortTitle).join(' → ')}`

  useEffect(() => {
    // Read by the running header in the print stylesheet (@page margin boxes cannot see the DOM).
    document.documentElement.style.setProperty('--report-title', JSON.stringify(title))
    return () => {
      document.documentElement.style.removeProperty('--report-title')
    }
  }, [title])

  return (
    <article className={`report report--${orientation}${paper ? ` report--${paper}` : ''}`} data-testid="report.document" aria-labelledby="report-title">
      <div className="report-controls no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <label>
          Paper{' '}
          <select value={paper ?? ''} onChange={(event) => navigate({ page: 'report', versions, options, paper: (event.target.value || null) as Paper | null, orientation }, { replace: true })}>
            <option value="">Printer default</option>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        <label>
          Layout{' '}
          <select value={orientation} onChange={(event) => navigate({ page: 'report', versions, options, paper, orientation: event.target.value as Orientation }, { replace: true })}>
            <option value="portrait">Portrait: versions one below another</option>
            <option value="landscape">Landscape: versions in columns</option>
          </select>
        </label>
        <a href={serializeRoute({ page: 'compare', versions, options })}>Back to the comparison</a>
      </div>

      <header className="report-cover">
        <p className="report-cover__kicker">peace-plan-diff · {negotiation.title}</p>
        <h1 id="report-title">{title}</h1>
        <table className="report-table report-versions">
          <caption>Versions compared, in column order</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Date</th>
              <th scope="col">How its text is known</th>
            </tr>
          </thead>
          <tbody>
            {model.versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">
                  {version.title} <span className="report-muted">({version.id})</span>
                </th>
                <td>{formatDate(version.date)}</td>
                <td>
                  {TEXT_KNOWN_LABEL[version.textKnown]}. {version.publication}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="report-facts">
          <dt>Generated</dt>
          <dd data-testid="report.generated">{formatTimestamp(generatedAt)}</dd>
          <dt>Filters</dt>
          <dd>{describeFilters(options, negotiation)}</dd>
          <dt>Clauses</dt>
          <dd>
            {rows.length} of {model.rows.length}
          </dd>
          <dt>Permalink</dt>
          <dd>
            <a href={permalink} className="report-url">
              {permalink}
            </a>
            {linksRelative ? (
              <span className="report-links-note" data-testid="report.links-relative">
                {' '}
                Links in this report are relative to wherever the app is served: add them to its address.
              </span>
            ) : null}
          </dd>
        </dl>
        <p className="report-note">
          Clause texts are our own paraphrases of the published or reported wording, not quotations; short phrases in
          quotation marks are original. Each clause cites numbered sources, listed at the end.
        </p>
      </header>

      <section className="report-legend" aria-labelledby="report-legend-heading">
        <h2 id="report-legend-heading">How to read this report</h2>
        <ul>
          <li>
            <del className="diff-del">Struck-through words</del> were removed; <ins className="diff-ins">underlined words</ins> were added, each against
            the version before it.
          </li>
          <li>A part marked “Wording not known” was not reported; it is not a deletion.</li>
          {CLAUSE_STATUSES.map((status) => (
            <li key={status}>
              <span className={`status status--${status}`}>{STATUS_LABEL[status]}</span> {STATUS_DESCRIPTION[status].toLowerCase()}.
            </li>
          ))}
          <li>How each text is known: published text, several reports, a single report, or unverified.</li>
        </ul>
      </section>

      <section className="report-summary" aria-labelledby="report-summary-heading">
        <h2 id="report-summary-heading">Summary</h2>
        <table className="report-table" data-testid="report.counts">
          <caption>Clauses by status: each version against the one before it, or against its own base where so marked; states such as “unknown” stand alone</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              {CLAUSE_STATUSES.map((status) => (
                <th key={status} scope="col">
                  {STATUS_LABEL[status]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.map((column) => (
              <tr key={`${column.version.id}:${column.against?.id ?? ''}`}>
                <th scope="row">
                  {column.version.shortTitle}
                  {column.against ? ` vs ${column.against.shortTitle}` : ' (states)'}
                </th>
                {CLAUSE_STATUSES.map((status) => (
                  <td key={status}>{column.counts.find(([s]) => s === status)?.[1] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>

        {terms.rows.length > 0 ? (
          <table className="report-table report-terms-table" data-testid="report.terms">
            <caption>Contested terms, with the change against {terms.matrix.base.shortTitle}</caption>
            <thead>
              <tr>
                <th scope="col">Term</th>
                {terms.matrix.versions.map((version) => (
                  <th key={version.id} scope="col">
                    {version.shortTitle}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {terms.rows.map((row) => (
                <tr key={row.term.id}>
                  <th scope="row">{row.term.label}</th>
                  {terms.matrix.versions.map((version) => {
                    const cell = row.cells.get(version.id)!
                    return (
                      <td key={version.id}>
                        {cell.text}
                        {cell.changed ? (
                          <span className="report-change">
                            {' '}
                            — changed{cell.versusBase?.delta ? `: ${cell.versusBase.delta}` : ''}
                          </span>
                        ) : null}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="report-clauses" aria-labelledby="report-clauses-heading">
        <h2 id="report-clauses-heading">Clause by clause</h2>
        {rows.length === 0 ? <p>No clause matches the filters.</p> : null}
        {rows.map((row) => (
          <ReportClause key={row.key} row={row} negotiation={negotiation} numbers={numbers} link={clauseLink(row.key)} columns={orientation === 'landscape'} />
        ))}
      </section>

      <section className="report-references" aria-labelledby="report-references-heading">
        <h2 id="report-references-heading">References</h2>
        <ol data-testid="report.references">
          {[...numbers.entries()].map(([id, number]) => {
            const source = negotiation.sources.get(id)!
            const flagged = source.reliability !== 'standard' && source.reliability !== 'official'
            return (
              <li key={id} value={number}>
                {source.outlet}, {source.dateEstimated ? 'about ' : ''}
                {formatDate(source.date)}. {source.title}.{flagged ? ` [${RELIABILITY_LABEL[source.reliability]}]` : ''}{' '}
                <span className="report-url">{source.url}</span>
              </li>
            )
          })}
        </ol>
      </section>
    </article>
  )
}
