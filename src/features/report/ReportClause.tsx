import { CellTextView, StatusLabel, TermLineView, TextDisputes, WordingDisputes } from '../../components/CellParts.tsx'
import { CellFlags } from '../../components/ChangeFlags.tsx'
import { RivalOptions } from '../../components/RivalOptions.tsx'
import type { CellView } from '../../domain/cellModel.ts'
import type { ChangeFlag } from '../../domain/flagRule.ts'
import { citedNumbers, type ExportClause } from '../../domain/documents/comparisonDocument.ts'
import { CONFIDENCE_LABEL, confidenceLabel } from '../../domain/labels.ts'
import type { Negotiation, SourceId, SourceRef } from '../../domain/model.ts'

type ReferenceNumbers = ReadonlyMap<SourceId, number>

function Citations({ refs, numbers }: { refs: readonly SourceRef[]; numbers: ReferenceNumbers }) {
  return <span className="report-citations">Sources: {citedNumbers(refs, numbers).map((n) => `[${n}]`).join(' ')}</span>
}

/** Sources by publisher, each with its reference number: "Kyiv Independent [8]". */
function NamedCitations({ refs, numbers, negotiation }: { refs: readonly SourceRef[]; numbers: ReferenceNumbers; negotiation: Negotiation }) {
  return refs
    .flatMap((ref) => {
      const source = negotiation.sources.get(ref.source)
      const number = numbers.get(ref.source)
      return source ? [`${source.publisher}${number === undefined ? '' : ` [${number}]`}`] : []
    })
    .join(', ')
}

interface ReportCellProps {
  readonly cell: CellView
  readonly numbers: ReferenceNumbers
  readonly negotiation: Negotiation
  readonly flags: readonly ChangeFlag[] | undefined
}

function ReportCell({ cell, numbers, negotiation, flags }: ReportCellProps) {
  const { clause, version } = cell
  const citations = (refs: readonly SourceRef[]) => <Citations refs={refs} numbers={numbers} />
  const named = (refs: readonly SourceRef[]) => <NamedCitations refs={refs} numbers={numbers} negotiation={negotiation} />
  return (
    <div className={`report-cell report-cell--${clause.status}`}>
      <p className="report-cell__meta">
        <strong>{version.shortTitle}</strong>
        <span>{cell.number.toLowerCase()}</span>
        {cell.status ? <StatusLabel status={cell.status} /> : null}
        <span className="report-cell__confidence">{confidenceLabel(clause.confidence)}</span>
        {cell.evidence ? <Citations refs={cell.evidence.refs} numbers={numbers} /> : null}
      </p>
      {cell.redlineAgainst && cell.text.kind === 'diff' ? <p className="report-muted">Redline against {cell.redlineAgainst}:</p> : null}
      {/* The redline below already shows every word of a folded text: no stub saying so. */}
      {cell.text.kind === 'folded' ? null : <CellTextView text={cell.text} />}
      {cell.text.kind === 'folded' ? null : <TextDisputes disputes={cell.textDisputes} renderSources={named} />}
      <CellFlags flags={flags} />
      {cell.note ? <p className="report-note">Note: {cell.note}</p> : null}
      {cell.terms.length > 0 ? (
        <ul className="report-terms">
          {cell.terms.map(({ term, cell: termCell }) => (
            <li key={term.id}>
              <TermLineView term={term} cell={termCell} renderSources={citations} />
            </li>
          ))}
        </ul>
      ) : null}
      <WordingDisputes disputes={cell.wordingDisputes} renderSources={citations} />
      <RivalOptions
        alternatives={cell.alternatives}
        className="report-options"
        renderDetails={(alternative) => (
          <p className="report-option__details">
            {CONFIDENCE_LABEL[alternative.confidence]} <Citations refs={alternative.sources} numbers={numbers} />
          </p>
        )}
      />
    </div>
  )
}

export interface ReportClauseProps {
  readonly clause: ExportClause
  readonly negotiation: Negotiation
  readonly numbers: ReferenceNumbers
  /** Versions side by side in columns (landscape) rather than one below the other. */
  readonly columns: boolean
}

/** One clause, every version of it expanded: below one another as the inline redline, or in columns as the compare view. */
export function ReportClause({ clause, negotiation, numbers, columns }: ReportClauseProps) {
  const { layout } = clause
  return (
    <section className="report-clause" data-testid="report.clause" data-clause={clause.key}>
      <h3>
        {clause.title}
        <span className="report-clause__numbers"> — {layout.numbers.join(', ')}</span>
      </h3>
      <div className={columns ? `report-clause__cells report-clause__cells--${layout.cells.length}` : 'report-clause__cells'}>
        {layout.cells.map((cell, index) => (
          <ReportCell key={cell.key} cell={cell} numbers={numbers} negotiation={negotiation} flags={clause.cells[index]?.flags} />
        ))}
      </div>
      <p className="report-clause__link">
        Link: <span className="report-url">{clause.link}</span>
      </p>
    </section>
  )
}
