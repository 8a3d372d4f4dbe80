import { serializeRoute } from '../url/route.ts'
import type { Scope } from '../url/scope.ts'
import type { ScopeState } from '../state/store.ts'

/**
 * Shown for a link to a workspace this browser does not hold. The comparison lives only where
 * it was made; nothing else is opened in its place, so nobody mistakes another text for it.
 */
export function WorkspaceUnavailablePage({ scope, state, reason }: { scope: Scope; state: ScopeState; reason: string | null }) {
  if (state === 'loading') {
    return (
      <p role="status" className="muted">
        Opening your workspace from this browser’s storage…
      </p>
    )
  }
  if (scope.kind === 'bundled') {
    return (
      <>
        <h1>There is no such negotiation</h1>
        <p>
          This link names “{scope.id}”, which this copy of the app does not include. <a href="#/" data-scope="default">Open the default comparison</a>.
        </p>
      </>
    )
  }
  return (
    <>
      <h1>This comparison is not in this browser</h1>
      {reason === 'damaged' ? (
        <p>The workspace “{scope.id}” is stored here but could not be read. Import it again from an exported file.</p>
      ) : reason === 'storage' ? (
        <p>This browser’s storage could not be read (it may be switched off, or in a private window). Nothing was opened.</p>
      ) : (
        <p>
          The link points to the workspace “{scope.id}”. Workspaces are private: they live only in the browser where they were
          made, and the app never sends them anywhere. That is why this link opens nothing here.
        </p>
      )}
      <h2>How to see it</h2>
      <ol>
        <li>Whoever made the comparison opens it and chooses “Export” under Your drafts. That saves one file.</li>
        <li>They send you the file through your usual channels (email, a shared drive).</li>
        <li>
          You open <a href={serializeRoute({ page: 'workspaces' })} data-scope="default">Your drafts</a> here and choose “Import a workspace file”.
          This link then opens the same comparison.
        </li>
      </ol>
    </>
  )
}
