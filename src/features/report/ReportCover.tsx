import type { ComparisonDocument } from '../../domain/documents/comparisonDocument.ts'

/** The cover: what is compared, when, with which filters, and how to link back to it. */
export function ReportCover({ doc, title }: { doc: ComparisonDocument; title: string }) {
  return (
    <header className="report-cover">
      <p className="report-cover__kicker">peace-plan-diff · {doc.negotiation}</p>
      <h1 id="report-title">{title}</h1>
      <table className="report-table report-versions">
        <caption>Versions compared, in column order</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Date</th>
            <th scope="col">How its text is known</th>
          </tr>
        </thead>
        <tbody>
          {doc.versions.map((version) => (
            <tr key={version.id}>
              <th scope="row">
                {version.title} <span className="report-muted">({version.id})</span>
              </th>
              <td>{version.date}</td>
              <td>
                {version.textKnown}. {version.publication}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="report-facts">
        <dt>Generated</dt>
        <dd data-testid="report.generated">{doc.generatedAt}</dd>
        <dt>Compared with</dt>
        <dd data-testid="report.base">{doc.comparedWith}</dd>
        <dt>Filters</dt>
        <dd data-testid="report.filters">{doc.filters}</dd>
        <dt>Clauses</dt>
        <dd>
          {doc.shown} of {doc.total}
        </dd>
        <dt>Permalink</dt>
        <dd>
          <a href={doc.permalink} className="report-url">
            {doc.permalink}
          </a>
          {doc.linksRelative ? (
            <span className="report-links-note" data-testid="report.links-relative">
              {' '}
              Links in this report are relative to wherever the app is served: add them to its address.
            </span>
          ) : null}
        </dd>
      </dl>
      <p className="report-note">
        {doc.ownDrafts
          ? 'Clause texts are the drafts’ own wording, as pasted or read from their files: own drafts, not published texts. Each clause cites numbered sources, listed at the end.'
          : 'Clause texts are our own paraphrases of the published or reported wording, not quotations; short phrases in quotation marks are original. Each clause cites numbered sources, listed at the end.'}
      </p>
    </header>
  )
}
