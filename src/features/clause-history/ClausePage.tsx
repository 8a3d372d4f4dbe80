import { useMemo } from 'react'
import type { CellView } from '../../domain/cellModel.ts'
import { historyCells } from '../../domain/historyCells.ts'
import { clauseHistory } from '../../domain/clauseHistory.ts'
import { ORIGINAL_DRAFT, formatDate } from '../../domain/labels.ts'
import { statusWords } from '../../domain/statusWords.ts'
import type { ClauseId, Negotiation, SourceRef } from '../../domain/model.ts'
import { CellTextView, DisputedClaims, SourceNames, StatusLabel, TermLineView } from '../../components/CellParts.tsx'
import { routes } from '../../url/serializeRoute.ts'
import { ConfidenceBadge } from '../../components/ConfidenceBadge.tsx'
import { RivalOptions } from '../../components/RivalOptions.tsx'
import { SourceList } from '../../components/SourceList.tsx'
import { useScopedHref } from '../../state/scopedHref.ts'
import '../../styles/clause-history.css'

function Entry({ cell, negotiation }: { cell: CellView; negotiation: Negotiation }) {
  const { version, clause } = cell
  const headingId = `history-${version.id}`
  const sources = (refs: readonly SourceRef[]) => <SourceNames refs={refs} negotiation={negotiation} />
  return (
    <li className="history-entry" data-testid="history.entry" data-version={version.id}>
      <article aria-labelledby={headingId}>
        <header className="history-entry__header">
          <h2 id={headingId}>
            {version.title}
            <span className="history-entry__date"> · {formatDate(version.date)}</span>
          </h2>
          <p className="history-entry__meta">
            <span>{cell.number}</span>
            {cell.status ? <StatusLabel status={cell.status} /> : <span className="muted">{ORIGINAL_DRAFT}</span>}
            <ConfidenceBadge confidence={clause.confidence} />
          </p>
        </header>
        {cell.title ? <p className="cell__title">{cell.title}</p> : null}
        {cell.textLead ? <p className="history-entry__against">{cell.textLead}</p> : null}
        <CellTextView text={cell.text} />
        {cell.note ? <p className="cell__note">{cell.note}</p> : null}
        {cell.terms.map(({ term, cell: termCell }) => (
          <TermLineView key={term.id} term={term} cell={termCell} renderSources={sources} />
        ))}
        {cell.wordingDisputes.map((claims, index) => (
          <DisputedClaims key={index} claims={claims} renderSources={sources} />
        ))}
        <RivalOptions
          alternatives={cell.alternatives}
          renderDetails={(alternative) => (
            <>
              <ConfidenceBadge confidence={alternative.confidence} />
              <SourceList refs={alternative.sources} negotiation={negotiation} />
            </>
          )}
        />
        {cell.evidence ? (
          <>
            <h3 className="history-entry__sources">Sources</h3>
            <SourceList refs={cell.evidence.refs} negotiation={negotiation} />
          </>
        ) : null}
      </article>
    </li>
  )
}

export function ClausePage({ negotiation, clause }: { negotiation: Negotiation; clause: ClauseId }) {
  const scoped = useScopedHref()
  const index = negotiation.lineages.findIndex((lineage) => lineage.id === clause)
  const lineage = negotiation.lineages[index]
  const cells = useMemo(() => (lineage ? historyCells(negotiation, lineage, clauseHistory(negotiation, lineage.id)) : []), [negotiation, lineage])
  // The route names only clauses the negotiation has (resolveRoute.ts).
  if (!lineage) return null
  const previous = negotiation.lineages[index - 1]
  const next = negotiation.lineages[index + 1]
  const topics = negotiation.topics.filter((topic) => lineage.topics.includes(topic.id))
  return (
    <section aria-labelledby="clause-heading" className="clause-page">
      <p className="breadcrumb">
        <a href={scoped(routes.clause())}>All clauses</a>
      </p>
      <h1 id="clause-heading">{lineage.title}</h1>
      <p className="muted">
        Clause id <code>{lineage.id}</code> · Topics: {topics.map((topic) => topic.label).join(', ')}
      </p>
      <p className="clause-page__actions">
        <a className="button-link" href={scoped(routes.compare(negotiation.versions.map((version) => version.id), { clause: lineage.id }))}>
          Compare all versions side by side
        </a>
        {previous ? <a href={scoped(routes.clause(previous.id))}>← {previous.title}</a> : null}
        {next ? <a href={scoped(routes.clause(next.id))}>{next.title} →</a> : null}
      </p>
      <p className="lede">
        The clause in every version, oldest first. Texts are our paraphrases; each version is marked against the
        version it revises, or that version's own base where its wording is not known (struck: removed,
        underlined: added). Rival drafts are never compared with each other here.
      </p>
      <ol className="history">
        {cells.map((cell) => (
          <Entry key={cell.key} cell={cell} negotiation={negotiation} />
        ))}
      </ol>
    </section>
  )
}

export function ClauseIndexPage({ negotiation }: { negotiation: Negotiation }) {
  const scoped = useScopedHref()
  return (
    <section aria-labelledby="clauses-heading">
      <h1 id="clauses-heading">Clauses</h1>
      <p className="lede">Every clause slot across the versions, with each version's own numbering and status. Open one to follow it through every version.</p>
      <div className="clause-index-scroll" tabIndex={0} role="region" aria-label="Clauses by version (scrolls sideways)">
      <table className="clause-index">
        <caption className="sr-only">Clauses by version</caption>
        <thead>
          <tr>
            <th scope="col">Clause</th>
            {negotiation.versions.map((version) => (
              <th key={version.id} scope="col">
                {version.shortTitle}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {negotiation.lineages.map((lineage) => (
            <tr key={lineage.id} data-testid="clauses.row">
              <th scope="row">
                <a href={scoped(routes.clause(lineage.id))}>{lineage.title}</a>
              </th>
              {negotiation.versions.map((version) => {
                const clause = version.clauses.get(lineage.id)
                return (
                  <td key={version.id}>
                    <span className="clause-index__number">{clause?.number ?? '–'}</span>{' '}
                    {clause ? (
                      <span className={`status status--${clause.status}`}>
                        {statusWords(clause, version, negotiation.versions).label}
                      </span>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  )
}
