import type { ExportReference } from '../../domain/documents/comparisonDocument.ts'

/** The numbered sources every citation in the report points to. */
export function ReportReferences({ references }: { references: readonly ExportReference[] }) {
  return (
    <section className="report-references" aria-labelledby="report-references-heading">
      <h2 id="report-references-heading">References</h2>
      <ol data-testid="report.references">
        {references.map(({ id, number, citation, title }) => (
          <li key={id} value={number}>
            {citation.text}. {title}. {citation.publisherUrl ? <span className="report-url">{citation.publisherUrl}</span> : null}
            {citation.copy ? (
              <>
                {citation.publisherUrl ? ' ' : ''}
                Copy: <span className="report-url">{citation.copy.url}</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
