import { useId, useRef, useState, type ReactNode } from 'react'
import { copyToClipboard } from '../../components/copyToClipboard.ts'
import { downloadFile } from '../../components/downloadFile.ts'
import { shareMessage, workspaceFileName } from './shareMessage.ts'
import '../../styles/share.css'

type Shared =
  | { readonly kind: 'shared'; readonly fileName: string; readonly message: string; readonly copied: boolean }
  | { readonly kind: 'failed'; readonly reason: string }

/**
 * One action that gives a colleague what they need to open a workspace: the workspace file (a
 * download) and a message with the link to the view and how to open it (the clipboard, and a
 * box to copy it from by hand). Nothing is sent anywhere: the user sends both themselves.
 */
export function ShareWorkspace({ id, link, children }: { id: string; link: () => string; children: ReactNode }) {
  const [shared, setShared] = useState<Shared | null>(null)
  const messageId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)

  const share = async () => {
    // Storage code (the workspace file's checker with it) loads when first used: a workspace's
    // comparison is drawn without waiting for it.
    let store
    try {
      store = await import('../../storage/workspaceStore.ts')
    } catch (error) {
      return setShared({ kind: 'failed', reason: `The workspace could not be shared: the app could not load what it needs (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.` })
    }
    let exported
    try {
      exported = await store.exportedWorkspace(id)
    } catch (error) {
      return setShared({ kind: 'failed', reason: `The workspace could not be shared: this browser’s storage could not be read (${error instanceof Error ? error.message : String(error)}).` })
    }
    if (!exported) return setShared({ kind: 'failed', reason: 'The workspace could not be shared: it is no longer in this browser (it was deleted in another tab or window).' })
    const fileName = workspaceFileName(exported.stored.id)
    downloadFile(fileName, 'application/json', exported.text)
    const message = shareMessage(exported.stored.name, link(), fileName)
    const copied = await copyToClipboard(message).then(
      () => true,
      () => false,
    )
    setShared({ kind: 'shared', fileName, message, copied })
  }

  return (
    <div className="share-workspace" data-testid="workspace.share">
      <button type="button" ref={buttonRef} onClick={() => void share()}>
        {children}
      </button>
      {/* Always in the page, so the outcome is announced when it appears. */}
      <p role="status" className="share-workspace__status">
        {shared?.kind === 'shared'
          ? shared.copied
            ? `Saved ${shared.fileName} to your downloads and copied a message with the link. Paste the message into an email or chat and attach the file. Nothing was sent anywhere.`
            : `Saved ${shared.fileName} to your downloads. The browser did not let the app copy the message: copy it from the box below and send it with the file.`
          : null}
      </p>
      <p role="alert" className="share-workspace__status">
        {shared?.kind === 'failed' ? shared.reason : null}
      </p>
      {shared?.kind === 'shared' ? (
        <div className="share-workspace__panel">
          <label htmlFor={messageId}>Message to send with {shared.fileName}</label>
          <textarea id={messageId} readOnly rows={4} value={shared.message} data-testid="workspace.share-message" onFocus={(event) => event.currentTarget.select()} />
          <button
            type="button"
            onClick={() => {
              setShared(null)
              // The button that had the focus is gone: it returns to the action it closes.
              buttonRef.current?.focus()
            }}
          >
            Done
          </button>
        </div>
      ) : null}
    </div>
  )
}
