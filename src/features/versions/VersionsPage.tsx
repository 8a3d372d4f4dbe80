import type { Negotiation, Version } from '../../domain/model.ts'
import { STATUS_LABEL, TEXT_KNOWN_LABEL, formatDate } from '../../domain/labels.ts'
import { countStatuses } from '../../domain/versionStats.ts'
import { DEFAULT_COMPARE_OPTIONS, serializeRoute } from '../../url/route.ts'
import { SourceList } from '../../components/SourceList.tsx'
import { ConfidenceLegend } from '../../components/ConfidenceLegend.tsx'

function compareHref(versions: readonly string[]): string {
  return serializeRoute({ page: 'compare', versions, options: DEFAULT_COMPARE_OPTIONS })
}

function VersionCard({ version, negotiation }: { version: Version; negotiation: Negotiation }) {
  const base = negotiation.versions.find((v) => v.id === version.basedOn)
  const headingId = `version-${version.id}`
  return (
    <article className="version-card" aria-labelledby={headingId} data-testid="versions.card">
      <header className="version-card__header">
        <h2 id={headingId}>{version.title}</h2>
        <p className="version-card__id">
          id <code>{version.id}</code>
        </p>
      </header>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {formatDate(version.date)}
          {version.dateNote ? <span className="muted"> — {version.dateNote}</span> : null}
        </dd>
        <dt>Parties</dt>
        <dd>{version.parties.join(', ')}</dd>
        <dt>Drafted by</dt>
        <dd>{version.drafters}</dd>
        <dt>How the text is known</dt>
        <dd>
          <span className={`text-known text-known--${version.textKnown}`}>{TEXT_KNOWN_LABEL[version.textKnown]}</span>
          <p>{version.publication}</p>
        </dd>
        <dt>Points</dt>
        <dd>{version.pointCount}</dd>
        <dt>Based on</dt>
        <dd>{base ? base.title : 'Nothing: this is the first draft'}</dd>
        <dt>Clauses</dt>
        <dd>
          <ul className="inline-list">
            {countStatuses(version).map(([status, count]) => (
              <li key={status}>
                {count} {status === 'added' && version.basedOn === null ? 'in the original draft' : STATUS_LABEL[status].toLowerCase()}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p>{version.summary}</p>
      <p className="version-card__actions">
        {base ? <a href={compareHref([base.id, version.id])}>Compare with {base.shortTitle}</a> : null}
        {version.basedOn === null ? <a href={compareHref([version.id, ...negotiation.versions.filter((v) => v.id !== version.id).map((v) => v.id)])}>Compare with all later versions</a> : null}
      </p>
      <details>
        <summary>Sources for this version ({version.sources.length})</summary>
        <SourceList refs={version.sources} negotiation={negotiation} />
      </details>
    </article>
  )
}

export function VersionsPage({ negotiation }: { negotiation: Negotiation }) {
  return (
    <section aria-labelledby="versions-heading">
      <h1 id="versions-heading">The versions</h1>
      <p className="lede">{negotiation.summary}</p>
      <div className="version-grid">
        {negotiation.versions.map((version) => (
          <VersionCard key={version.id} version={version} negotiation={negotiation} />
        ))}
      </div>
      <section aria-labelledby="grades-heading">
        <h2 id="grades-heading">How each clause is known</h2>
        <p>Every clause carries a grade. The data loader refuses a grade that its sources cannot carry:</p>
        <ConfidenceLegend />
      </section>
    </section>
  )
}
