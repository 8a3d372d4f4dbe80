import { scopedHash } from '../../url/scope.ts'

/** What an action on workspaces (an import, an export) tells the user, and the workspace it brought, to open. */
export interface WorkspaceMessage {
  readonly kind: 'status' | 'alert'
  readonly lines: readonly string[]
  readonly open?: { readonly id: string; readonly name: string }
}

/** The message's lines, then a link that opens the workspace it brought. */
export function WorkspaceMessageLines({ message }: { message: WorkspaceMessage }) {
  return (
    <>
      {message.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {message.open ? (
        <p>
          <a href={scopedHash({ kind: 'workspace', id: message.open.id }, '#/')}>Open “{message.open.name}”</a>
        </p>
      ) : null}
    </>
  )
}
