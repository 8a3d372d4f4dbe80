import type { ComparisonCell } from '../../domain/buildComparison.ts'
import type { Negotiation, TermValue } from '../../domain/model.ts'
import { describeTermValue } from '../../domain/terms.ts'
import { DiffParts, PlainParts } from '../../components/ClauseParts.tsx'
import { RivalOptions } from '../../components/RivalOptions.tsx'
import { SourcesDisclosure } from '../../components/SourcesDisclosure.tsx'
import { StatusBadge } from '../../components/StatusBadge.tsx'
import type { DiffSide } from '../../components/DiffTokens.tsx'

function TermValues({ cell, negotiation }: { cell: ComparisonCell; negotiation: Negotiation }) {
  if (cell.terms.length > 0) {
    const shown = cell.terms.filter((change) => change.to !== undefined || change.kind === 'removed')
    if (shown.length === 0) return null
    return (
      <dl className="terms">
        {shown.map((change) => (
          <div key={change.definition.id} className={`term term--${change.kind}`}>
            <dt>{change.definition.label}</dt>
            <dd>
              {change.kind === 'same' ? (
                <>
                  {change.summary} <span className="term__same">(unchanged)</span>
                </>
              ) : change.kind === 'unknown' ? (
                change.to && change.to.kind !== 'unknown' ? (
                  <>
                    {change.toText} <span className="term__same">(not known in the previous version)</span>
                  </>
                ) : (
                  <span className="term__unknown">{change.toText}</span>
                )
              ) : (
                <>
                  <span className="term__change-word">Changed: </span>
                  {change.summary}
                  {change.delta ? <strong className="term__delta"> {change.delta}</strong> : null}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    )
  }
  if (cell.clause.terms.length === 0) return null
  return <TermList values={cell.clause.terms} negotiation={negotiation} />
}

function TermList({ values, negotiation }: { values: readonly TermValue[]; negotiation: Negotiation }) {
  return (
    <dl className="terms">
      {values.map((value) => {
        const definition = negotiation.terms.find((term) => term.id === value.term)
        if (!definition) return null
        return (
          <div key={value.term} className="term">
            <dt>{definition.label}</dt>
            <dd>{describeTermValue(definition, value)}</dd>
          </div>
        )
      })}
    </dl>
  )
}

/** Whether a diff drawn for this side shows anything at all. */
function drawsSomething(parts: NonNullable<ComparisonCell['parts']>, side: DiffSide): boolean {
  return parts.some((part) => (side === 'before' ? part.kind !== 'added' : side === 'after' ? part.kind !== 'removed' : true))
}

/** The text area of a cell: what is known, how it differs, or why nothing is shown. */
function CellText({ cell, side, query }: { cell: ComparisonCell; side: DiffSide | 'plain'; query: string }) {
  const { clause } = cell
  if (clause.status === 'unknown') {
    return (
      <div className="cell-unknown">
        <p>
          <strong>Not known.</strong> {clause.note}
        </p>
      </div>
    )
  }
  if (clause.status === 'absent') return <p className="muted">Not part of this version.</p>
  if (cell.parts && side !== 'plain' && drawsSomething(cell.parts, side)) {
    return <DiffParts parts={cell.parts} side={side} query={query} />
  }
  if (clause.status === 'deleted') return <p className="cell-deleted">Struck from this version.</p>
  if (clause.parts.length === 0) return <p className="cell-unpublished">Wording not published.</p>
  return <PlainParts parts={clause.parts} query={query} />
}

export interface ClauseCellProps {
  readonly cell: ComparisonCell
  readonly negotiation: Negotiation
  /** How to draw the text: as a diff side against the previous column, or plain. */
  readonly side: DiffSide | 'plain'
  readonly query: string
  /** Whether to show this cell's status (the first column of a comparison has nothing to be stated against). */
  readonly showStatus: boolean
  /** In the inline view, the version this redline is drawn against. */
  readonly against?: string
  /** The row's title; the cell repeats its own heading only where the version words it differently. */
  readonly lineageTitle: string
  /** Leave the text out, because a redline beside it already shows every word of it. */
  readonly textInRedline?: string
}

export function ClauseCell({ cell, negotiation, side, query, showStatus, against, lineageTitle, textInRedline }: ClauseCellProps) {
  const { clause, version } = cell
  return (
    <div className={`cell cell--${cell.status}`} data-testid="compare.cell" data-version={version.id}>
      <p className="cell__meta">
        <span className="cell__version">
          {version.shortTitle}
          {against ? <span className="cell__against"> (redline against {against})</span> : null}
        </span>
        <span className="cell__number">{clause.number ? `Point ${clause.number}` : 'No number known'}</span>
        {showStatus ? <StatusBadge status={cell.status} against={cell.statusAgainst?.shortTitle} /> : null}
      </p>
      {clause.title !== lineageTitle ? <p className="cell__title">{clause.title}</p> : null}
      {textInRedline ? (
        <p className="cell-folded muted">Its wording appears in the redline against it ({textInRedline}).</p>
      ) : (
        <CellText cell={cell} side={side} query={query} />
      )}
      {/* A clause the loader filled in has no note or sources of its own beyond "not in this version". */}
      {clause.status !== 'unknown' && clause.note && !clause.implicit ? <p className="cell__note">{clause.note}</p> : null}
      <TermValues cell={cell} negotiation={negotiation} />
      <RivalOptions
        alternatives={clause.alternatives}
        query={query}
        renderDetails={(alternative) => (
          <>
            <TermList values={alternative.terms} negotiation={negotiation} />
            <SourcesDisclosure refs={alternative.sources} confidence={alternative.confidence} negotiation={negotiation} />
          </>
        )}
      />
      {clause.implicit && clause.status === 'absent' ? null : (
        <SourcesDisclosure refs={clause.sources} confidence={clause.confidence} negotiation={negotiation} />
      )}
    </div>
  )
}
