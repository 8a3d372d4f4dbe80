import { useEffect, useState } from 'react'
import type { Negotiation } from '../domain/model.ts'
import { whenIdle } from '../hooks/whenIdle.ts'
import { openScope } from '../state/urlSync.ts'
import type { NegotiationRegistry } from './bundledData/registry.ts'
import type { WorkspaceSummary } from '../storage/workspaceEntries.ts'
import type { Scope } from '../url/scope.ts'

function scopeValue(scope: Scope): string {
  return `${scope.kind === 'workspace' ? 'w' : 'n'}:${scope.id ?? ''}`
}

/**
 * Lists the bundled negotiations and the user's workspaces; choosing one opens its comparison.
 * `subscribe` says when workspaces were saved, imported or deleted, so the list is read afresh.
 */
export function NegotiationPicker({ bundled, scope, subscribe }: { bundled: readonly Negotiation[]; scope: Scope; subscribe: NegotiationRegistry['subscribe'] }) {
  const [workspaces, setWorkspaces] = useState<readonly WorkspaceSummary[]>([])
  useEffect(() => {
    let current = true
    // The storage code (and the loader it brings) loads once the browser is idle after the
    // first view, not while the comparison is being drawn.
    const list = () =>
      import('../storage/workspaceEntries.ts')
        .then(({ listWorkspaces }) => listWorkspaces())
        .then((found) => current && setWorkspaces(found))
        .catch(() => current && setWorkspaces([]))
    const cancel = whenIdle(() => void list(), 2000)
    const unsubscribe = subscribe((change) => change === 'workspaces' && void list())
    return () => {
      current = false
      cancel()
      unsubscribe()
    }
  }, [scope, subscribe])

  const choose = (value: string) => {
    const [kind, id = ''] = value.split(/:(.*)/s)
    if (kind === 'w') openScope({ kind: 'workspace', id })
    else openScope({ kind: 'bundled', id: id === '' || id === bundled[0]?.id ? null : id })
  }
  const selected = scope.kind === 'bundled' && scope.id === bundled[0]?.id ? 'n:' : scopeValue(scope)
  return (
    <label className="negotiation-picker">
      <span>Negotiation</span>
      <select value={selected} onChange={(event) => choose(event.target.value)} data-testid="negotiation.picker">
        <optgroup label="Published drafts">
          {bundled.map((negotiation, index) => (
            <option key={negotiation.id} value={index === 0 ? 'n:' : `n:${negotiation.id}`}>
              {negotiation.title}
            </option>
          ))}
        </optgroup>
        {workspaces.length > 0 ? (
          <optgroup label="Your drafts (this browser only)">
            {workspaces.map((workspace) => (
              <option key={workspace.id} value={`w:${workspace.id}`}>
                {workspace.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </label>
  )
}
