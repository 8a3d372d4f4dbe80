import { useRef } from 'react'
import type { Developments, Negotiation, Version } from '../../domain/model.ts'
import { STATUS_LABEL, textKnownLabel, formatDate } from '../../domain/labels.ts'
import { countStatuses } from '../../domain/versionStats.ts'
import { routes } from '../../url/serializeRoute.ts'
import { SourceList } from '../../components/SourceList.tsx'
import { ConfidenceLegend } from '../../components/ConfidenceLegend.tsx'
import { parseChangelog, type ChangelogBlock } from '../../domain/changelog.ts'
import changelogText from '../../../data/CHANGELOG.md?raw'
import { useScopedHref } from '../../state/scopedHref.ts'
import '../../styles/versions.css'
import '../../styles/confidence-legend.css'

const CHANGELOG = parseChangelog(changelogText)
const LATEST_CHANGE = CHANGELOG.find((block) => block.kind === 'heading' && block.level === 2)

function ChangelogEntry({ block }: { block: ChangelogBlock }) {
  switch (block.kind) {
    case 'heading':
      // The page supplies its own title; the file's dated sections become sub-headings.
      return block.level === 1 ? null : <h3>{block.text}</h3>
    case 'paragraph':
      return <p>{block.text}</p>
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )
  }
}

function VersionCard({ version, negotiation }: { version: Version; negotiation: Negotiation }) {
  const scoped = useScopedHref()
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
          <span className={`text-known text-known--${version.textKnown}`}>{textKnownLabel(version)}</span>
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
        {base ? <a href={scoped(routes.compare([base.id, version.id]))}>Compare with {base.shortTitle}</a> : null}
        {version.basedOn === null ? <a href={scoped(routes.compare([version.id, ...negotiation.versions.filter((v) => v.id !== version.id).map((v) => v.id)]))}>Compare with all later versions</a> : null}
      </p>
      <details>
        <summary>Sources for this version ({version.sources.length})</summary>
        <SourceList refs={version.sources} negotiation={negotiation} />
      </details>
    </article>
  )
}

/** "17–18 Feb 2026" for an event over several days, "11 Feb 2026" for one. */
function eventDates(date: string, until: string | undefined): string {
  if (!until || until === date) return formatDate(date)
  const [start, end] = [formatDate(date), formatDate(until)]
  const sameMonth = date.slice(0, 7) === until.slice(0, 7)
  return sameMonth ? `${start.split(' ')[0]}–${end}` : `${start} – ${end}`
}

/** What happened after the latest version, when no newer text is known: dated, each event with its sources. */
function LaterEvents({ developments, negotiation }: { developments: Developments; negotiation: Negotiation }) {
  return (
    <section aria-labelledby="later-heading" className="later-events" data-testid="versions.later">
      <h2 id="later-heading">{developments.title}</h2>
      <p>{developments.summary}</p>
      <ol className="later-events__list">
        {developments.events.map((event) => (
          <li key={`${event.date} ${event.text}`}>
            <p>
              <time dateTime={event.date} className="later-events__date">
                {eventDates(event.date, event.until)}
              </time>{' '}
              {event.text}
            </p>
            <SourceList refs={event.sources} negotiation={negotiation} />
          </li>
        ))}
      </ol>
      <p className="muted">Last checked for a newer text on {formatDate(developments.checked)}.</p>
    </section>
  )
}

export function VersionsPage({ negotiation }: { negotiation: Negotiation }) {
  const changelog = useRef<HTMLDetailsElement>(null)
  // A button, not an in-page link: the hash holds the route, so "#id" anchors cannot be used.
  const openChangelog = () => {
    const details = changelog.current
    if (!details) return
    details.open = true
    details.scrollIntoView({ block: 'start' })
    details.querySelector('summary')?.focus()
  }
  return (
    <section aria-labelledby="versions-heading">
      <h1 id="versions-heading">The versions</h1>
      <p className="lede">{negotiation.summary}</p>
      {LATEST_CHANGE?.kind === 'heading' ? (
        <p>
          Data last changed: {LATEST_CHANGE.text}.{' '}
          <button type="button" className="link-button" onClick={openChangelog}>
            What changed and why
          </button>
        </p>
      ) : null}
      <div className="version-grid">
        {negotiation.versions.map((version) => (
          <VersionCard key={version.id} version={version} negotiation={negotiation} />
        ))}
      </div>
      {negotiation.developments ? <LaterEvents developments={negotiation.developments} negotiation={negotiation} /> : null}
      <section aria-labelledby="grades-heading">
        <h2 id="grades-heading">How each clause is known</h2>
        <p>Every clause carries a grade. The data loader refuses a grade that its sources cannot carry, counting only the sources recorded as carrying what the grade covers:</p>
        <ConfidenceLegend />
      </section>
      <details ref={changelog} className="changelog" data-testid="versions.changelog">
        <summary>
          <h2>Data changelog: what changed in the data, and why</h2>
        </summary>
        {CHANGELOG.map((block, index) => (
          <ChangelogEntry key={index} block={block} />
        ))}
      </details>
    </section>
  )
}
