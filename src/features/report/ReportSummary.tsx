import { ScrollRegion } from '../../components/ScrollRegion.tsx'
import type { ComparisonDocument } from '../../domain/documents/comparisonDocument.ts'
import { STATUS_LABEL } from '../../domain/labels.ts'
import { CLAUSE_STATUSES } from '../../domain/model.ts'

/** Clauses by status for each column, then the contested terms with their changes. */
export function ReportSummary({ doc }: { doc: ComparisonDocument }) {
  return (
    <section className="report-summary" aria-labelledby="report-summary-heading">
      <h2 id="report-summary-heading">Summary</h2>
      <ScrollRegion label="Clauses by status">
        <table className="report-table" data-testid="report.counts">
          <caption>Clauses by status: each version against the column it is compared with, or against its own base where so marked; states such as “unknown” stand alone</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              {CLAUSE_STATUSES.map((status) => (
                <th key={status} scope="col">
                  {STATUS_LABEL[status]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {doc.statusCounts.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.heading}</th>
                {row.counts.map(({ status, count }) => (
                  <td key={status}>{count}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      {doc.terms.length > 0 ? (
        <ScrollRegion label="Contested terms">
          <table className="report-table report-terms-table" data-testid="report.terms">
            <caption>Contested terms, with the change against {doc.termsBase}</caption>
            <thead>
              <tr>
                <th scope="col">Term</th>
                {doc.versions.map((version) => (
                  <th key={version.id} scope="col">
                    {version.shortTitle}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {doc.terms.map((term) => (
                <tr key={term.id}>
                  <th scope="row">{term.label}</th>
                  {term.values.map((value, index) => (
                    <td key={doc.versions[index]?.id ?? index}>
                      {value.text}
                      {value.change ? <span className="report-change"> — {value.change}</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  )
}
