import { memo, useState } from 'react'
import type { ComparisonRow } from '../../domain/buildComparison.ts'
import type { Negotiation } from '../../domain/model.ts'
import type { ViewMode } from '../../url/route.ts'
import { ClauseCell } from './ClauseCell.tsx'

export interface ClauseRowProps {
  readonly row: ComparisonRow
  readonly negotiation: Negotiation
  readonly view: ViewMode
  readonly query: string
  readonly current: boolean
  /** The row's own deep link (`#/compare/…?clause=…`) and its absolute form for copying. */
  readonly href: string
  readonly absoluteHref: string
  readonly historyHref: string
}

function CopyLink({ url, title }: { url: string; title: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <>
      <button type="button" className="row-action" onClick={copy} aria-label={`Copy link to ${title}`}>
        Copy link
      </button>
      <span role="status" className="row-action__status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy: use the clause heading link' : ''}
      </span>
    </>
  )
}

/**
 * One clause across the compared versions. Split view gives each version a column; with two
 * versions the left strikes what the right removed and the right underlines what it added, and
 * with more each column is a redline against the one before. Inline view stacks the redlines.
 */
export const ClauseRow = memo(function ClauseRow({ row, negotiation, view, query, current, href, absoluteHref, historyHref }: ClauseRowProps) {
  const headingId = `clause-${row.key}-heading`
  const twoWay = row.cells.length === 2
  const numbers = row.cells.map((cell) => `${cell.version.shortTitle} ${cell.clause.number ?? '–'}`).join(' · ')
  return (
    <article
      id={`clause-${row.key}`}
      className={`clause-row${current ? ' clause-row--current' : ''}${row.changed ? ' clause-row--changed' : ''}`}
      aria-labelledby={headingId}
      aria-current={current ? 'true' : undefined}
      tabIndex={-1}
      data-testid="compare.row"
      data-clause={row.key}
    >
      <header className="clause-row__header">
        <h2 id={headingId} className="clause-row__title">
          <a href={href}>{row.lineage.title}</a>
        </h2>
        <p className="clause-row__numbers">{numbers}</p>
        <p className="clause-row__actions">
          {current ? <span className="clause-row__current">Current clause</span> : null}
          {row.changed ? <span className="clause-row__changed">Changed</span> : null}
          <CopyLink url={absoluteHref} title={row.lineage.title} />
          <a className="row-action" href={historyHref}>
            History
          </a>
        </p>
      </header>
      {view === 'split' ? (
        <div className="clause-row__cells" style={{ ['--columns' as string]: row.cells.length }}>
          {row.cells.map((cell, index) => (
            <ClauseCell
              lineageTitle={row.lineage.title}
              key={cell.version.id}
              cell={index === 0 && twoWay ? { ...cell, parts: row.cells[1]!.parts } : cell}
              negotiation={negotiation}
              side={index === 0 ? (twoWay ? 'before' : 'plain') : twoWay ? 'after' : 'redline'}
              query={query}
              showStatus={index > 0 || cell.version.basedOn !== null}
            />
          ))}
        </div>
      ) : (
        <div className="clause-row__inline">
          {row.cells.slice(1).map((cell, offset) => {
            const previous = row.cells[offset]!
            // The first version's details (note, options, sources) always show; its wording only
            // where no redline can be drawn against it.
            const redlineShowsIt = cell.parts !== null && previous.clause.parts.length > 0
            return (
              <div key={cell.version.id} className="clause-row__redline">
                {offset === 0 ? (
                  <ClauseCell
                    lineageTitle={row.lineage.title}
                    cell={previous}
                    negotiation={negotiation}
                    side="plain"
                    query={query}
                    showStatus={previous.version.basedOn !== null}
                    textInRedline={redlineShowsIt ? `${cell.version.shortTitle} below` : undefined}
                  />
                ) : null}
                <ClauseCell lineageTitle={row.lineage.title} cell={cell} negotiation={negotiation} side="redline" query={query} showStatus against={previous.version.shortTitle} />
              </div>
            )
          })}
        </div>
      )}
    </article>
  )
})
