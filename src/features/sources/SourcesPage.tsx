import { useDeferredValue, useMemo, useState } from 'react'
import { indexCitations, type Citation } from '../../domain/citations.ts'
import type { Negotiation, Source, SourceReliability } from '../../domain/model.ts'
import { RELIABILITY_LABEL, formatDate } from '../../domain/labels.ts'
import { SOURCE_RELIABILITY } from '../../domain/model.ts'
import { serializeRoute } from '../../url/route.ts'

function CitationLink({ citation, negotiation }: { citation: Citation; negotiation: Negotiation }) {
  const version = negotiation.versions.find((v) => v.id === citation.version)
  const versionName = version?.shortTitle ?? citation.version
  if (citation.clause === null) {
    return <a href={serializeRoute({ page: 'versions' })}>{versionName}: the version as a whole</a>
  }
  const where = citation.number ? `point ${citation.number}` : 'unnumbered'
  return (
    <a href={serializeRoute({ page: 'clause', clause: citation.clause })}>
      {versionName}, {where}: {citation.title}
    </a>
  )
}

function matches(source: Source, needle: string): boolean {
  if (needle === '') return true
  const haystack = `${source.outlet} ${source.title} ${source.url ?? ''}`.toLowerCase()
  return haystack.includes(needle)
}

export function SourcesPage({ negotiation }: { negotiation: Negotiation }) {
  const citations = useMemo(() => indexCitations(negotiation), [negotiation])
  const sources = useMemo(
    () => [...negotiation.sources.values()].sort((a, b) => a.date.localeCompare(b.date) || a.outlet.localeCompare(b.outlet)),
    [negotiation],
  )
  const [text, setText] = useState('')
  const [reliability, setReliability] = useState<SourceReliability | 'all'>('all')
  const needle = useDeferredValue(text.trim().toLowerCase())
  const shown = sources.filter((source) => (reliability === 'all' || source.reliability === reliability) && matches(source, needle))

  return (
    <section aria-labelledby="sources-heading">
      <h1 id="sources-heading">Sources</h1>
      <p className="lede">
        Every source the clause data cites, oldest first, with the clauses that cite it. State media, aggregators and
        anonymous forums are flagged; a date marked “about” was inferred because the page shows none.
      </p>
      <form className="toolbar" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          Find a source
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="Outlet, topic or address" />
        </label>
        <label>
          Kind
          <select value={reliability} onChange={(event) => setReliability(event.target.value as SourceReliability | 'all')}>
            <option value="all">All kinds</option>
            {SOURCE_RELIABILITY.map((value) => (
              <option key={value} value={value}>
                {RELIABILITY_LABEL[value]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p role="status" className="muted">
        Showing {shown.length} of {sources.length} sources.
      </p>
      <ol className="source-index">
        {shown.map((source) => {
          const cited = citations.get(source.id) ?? []
          return (
            <li key={source.id} className="source-index__item" data-testid="sources.item">
              <h2 className="source-index__outlet">
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.outlet}
                  </a>
                ) : (
                  source.outlet
                )}
              </h2>
              <p className="source-index__meta">
                <span>
                  {source.dateEstimated ? 'about ' : ''}
                  {formatDate(source.date)}
                </span>
                <span className={`reliability reliability--${source.reliability}`}>{RELIABILITY_LABEL[source.reliability]}</span>
                {source.language ? <span lang="en">Language: {source.language}</span> : null}
              </p>
              <p>{source.title}</p>
              {source.note ? <p className="muted">{source.note}</p> : null}
              {source.url ? (
                <p className="source-index__url">
                  <code>{source.url}</code>
                </p>
              ) : null}
              <h3 className="source-index__cited">Cited by</h3>
              <ul className="source-index__citations">
                {cited.map((citation) => (
                  <li key={`${citation.version}:${citation.clause ?? ''}`}>
                    <CitationLink citation={citation} negotiation={negotiation} />
                    {citation.note ? <span className="muted"> — {citation.note}</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
