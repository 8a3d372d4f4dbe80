import { useState } from 'react'
import type { Negotiation } from '../domain/model.ts'
import { fileSizeProblem } from '../drafts/importLimits.ts'
import { importedMessage, importWorkspaceFile } from '../storage/workspaceStore.ts'
import { WorkspaceMessageLines, type WorkspaceMessage } from '../features/workspaces/WorkspaceMessage.tsx'
import { routes } from '../url/serializeRoute.ts'
import type { Scope } from '../url/scope.ts'
import type { ScopeState } from '../state/store.ts'
import '../styles/share.css'

/** Takes a workspace just imported, as loaded when its file was checked. */
type OnImported = (id: string, negotiation: Negotiation) => void

/**
 * Imports the workspace file right where the link failed. Every import goes to `onImported`;
 * when the file holds the workspace the link names, the link then shows the view it was shared for.
 */
function ImportHere({ linked, onImported }: { linked: string; onImported: OnImported }) {
  const [message, setMessage] = useState<WorkspaceMessage | null>(null)
  const importFile = async (file: File | undefined) => {
    if (!file) return
    const tooBig = fileSizeProblem(file.name, file.size)
    if (tooBig) return setMessage({ kind: 'alert', lines: [`${tooBig} Nothing was imported.`] })
    const result = await importWorkspaceFile(file.name, await file.text(), 'browser')
    if (!result.ok) {
      const lead = result.reason === 'file' ? [`Nothing was imported. ${file.name} has these problems:`] : []
      return setMessage({ kind: 'alert', lines: [...lead, ...result.messages] })
    }
    onImported(result.workspace.id, result.negotiation)
    if (result.workspace.id === linked) return
    const other =
      result.fileId === linked
        ? []
        : [`That file holds the workspace “${result.fileId}”, not “${linked}”, which this link names: ask for the file that goes with the link.`]
    setMessage({ kind: 'status', lines: [importedMessage(result), ...other], open: { id: result.workspace.id, name: result.workspace.name } })
  }
  return (
    <>
      <label className="workspace-import">
        <span>Import the workspace file</span>
        <input type="file" accept=".json,application/json" onChange={(event) => void importFile(event.target.files?.[0])} />
      </label>
      <div role="status" data-testid="workspace-link.message">
        {message?.kind === 'status' ? <WorkspaceMessageLines message={message} /> : null}
      </div>
      <div role="alert">
        {message?.kind === 'alert'
          ? message.lines.map((line) => (
              <p key={line}>
                {line}
              </p>
            ))
          : null}
      </div>
    </>
  )
}

/**
 * Shown for a link to a workspace this browser does not hold. The comparison lives only where
 * it was made; nothing else is opened in its place, so nobody mistakes another text for it.
 */
export function WorkspaceUnavailablePage({ scope, state, reason, onImported }: { scope: Scope; state: ScopeState; reason: string | null; onImported: OnImported }) {
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
      <h2>How to open it</h2>
      <ol>
        <li>
          Ask whoever sent the link for the workspace file that goes with it. They make it with “Share this workspace” on the comparison (or
          “Export” under Your drafts); it is named <code>{scope.id}.json</code>.
        </li>
        <li>Save the file on this computer.</li>
        <li>
          Choose it here, with “Import the workspace file”. This link then opens the same comparison, at the same clause. The drafts are kept
          in this browser only; nothing is uploaded.
        </li>
      </ol>
      <ImportHere linked={scope.id} onImported={onImported} />
      <p>
        You can also import the file later under <a href={routes.workspaces()} data-scope="default">Your drafts</a>, then open
        this link again.
      </p>
    </>
  )
}
