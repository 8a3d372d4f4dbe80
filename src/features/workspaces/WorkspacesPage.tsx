import { useCallback, useEffect, useRef, useState } from 'react'
import { DRAFT_LIMITS } from '../../drafts/draftLimits.ts'
import type { Negotiation } from '../../domain/model.ts'
import { downloadFile } from '../../components/downloadFile.ts'
import { openScope, publishedScopedLink } from '../../state/urlSync.ts'
import { listWorkspaces, type Keeping, type WorkspaceSummary } from '../../storage/workspaceEntries.ts'
import { deleteAllWorkspaces, deleteWorkspace, exportedWorkspace, importedMessage, importWorkspaceFile } from '../../storage/workspaceStore.ts'
import { scopedHash } from '../../url/scope.ts'
import { IMPORT_LIMITS, fileSizeProblem } from '../../drafts/importLimits.ts'
import { AddRevision } from './AddRevision.tsx'
import { NewWorkspace } from './NewWorkspace.tsx'
import { ShareWorkspace } from './ShareWorkspace.tsx'
import { workspaceFileName } from './shareMessage.ts'
import { WorkspaceMessageLines, type WorkspaceMessage } from './WorkspaceMessage.tsx'
import '../../styles/workspaces.css'
import '../../styles/share.css'

const formatSaved = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The user's own workspaces: make one, open, export, import and delete them. `onStored` takes a
 * workspace just saved or imported, as loaded when it was checked, so it opens without reading
 * storage again; `onDeleted` is told of one deleted (null: every one).
 */
export function WorkspacesPage({ onStored, onDeleted }: { onStored: (id: string, negotiation: Negotiation) => void; onDeleted: (id: string | null) => void }) {
  const [workspaces, setWorkspaces] = useState<readonly WorkspaceSummary[] | null>(null)
  // `open`: the workspace an import brought (or found already here), to open from the message.
  const [message, setMessage] = useState<WorkspaceMessage | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [importKeeping, setImportKeeping] = useState<Keeping>('browser')
  const [revising, setRevising] = useState<WorkspaceSummary | null>(null)
  const revisingHeading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (revising) revisingHeading.current?.focus()
  }, [revising])

  const refresh = useCallback(() => {
    listWorkspaces()
      .then(setWorkspaces)
      .catch(() => {
        setWorkspaces([])
        setMessage({ kind: 'alert', lines: ['This browser’s storage could not be read (it may be switched off, or in a private window).'] })
      })
  }, [])
  useEffect(refresh, [refresh])

  const alert = (error: unknown) => setMessage({ kind: 'alert', lines: [error instanceof Error ? error.message : String(error)] })

  const exportWorkspace = async (summary: WorkspaceSummary) => {
    try {
      const exported = await exportedWorkspace(summary.id)
      if (!exported) {
        // Another tab or window deleted it after this list was drawn.
        setMessage({ kind: 'alert', lines: [`“${summary.name}” could not be exported: it is no longer in this browser (it was deleted in another tab or window). The list now shows what is kept.`] })
        onDeleted(summary.id)
        return refresh()
      }
      const fileName = workspaceFileName(summary.id)
      downloadFile(fileName, 'application/json', exported.text)
      setMessage({ kind: 'status', lines: [`Exported “${exported.stored.name}” as ${fileName}. Send that file to a colleague; they choose “Import a workspace file”.`] })
    } catch (error) {
      alert(new Error(`“${summary.name}” could not be exported: this browser’s storage could not be read (${error instanceof Error ? error.message : String(error)}).`))
    }
  }

  const remove = async (id: string | null) => {
    setConfirming(null)
    try {
      if (id === null) await deleteAllWorkspaces()
      else await deleteWorkspace(id)
      setMessage({ kind: 'status', lines: [id === null ? 'Every workspace was deleted from this browser.' : 'The workspace was deleted from this browser.'] })
    } catch (error) {
      alert(error)
    }
    onDeleted(id)
    refresh()
  }

  const openSaved = (id: string, negotiation: Negotiation) => {
    onStored(id, negotiation)
    openScope({ kind: 'workspace', id })
  }

  const importFile = async (file: File | undefined) => {
    if (!file) return
    const tooBig = fileSizeProblem(file.name, file.size)
    if (tooBig) return setMessage({ kind: 'alert', lines: [`${tooBig} Nothing was imported.`] })
    const result = await importWorkspaceFile(file.name, await file.text(), importKeeping)
    if (!result.ok) {
      const lead = result.reason === 'file' ? [`Nothing was imported, and your workspaces are as they were. ${file.name} has these problems:`] : []
      return setMessage({ kind: 'alert', lines: [...lead, ...result.messages] })
    }
    onStored(result.workspace.id, result.negotiation)
    refresh()
    setMessage({ kind: 'status', lines: [importedMessage(result)], open: { id: result.workspace.id, name: result.workspace.name } })
  }

  return (
    <article className="workspaces-page">
      <h1>Your drafts</h1>
      <p>
        Compare texts of your own: paste them or open Word, PDF, Markdown or text files. They are split into clauses, aligned across
        renumbering, and shown in the same comparison, clause history and report as the published drafts.
      </p>
      <p className="privacy-note">
        <strong>Private by construction:</strong> your drafts stay in this browser’s own storage and are never sent anywhere. To share a
        comparison, choose “Share”: it saves the workspace file and copies a message with the link, and you send both yourself.
      </p>
      <details className="workspace-limits">
        <summary>Limits</summary>
        <ul>
          <li>
            Files up to {IMPORT_LIMITS.fileBytes / 1024 / 1024} MB (PDF up to {IMPORT_LIMITS.pdfPages} pages, with a text layer: scans need text recognition first; a Word file’s text
            parts may unpack to at most {IMPORT_LIMITS.docxUnpackedBytes / 1024 / 1024} MB).
          </li>
          <li>
            Up to {DRAFT_LIMITS.clausesPerVersion.toLocaleString('en-US')} clauses per version, {DRAFT_LIMITS.characters.toLocaleString('en-US')} characters and{' '}
            {IMPORT_LIMITS.lines.toLocaleString('en-US')} lines per text.
          </li>
          <li>Up to {DRAFT_LIMITS.versionsPerWorkspace} versions per workspace; up to {DRAFT_LIMITS.clauseCharacters.toLocaleString('en-US')} characters and {DRAFT_LIMITS.partsPerClause} sub-points per clause.</li>
        </ul>
      </details>

      {message ? (
        <div role={message.kind} className={message.kind === 'alert' ? 'workspace-problems' : 'workspace-status'} data-testid="workspaces.message">
          <WorkspaceMessageLines message={message} />
        </div>
      ) : null}

      <section aria-labelledby="workspaces-kept">
        <h2 id="workspaces-kept">Workspaces in this browser</h2>
        {workspaces === null ? (
          <p className="muted">Reading…</p>
        ) : workspaces.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <>
            <ul className="workspace-list">
              {workspaces.map((workspace) => (
                <li key={workspace.id} data-testid="workspaces.item">
                  <p className="workspace-list__name">
                    <a href={scopedHash({ kind: 'workspace', id: workspace.id }, '#/')}>{workspace.name}</a>
                  </p>
                  <p className="muted">
                    {workspace.versions.join(' → ')} · saved {formatSaved(workspace.savedAt)} · {workspace.keeping === 'tab' ? 'kept until this tab closes' : 'kept in this browser'}
                  </p>
                  <div className="button-row">
                    <ShareWorkspace id={workspace.id} link={() => publishedScopedLink({ kind: 'workspace', id: workspace.id }, '#/')}>
                      Share<span className="sr-only"> {workspace.name}</span>
                    </ShareWorkspace>
                    <button type="button" onClick={() => setRevising(workspace)}>
                      Add a revision<span className="sr-only"> to {workspace.name}</span>
                    </button>
                    <button type="button" onClick={() => void exportWorkspace(workspace)}>
                      Export<span className="sr-only"> {workspace.name}</span>
                    </button>
                    {confirming === workspace.id ? (
                      <>
                        <button type="button" className="danger" onClick={() => void remove(workspace.id)}>
                          Yes, delete {workspace.name}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          Keep it
                        </button>
                      </>
                    ) : (
                      <button type="button" onClick={() => setConfirming(workspace.id)}>
                        Delete<span className="sr-only"> {workspace.name}</span>
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
            {confirming === '*' ? (
              <div className="button-row">
                <button type="button" className="danger" onClick={() => void remove(null)}>
                  Yes, delete every workspace
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep them
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming('*')}>
                Delete everything
              </button>
            )}
          </>
        )}
        <h3>Import a workspace file</h3>
        <p>A file exported from this app (.json), by you or a colleague.</p>
        <fieldset className="field">
          <legend>Keep the imported workspace</legend>
          <label>
            <input type="radio" name="import-keeping" checked={importKeeping === 'browser'} onChange={() => setImportKeeping('browser')} /> in this browser
          </label>
          <label>
            <input type="radio" name="import-keeping" checked={importKeeping === 'tab'} onChange={() => setImportKeeping('tab')} /> only until this tab is closed
          </label>
        </fieldset>
        <label className="field">
          <span>Import a workspace file</span>
          <input type="file" accept=".json,application/json" onChange={(event) => void importFile(event.target.files?.[0])} />
        </label>
      </section>

      {revising ? (
        <section aria-labelledby="workspaces-revision">
          <h2 id="workspaces-revision" ref={revisingHeading} tabIndex={-1}>
            Add a revision to “{revising.name}”
          </h2>
          <AddRevision
            key={revising.id}
            workspaceId={revising.id}
            workspaceName={revising.name}
            onSaved={openSaved}
          />
          <button type="button" onClick={() => setRevising(null)}>
            Cancel the revision
          </button>
        </section>
      ) : null}

      <section aria-labelledby="workspaces-new">
        <h2 id="workspaces-new">Compare new drafts</h2>
        <NewWorkspace onSaved={openSaved} />
      </section>
    </article>
  )
}
