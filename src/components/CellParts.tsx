import { use, type ReactNode } from 'react'
import type { StatusView } from '../domain/cellModel.ts'
import { cellTextWords, type CellText, type TextDispute, type WordedText } from '../domain/cellText.ts'
import type { TermCell } from '../domain/termCells.ts'
import type { DisputedClaim, Negotiation, SourceRef, TermDefinition } from '../domain/model.ts'
import { isTermChange } from '../domain/terms.ts'
import { DiffParts, PlainParts } from './ClauseParts.tsx'
import { SourcesLoading } from './sourcesLoading.ts'

// Each worded text's look; its words are the cell model's (cellTextWords), as on paper.
const WORDED_CLASS: Record<Exclude<WordedText['kind'], 'unknown' | 'not-mentioned'>, string> = {
  absent: 'muted',
  deleted: 'cell-deleted',
  unpublished: 'cell-unpublished',
  folded: 'cell-folded muted',
}

/** The text area of a cell, as the cell model decided it: known text, a diff, or why there is none. */
export function CellTextView({ text, query = '' }: { text: CellText; query?: string }): ReactNode {
  switch (text.kind) {
    case 'plain':
      return <PlainParts parts={text.parts} query={query} />
    case 'diff':
      return <DiffParts parts={text.parts} side={text.side} moved={text.moved} query={query} />
    case 'unknown':
    case 'not-mentioned':
      return (
        <div className={text.kind === 'unknown' ? 'cell-unknown' : 'cell-unknown cell-not-mentioned'}>
          <p>
            <strong>{cellTextWords(text)}</strong> {text.note}
          </p>
        </div>
      )
    default:
      return <p className={WORDED_CLASS[text.kind]}>{cellTextWords(text)}</p>
  }
}

/** A status in words, with a shape per status so it reads in greyscale too. */
export function StatusLabel({ status }: { status: StatusView }) {
  return (
    <span className={`status status--${status.status}`} title={status.description} data-testid="clause.status">
      {status.label}
      {status.against ? <span className="status__against"> vs {status.against}</span> : null}
    </span>
  )
}

/** A clause whose wording, or status, the sources disagree about: each rival claim with who reports it. */
export function WordingDisputes({ disputes, renderSources }: { disputes: readonly (readonly DisputedClaim[])[]; renderSources: (refs: readonly SourceRef[]) => ReactNode }) {
  return disputes.map((claims, index) => (
    <div key={index} className="disputed-wording">
      <p>
        <span className="disputed-tag">{claims.some((claim) => claim.status) ? 'Disputed status:' : 'Disputed wording:'}</span> the sources differ.
      </p>
      <DisputedClaims claims={claims} renderSources={renderSources} />
    </div>
  ))
}

/**
 * Beside a text the sources disagree about: which report its wording follows and what the others
 * say, so the redline above does not read as settled.
 */
export function TextDisputes({ disputes, renderSources }: { disputes: readonly TextDispute[]; renderSources: (refs: readonly SourceRef[]) => ReactNode }) {
  return disputes.map((dispute, index) => (
    <div key={index} className="text-dispute" data-testid="cell.text-dispute">
      <p>
        <span className="disputed-tag">Not settled{dispute.term ? ` (${dispute.term.label.toLowerCase()})` : ''}:</span>{' '}
        {dispute.follows ? (
          <>
            this wording follows {dispute.followedSources.length === 1 ? 'one report, by ' : 'the reports by '}
            {renderSources(dispute.followedSources)}: {dispute.follows.claim}. Other reports differ:
          </>
        ) : (
          <>the sources that carry this wording differ, and it follows none of them alone:</>
        )}
      </p>
      <DisputedClaims claims={dispute.others} renderSources={renderSources} />
    </div>
  ))
}

/** Claims that sources disagree about, each with who reports it (sources rendered by the caller). */
export function DisputedClaims({ claims, renderSources }: { claims: readonly DisputedClaim[]; renderSources: (refs: readonly SourceRef[]) => ReactNode }) {
  return (
    <ul className="disputed-claims" aria-label="What the sources report">
      {claims.map((claim) => (
        <li key={claim.claim}>
          {claim.claim} <span className="disputed-claims__by">({claim.sources.length === 1 ? 'one report' : `${claim.sources.length} reports`}: </span>
          {renderSources(claim.sources)}
          <span className="disputed-claims__by">)</span>
        </li>
      ))}
    </ul>
  )
}

/** One term in one cell: label, value, the change against the base, and any dispute. */
export function TermLineView({
  term,
  cell,
  renderSources,
}: {
  term: TermDefinition
  cell: TermCell
  renderSources: (refs: readonly SourceRef[]) => ReactNode
}) {
  return (
    <dl className={`term-line term--${cell.kind}${cell.disputed ? ' term--disputed' : ''}`} data-term={term.id}>
      <dt>{term.label}</dt>
      <dd>
        {cell.disputed ? <span className="disputed-tag">Disputed: </span> : null}
        <span className="term__value">{cell.text}</span>
        {cell.comparison ? (
          <span className={isTermChange(cell.kind) ? 'term__delta' : 'term__same'}> ({cell.comparison})</span>
        ) : null}
        {cell.disputed ? <DisputedClaims claims={cell.disputed} renderSources={renderSources} /> : null}
      </dd>
    </dl>
  )
}

/** Sources named by publisher only, linked to the publisher's page or else the copy read, for places with no room for the full reference. */
export function SourceNames({ refs, negotiation }: { refs: readonly SourceRef[]; negotiation: Negotiation }) {
  if (use(SourcesLoading) && refs.length > 0) return <span className="source-names muted">loading…</span>
  return (
    <span className="source-names">
      {refs.map((ref, index) => {
        const source = negotiation.sources.get(ref.source)
        if (!source) return null
        return (
          <span key={ref.source}>
            {index > 0 ? ', ' : ''}
            <a href={source.url ?? source.copy?.url} target="_blank" rel="noopener noreferrer" title={`${source.title}${ref.note ? ` (${ref.note})` : ''}`}>
              {source.publisher}
            </a>
          </span>
        )
      })}
    </span>
  )
}
