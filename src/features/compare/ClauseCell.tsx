import type { CellView } from '../../domain/cellModel.ts'
import type { Negotiation, SourceRef } from '../../domain/model.ts'
import { CellTextView, WordingDisputes, SourceNames, StatusLabel, TermLineView, TextDisputes } from '../../components/CellParts.tsx'
import { RivalOptions } from '../../components/RivalOptions.tsx'
import { SourcesDisclosure } from '../../components/SourcesDisclosure.tsx'
import { describeTermValue } from '../../domain/terms.ts'
import type { ChangeFlag } from '../../domain/flagRule.ts'
import { CellFlags } from '../../components/ChangeFlags.tsx'

export interface ClauseCellProps {
  readonly cell: CellView
  readonly negotiation: Negotiation
  readonly query: string
  /** Substantive-change flags against the cell's base, once the rules have loaded. */
  readonly flags?: readonly ChangeFlag[]
}

/**
 * One version's cell, rendered from the cell model. Its blocks (text, one line per term, the
 * rest) are direct children so that side by side they line up across columns (CSS subgrid).
 */
export function ClauseCell({ cell, negotiation, query, flags }: ClauseCellProps) {
  const { clause, version } = cell
  const sources = (refs: readonly SourceRef[]) => <SourceNames refs={refs} negotiation={negotiation} />
  return (
    <div className={`cell cell--${clause.status}`} data-testid="compare.cell" data-version={version.id} style={{ gridRow: `span ${cell.terms.length + 2}` }}>
      <div className="cell__main">
        <p className="cell__meta">
          <span className="cell__version">
            {version.shortTitle}
            {cell.redlineAgainst ? <span className="cell__against"> (redline against {cell.redlineAgainst})</span> : null}
          </span>
          <span className="cell__number">{cell.number}</span>
          {cell.status ? <StatusLabel status={cell.status} /> : null}
        </p>
        {cell.title ? <p className="cell__title">{cell.title}</p> : null}
        <CellTextView text={cell.text} query={query} />
        <TextDisputes disputes={cell.textDisputes} renderSources={sources} />
        <CellFlags flags={flags} />
        {cell.note ? <p className="cell__note">{cell.note}</p> : null}
      </div>
      {cell.terms.map(({ term, cell: termCell }) => (
        <TermLineView key={term.id} term={term} cell={termCell} renderSources={sources} />
      ))}
      <div className="cell__rest">
        <WordingDisputes disputes={cell.wordingDisputes} renderSources={sources} />
        <RivalOptions
          alternatives={cell.alternatives}
          query={query}
          renderDetails={(alternative) => (
            <>
              {alternative.terms.length > 0 ? (
                <ul className="option-terms">
                  {alternative.terms.map((value) => {
                    const term = negotiation.terms.find((candidate) => candidate.id === value.term)
                    return term ? <li key={value.term}>{`${term.label}: `}{describeTermValue(term, value)}</li> : null
                  })}
                </ul>
              ) : null}
              <SourcesDisclosure refs={alternative.sources} confidence={alternative.confidence} negotiation={negotiation} />
            </>
          )}
        />
        {cell.evidence ? <SourcesDisclosure refs={cell.evidence.refs} confidence={cell.evidence.confidence} negotiation={negotiation} /> : null}
      </div>
    </div>
  )
}
