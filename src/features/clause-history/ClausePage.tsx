import { useMemo } from 'react'
import { clauseHistory, type HistoryEntry } from '../../domain/clauseHistory.ts'
import { formatDate, statusWords } from '../../domain/labels.ts'
import type { ClauseId, Negotiation } from '../../domain/model.ts'
import { describeTermValue } from '../../domain/terms.ts'
import { DEFAULT_COMPARE_OPTIONS, serializeRoute } from '../../url/route.ts'
import { ConfidenceBadge } from '../../components/ConfidenceBadge.tsx'
import { DiffParts, PlainParts } from '../../components/ClauseParts.tsx'
import { RivalOptions } from '../../components/RivalOptions.tsx'
import { SourceList } from '../../components/SourceList.tsx'
import { StatusBadge } from '../../components/StatusBadge.tsx'

function compareHref(negotiation: Negotiation, clause: string): string {
  return serializeRoute({
    page: 'compare',
    versions: negotiation.versions.map((version) => version.id),
    options: { ...DEFAULT_COMPARE_OPTIONS, clause },
  })
}

function Entry({ entry, negotiation }: { entry: HistoryEntry; negotiation: Negotiation }) {
  const { version, clause, against } = entry
  const headingId = `history-${version.id}`
  const changedTerms = entry.terms.filter((term) => term.kind !== 'same')
  return (
    <li className="history-entry" data-testid="history.entry" data-version={version.id}>
      <article aria-labelledby={headingId}>
        <header className="history-entry__header">
          <h2 id={headingId}>
            {version.title}
            <span className="history-entry__date"> · {formatDate(version.date)}</span>
          </h2>
          <p className="history-entry__meta">
            <span>{clause.number ? `Point ${clause.number}` : 'No number known'}</span>
            <StatusBadge status={clause.status} words={statusWords(clause, version, negotiation.versions)} />
            <ConfidenceBadge confidence={clause.confidence} />
          </p>
        </header>
        {clause.title !== negotiation.lineages.find((l) => l.id === clause.clause)?.title ? <p className="cell__title">{clause.title}</p> : null}
        {clause.status === 'unknown' ? (
          <div className="cell-unknown">
            <p>
              <strong>Not known.</strong> {clause.note}
            </p>
          </div>
        ) : clause.status === 'absent' ? (
          <p className="muted">Not part of this version.</p>
        ) : entry.parts ? (
          <>
            <p className="history-entry__against">
              {entry.parts.every((part) => part.kind === 'same')
                ? `Same wording as ${against?.shortTitle}, the version it revises:`
                : `Changes against ${against?.shortTitle}, the version it revises:`}
            </p>
            <DiffParts parts={entry.parts} side="redline" />
          </>
        ) : clause.parts.length > 0 ? (
          <PlainParts parts={clause.parts} />
        ) : (
          <p className="cell-unpublished">{clause.status === 'deleted' ? 'Struck from this version.' : 'Wording not published.'}</p>
        )}
        {clause.status !== 'unknown' && clause.note ? <p className="cell__note">{clause.note}</p> : null}
        {clause.terms.length > 0 ? (
          <dl className="terms">
            {clause.terms.map((value) => {
              const definition = negotiation.terms.find((term) => term.id === value.term)!
              const change = changedTerms.find((term) => term.definition.id === value.term)
              return (
                <div key={value.term} className="term">
                  <dt>{definition.label}</dt>
                  <dd>
                    {describeTermValue(definition, value)}
                    {change && change.kind === 'changed' ? (
                      <span className="term__delta-line">
                        {' '}
                        <span className="term__change-word">Changed</span> from {change.fromText}
                        {change.delta ? <strong> ({change.delta})</strong> : null}
                      </span>
                    ) : null}
                  </dd>
                </div>
              )
            })}
          </dl>
        ) : null}
        <RivalOptions
          alternatives={clause.alternatives}
          renderDetails={(alternative) => (
            <>
              <ConfidenceBadge confidence={alternative.confidence} />
              <SourceList refs={alternative.sources} negotiation={negotiation} />
            </>
          )}
        />
        <h3 className="history-entry__sources">Sources</h3>
        <SourceList refs={clause.sources} negotiation={negotiation} />
      </article>
    </li>
  )
}

export function ClausePage({ negotiation, clause }: { negotiation: Negotiation; clause: string }) {
  const index = negotiation.lineages.findIndex((lineage) => lineage.id === clause)
  const lineage = negotiation.lineages[index]!
  const history = useMemo(() => clauseHistory(negotiation, lineage.id as ClauseId), [negotiation, lineage.id])
  const previous = negotiation.lineages[index - 1]
  const next = negotiation.lineages[index + 1]
  const topics = negotiation.topics.filter((topic) => lineage.topics.includes(topic.id))
  return (
    <section aria-labelledby="clause-heading" className="clause-page">
      <p className="breadcrumb">
        <a href={serializeRoute({ page: 'clause', clause: null })}>All clauses</a>
      </p>
      <h1 id="clause-heading">{lineage.title}</h1>
      <p className="muted">
        Clause id <code>{lineage.id}</code> · Topics: {topics.map((topic) => topic.label).join(', ')}
      </p>
      <p className="clause-page__actions">
        <a className="button-link" href={compareHref(negotiation, lineage.id)}>
          Compare all versions side by side
        </a>
        {previous ? <a href={serializeRoute({ page: 'clause', clause: previous.id })}>← {previous.title}</a> : null}
        {next ? <a href={serializeRoute({ page: 'clause', clause: next.id })}>{next.title} →</a> : null}
      </p>
      <p className="lede">
        The clause in every version, oldest first. Texts are our paraphrases; each version is marked against the
        version it revises, or that version's own base where its wording is not known (struck: removed,
        underlined: added). Rival drafts are never compared with each other here.
      </p>
      <ol className="history">
        {history.map((entry) => (
          <Entry key={entry.version.id} entry={entry} negotiation={negotiation} />
        ))}
      </ol>
    </section>
  )
}

export function ClauseIndexPage({ negotiation }: { negotiation: Negotiation }) {
  return (
    <section aria-labelledby="clauses-heading">
      <h1 id="clauses-heading">Clauses</h1>
      <p className="lede">Every clause slot across the versions, with each version's own numbering and status. Open one to follow it through every version.</p>
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
                <a href={serializeRoute({ page: 'clause', clause: lineage.id })}>{lineage.title}</a>
              </th>
              {negotiation.versions.map((version) => {
                const clause = version.clauses.get(lineage.id)!
                return (
                  <td key={version.id}>
                    <span className="clause-index__number">{clause.number ?? '–'}</span>{' '}
                    <span className={`status status--${clause.status}`}>
                      {statusWords(clause, version, negotiation.versions).label}
                    </span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
