/**
 * The printable comparison report: a document rendered from the same row model as the compare
 * view, but static. Every clause is expanded, sources are numbered references, and print CSS
 * (styles/report.css) handles paper, page numbers and page breaks.
 */
import { useEffect, useMemo } from 'react'
import type { ComparisonRow } from '../../domain/buildComparison.ts'
import type { MoveIndex } from '../../domain/moveIndex.ts'
import { redlineLayout, splitLayout, type CellView } from '../../domain/cellModel.ts'
import { CellTextView, WordingDisputes, StatusLabel, TermLineView, TextDisputes } from '../../components/CellParts.tsx'
import { STATUS_DESCRIPTION, STATUS_LABEL, textKnownLabel, CONFIDENCE_DESCRIPTION, CONFIDENCE_LABEL, formatDate, ownDraftsOnly } from '../../domain/labels.ts'
import { citeSource } from '../../domain/sourceCitation.ts'
import { buildMatrix } from '../../domain/matrix.ts'
import type { Negotiation, SourceId, SourceRef, Version, VersionId } from '../../domain/model.ts'
import { useComparison } from '../../hooks/useComparison.ts'
import { RivalOptions } from '../../components/RivalOptions.tsx'
import { ScrollRegion } from '../../components/ScrollRegion.tsx'
import { CLAUSE_STATUSES, CONFIDENCE_LEVELS } from '../../domain/model.ts'
import { numberReferences } from '../../domain/references.ts'
import { navigate } from '../../state/urlSync.ts'
import { serializeRoute, type CompareOptions, type Orientation, type Paper } from '../../url/route.ts'
import { describeFilters } from '../../domain/documents/comparisonDocument.ts'
import { useScopedHref } from '../../state/scopedHref.ts'
import { rowsWithFlags, useChangeFlags } from '../../hooks/useChangeFlags.ts'
import { CellFlags } from '../../components/ChangeFlags.tsx'
import { KeyChanges } from '../../components/KeyChanges.tsx'
import type { ChangeFlag } from '../../domain/changeFlags.ts'
import { summarizeRows } from '../../domain/filterRows.ts'

export interface ReportPageProps {
  readonly negotiation: Negotiation
  readonly versions: readonly VersionId[]
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

/** Sources by publisher, each with its reference number: "Kyiv Independent [8]". */
function NamedCitations({ refs, numbers, negotiation }: { refs: readonly SourceRef[]; numbers: ReadonlyMap<SourceId, number>; negotiation: Negotiation }) {
  return refs
    .flatMap((ref) => {
      const source = negotiation.sources.get(ref.source)
      const number = numbers.get(ref.source)
      return source ? [`${source.publisher}${number === undefined ? '' : ` [${number}]`}`] : []
    })
    .join(', ')
}

function ReportCell({ cell, numbers, negotiation, flags }: { cell: CellView; numbers: ReadonlyMap<SourceId, number>; negotiation: Negotiation; flags: readonly ChangeFlag[] | undefined }) {
  const { clause, version } = cell
  const citations = (refs: readonly SourceRef[]) => <Citations refs={refs} numbers={numbers} />
  const named = (refs: readonly SourceRef[]) => <NamedCitations refs={refs} numbers={numbers} negotiation={negotiation} />
  return (
    <div className={`report-cell report-cell--${clause.status}`}>
      <p className="report-cell__meta">
        <strong>{version.shortTitle}</strong>
        <span>{cell.number.toLowerCase()}</span>
        {cell.status ? <StatusLabel status={cell.status} /> : null}
        <span className="report-cell__confidence">{clause.confidence ? CONFIDENCE_LABEL[clause.confidence] : 'Content not known'}</span>
        {cell.evidence ? <Citations refs={cell.evidence.refs} numbers={numbers} /> : null}
      </p>
      {cell.redlineAgainst && cell.text.kind === 'diff' ? <p className="report-muted">Redline against {cell.redlineAgainst}:</p> : null}
      {/* The redline below already shows every word of a folded text: no stub saying so. */}
      {cell.text.kind === 'folded' ? null : <CellTextView text={cell.text} />}
      {cell.text.kind === 'folded' ? null : <TextDisputes disputes={cell.textDisputes} renderSources={named} />}
      <CellFlags flags={flags} />
      {cell.note ? <p className="report-note">Note: {cell.note}</p> : null}
      {cell.terms.length > 0 ? (
        <ul className="report-terms">
          {cell.terms.map(({ term, cell: termCell }) => (
            <li key={term.id}>
              <TermLineView term={term} cell={termCell} renderSources={citations} />
            </li>
          ))}
        </ul>
      ) : null}
      <WordingDisputes disputes={cell.wordingDisputes} renderSources={citations} />
      <RivalOptions
        alternatives={cell.alternatives}
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
  readonly moves: MoveIndex
  readonly link: string
  /** Versions side by side in columns (landscape) rather than one below the other. */
  readonly columns: boolean
  readonly flags: readonly (readonly ChangeFlag[])[] | undefined
}

function ReportClause({ row, negotiation, numbers, moves, link, columns, flags }: ReportClauseProps) {
  // Below one another (portrait) as the inline redline; in columns (landscape) side by side, as the compare view.
  const layout = columns ? splitLayout(negotiation, row, moves) : redlineLayout(negotiation, row, moves)
  return (
    <section className="report-clause" data-testid="report.clause" data-clause={row.key}>
      <h3>
        {row.lineage.title}
        <span className="report-clause__numbers"> — {layout.numbers.join(', ')}</span>
      </h3>
      <div className={columns ? `report-clause__cells report-clause__cells--${layout.cells.length}` : 'report-clause__cells'}>
        {layout.cells.map((cell, index) => (
          <ReportCell key={cell.key} cell={cell} numbers={numbers} negotiation={negotiation} flags={flags?.[index]} />
        ))}
      </div>
      <p className="report-clause__link">
        Link: <span className="report-url">{link}</span>
      </p>
    </section>
  )
}

/** Which column each column is compared with, in words: "E3 and 20-point against US 28-point". */
function describeBase(versions: readonly Version[], bases: readonly (Version | null)[]): string {
  const groups = new Map<Version, Version[]>()
  versions.forEach((version, index) => {
    const base = bases[index]
    if (base) groups.set(base, [...(groups.get(base) ?? []), version])
  })
  return [...groups.entries()].map(([base, columns]) => `${columns.map((column) => column.shortTitle).join(', ')} against ${base.shortTitle}`).join('; ')
}

export function ReportPage({ negotiation, versions, options, paper, orientation, permalink, clauseLink, linksRelative, generatedAt }: ReportPageProps) {
  const scoped = useScopedHref()
  const { model, rows: filtered, summary: filteredSummary, moves } = useComparison(negotiation, versions, options)
  const flags = useChangeFlags(model)
  const flagKey = options.flags.join(',')
  const rows = useMemo(() => (flags && flagKey ? rowsWithFlags(flags, filtered, flagKey.split(',') as CompareOptions['flags']) : filtered), [flags, filtered, flagKey])
  const summary = useMemo(() => (rows === filtered ? filteredSummary : summarizeRows(model, rows)), [rows, filtered, filteredSummary, model])
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
        <a href={scoped(serializeRoute({ page: 'compare', versions, options }))}>Back to the comparison</a>
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
                  {textKnownLabel(version)}. {version.publication}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="report-facts">
          <dt>Generated</dt>
          <dd data-testid="report.generated">{formatTimestamp(generatedAt)}</dd>
          <dt>Compared with</dt>
          <dd data-testid="report.base">{describeBase(model.versions, model.bases)}</dd>
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
          {ownDraftsOnly(negotiation.versions)
            ? 'Clause texts are the drafts’ own wording, as pasted or read from their files: own drafts, not published texts. Each clause cites numbered sources, listed at the end.'
            : 'Clause texts are our own paraphrases of the published or reported wording, not quotations; short phrases in quotation marks are original. Each clause cites numbered sources, listed at the end.'}
        </p>
      </header>

      <KeyChanges flags={flags} rows={filtered} chosen={options.flags} clauseHref={clauseLink} openUpTo={Infinity} />

      <section className="report-legend" aria-labelledby="report-legend-heading">
        <h2 id="report-legend-heading">How to read this report</h2>
        <ul>
          <li>
            <del className="diff-del">Struck-through words</del> were removed; <ins className="diff-ins">underlined words</ins> were added, each against
            the column it is compared with (see “Compared with” above).
          </li>
          <li>
            Moved words are <del className="diff-moved-from">double struck</del> where they left and <ins className="diff-moved-to">double underlined</ins> where they
            landed, each saying where: “moved to point 9”, “moved from point 7”.
          </li>
          <li>“Not settled” beside a text: the sources differ on its wording or a value it states; it says which report the wording follows and what the others report.</li>
          <li>A part marked “Wording not known” was not reported; it is not a deletion.</li>
          {CLAUSE_STATUSES.map((status) => (
            <li key={status}>
              <span className={`status status--${status}`}>{STATUS_LABEL[status]}</span> {STATUS_DESCRIPTION[status].toLowerCase()}.
            </li>
          ))}
          {CONFIDENCE_LEVELS.map((level) => (
            <li key={level}>
              {CONFIDENCE_LABEL[level]}: {CONFIDENCE_DESCRIPTION[level].charAt(0).toLowerCase()}
              {CONFIDENCE_DESCRIPTION[level].slice(1)}.
            </li>
          ))}
        </ul>
      </section>

      <section className="report-summary" aria-labelledby="report-summary-heading">
        <h2 id="report-summary-heading">Summary</h2>
        <ScrollRegion label="Clauses by status">
          <table className="report-table" data-testid="report.counts">
            <caption>Clauses by status: each version against the column it is compared with, or against its own base where so marked; states such as “unknown” stand alone</caption>
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
                <tr key={`${column.version.id}:${column.against?.id ?? ''}:${column.derived}`}>
                  <th scope="row">
                    {column.version.shortTitle}
                    {column.against ? `${column.derived ? ' compared by text with ' : ' vs '}${column.against.shortTitle}` : ' (states)'}
                  </th>
                  {CLAUSE_STATUSES.map((status) => (
                    <td key={status}>{column.counts.find(([s]) => s === status)?.[1] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>

        {terms.rows.length > 0 ? (
          <ScrollRegion label="Contested terms">
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
          </ScrollRegion>
        ) : null}
      </section>

      <section className="report-clauses" aria-labelledby="report-clauses-heading">
        <h2 id="report-clauses-heading">Clause by clause</h2>
        {rows.length === 0 ? <p>No clause matches the filters.</p> : null}
        {rows.map((row) => (
          <ReportClause
            key={row.key}
            row={row}
            negotiation={negotiation}
            numbers={numbers}
            moves={moves}
            link={clauseLink(row.key)}
            columns={orientation === 'landscape'}
            flags={flags?.byRow.get(row.key)}
          />
        ))}
      </section>

      <section className="report-references" aria-labelledby="report-references-heading">
        <h2 id="report-references-heading">References</h2>
        <ol data-testid="report.references">
          {[...numbers.entries()].map(([id, number]) => {
            const source = negotiation.sources.get(id)!
            const citation = citeSource(source)
            return (
              <li key={id} value={number}>
                {citation.text}. {source.title}.{' '}
                {citation.publisherUrl ? <span className="report-url">{citation.publisherUrl}</span> : null}
                {citation.copy ? (
                  <>
                    {citation.publisherUrl ? ' ' : ''}
                    Copy: <span className="report-url">{citation.copy.url}</span>
                  </>
                ) : null}
              </li>
            )
          })}
        </ol>
      </section>
    </article>
  )
}
