import { useDeferredValue, useMemo, useState } from 'react'
import { indexCitations, type Citation } from '../../domain/citations.ts'
import { COPY_TYPES, PUBLISHER_TYPES, type Negotiation, type PublisherType } from '../../domain/model.ts'
import { COPY_TYPE_LABEL, PUBLISHER_TYPE_LABEL } from '../../domain/labels.ts'
import { countSources, filterSources, type CopyFilter } from '../../domain/sourceIndex.ts'
import { ConfidenceLegend } from '../../components/ConfidenceLegend.tsx'
import { SourceLink } from '../../components/SourceLink.tsx'
import { routes } from '../../url/serializeRoute.ts'
import { useScopedHref } from '../../state/scopedHref.ts'
import '../../styles/sources.css'
import '../../styles/confidence-legend.css'

function CitationLink({ citation, negotiation }: { citation: Citation; negotiation: Negotiation }) {
  const scoped = useScopedHref()
  if (citation.version === null) return <a href={scoped(routes.versions())}>{citation.title}</a>
  const version = negotiation.versions.find((v) => v.id === citation.version)
  const versionName = version?.shortTitle ?? citation.version
  if (citation.clause === null) {
    return <a href={scoped(routes.versions())}>{versionName}: the version as a whole</a>
  }
  const where = citation.number ? `point ${citation.number}` : 'unnumbered'
  return (
    <a href={scoped(routes.clause(citation.clause))}>
      {versionName}, {where}: {citation.title}
    </a>
  )
}

/** The choices of the "Where read" list, in its order. */
const COPY_FILTERS: readonly CopyFilter[] = ['all', 'own-page', 'any-copy', ...COPY_TYPES]

export function SourcesPage({ negotiation }: { negotiation: Negotiation }) {
  const citations = useMemo(() => indexCitations(negotiation), [negotiation])
  const counts = useMemo(() => countSources(negotiation.sources.values()), [negotiation])
  const [text, setText] = useState('')
  const [publisher, setPublisher] = useState('all')
  const [publisherType, setPublisherType] = useState<PublisherType | 'all'>('all')
  const [copy, setCopy] = useState<CopyFilter>('all')
  const needle = useDeferredValue(text)
  const shown = filterSources(negotiation.sources.values(), { needle, publisher, publisherType, copy })

  return (
    <section aria-labelledby="sources-heading">
      <h1 id="sources-heading">Sources</h1>
      <p className="lede">
        Every source the clause data cites, oldest first, with the clauses that cite it. Each is cited by the outlet that
        published it; where we read it in a copy on another site, the copy is named apart. State media, Russian
        state-linked networks, aggregators, anonymous forums and copies on content farms are flagged; a date marked
        “about” was inferred because the page shows none.
      </p>
      <details className="grading-rule">
        <summary>How a grade follows from the sources</summary>
        <ConfidenceLegend />
      </details>
      <p data-testid="sources.own-url-count">
        {counts.withPublisherUrl} of {counts.total} sources link to the publisher’s own page; the others were read only
        in a copy.
      </p>
      <form className="toolbar" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          Find a source
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="Publisher, topic or address" />
        </label>
        <label>
          Publisher
          <select value={publisher} onChange={(event) => setPublisher(event.target.value)}>
            <option value="all">All publishers</option>
            {counts.publishers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind of publisher
          <select value={publisherType} onChange={(event) => setPublisherType(PUBLISHER_TYPES.find((value) => value === event.target.value) ?? 'all')}>
            <option value="all">All kinds</option>
            {PUBLISHER_TYPES.map((value) => (
              <option key={value} value={value}>
                {PUBLISHER_TYPE_LABEL[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Where read
          <select value={copy} onChange={(event) => setCopy(COPY_FILTERS.find((value) => value === event.target.value) ?? 'all')}>
            <option value="all">Anywhere</option>
            <option value="own-page">Publisher’s own page</option>
            <option value="any-copy">Any copy</option>
            {COPY_TYPES.map((value) => (
              <option key={value} value={value}>
                Copy on a {COPY_TYPE_LABEL[value]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p role="status" className="muted">
        Showing {shown.length} of {counts.total} sources.
      </p>
      <ol className="source-index">
        {shown.map((source) => {
          const cited = citations.get(source.id) ?? []
          return (
            <li key={source.id} className="source-index__item" data-testid="sources.item">
              <h2 className="source-index__outlet">{source.publisher}</h2>
              <p>
                <SourceLink source={source} />
              </p>
              {source.language ? (
                <p className="source-index__meta">
                  <span>Language: {source.language}</span>
                </p>
              ) : null}
              {source.note ? <p className="muted">{source.note}</p> : null}
              <p className="source-index__url">
                {source.url ? <code>{source.url}</code> : null}
                {source.url && source.copy ? <br /> : null}
                {source.copy ? <code>{source.copy.url}</code> : null}
              </p>
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
