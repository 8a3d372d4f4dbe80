import { memo, useMemo, useState } from 'react'
import type { ComparisonRow } from '../../domain/buildComparison.ts'
import type { Negotiation } from '../../domain/model.ts'
import type { ViewMode } from '../../url/route.ts'
import { ClauseCell } from './ClauseCell.tsx'
import { absoluteLink } from '../../state/urlSync.ts'
import { redlineLayout, splitLayout } from '../../domain/cellModel.ts'
import type { MoveIndex } from '../../domain/moveIndex.ts'
import type { ChangeFlag } from '../../domain/flagRule.ts'

export interface ClauseRowProps {
  readonly row: ComparisonRow
  readonly negotiation: Negotiation
  /** The comparison's moved text, for "moved from point 7" in this row's redlines. */
  readonly moves: MoveIndex
  readonly view: ViewMode
  readonly query: string
  readonly current: boolean
  /** The row's own deep link (`#/compare/…?clause=…`); "Copy link" copies its full address. */
  readonly href: string
  readonly historyHref: string
  /** Each column's substantive-change flags, once the rules have loaded. */
  readonly flags?: readonly (readonly ChangeFlag[])[]
}

function CopyLink({ link, title }: { link: string; title: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absoluteLink(link))
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
 * One clause across the compared versions, rendered from its row layout (src/domain/cellModel.ts).
 * Side by side gives each version a column, its term lines aligned across columns; the redline
 * view stacks the columns, each a redline against its base.
 */
export const ClauseRow = memo(function ClauseRow({ row, negotiation, moves, view, query, current, href, historyHref, flags }: ClauseRowProps) {
  const layout = useMemo(() => (view === 'split' ? splitLayout(negotiation, row, moves) : redlineLayout(negotiation, row, moves)), [negotiation, row, moves, view])
  const headingId = `clause-${row.key}-heading`
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
        <p className="clause-row__numbers">{layout.numbers.join(' · ')}</p>
        <p className="clause-row__actions">
          {current ? <span className="clause-row__current">Current clause</span> : null}
          {row.changed ? <span className="clause-row__changed">Changed</span> : null}
          <CopyLink link={href} title={row.lineage.title} />
          <a className="row-action" href={historyHref}>
            History
          </a>
        </p>
      </header>
      <div
        className={view === 'split' ? 'clause-row__cells' : 'clause-row__inline'}
        style={{ ['--columns' as string]: layout.cells.length }}
      >
        {layout.cells.map((cell, index) => (
          <ClauseCell key={cell.key} cell={cell} negotiation={negotiation} query={query} flags={flags?.[index]} />
        ))}
      </div>
    </article>
  )
})
