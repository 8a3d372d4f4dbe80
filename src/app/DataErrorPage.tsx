import { formatIssue, type DataIssue } from '../load/loadNegotiation.ts'

/** Shown instead of the app when the bundled data does not validate: every issue, by file and path. */
export function DataErrorPage({ issues }: { issues: readonly DataIssue[] }) {
  return (
    <main id="main" style={{ maxWidth: '70ch' }}>
      <h1>The bundled data did not validate</h1>
      <p>Nothing is shown rather than something wrong. Fix these and reload:</p>
      <ul>
        {issues.map((issue) => (
          <li key={formatIssue(issue)}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
    </main>
  )
}
