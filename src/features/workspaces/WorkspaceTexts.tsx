/** Step 1 of a new workspace: its name, where it is kept, and two to five versions' texts. */
import { DRAFT_LIMITS } from '../../drafts/draftLimits.ts'
import type { Keeping } from '../../storage/workspaceEntries.ts'
import { DraftFields } from './DraftFields.tsx'
import type { DraftInput } from './draftInput.ts'
import type { useWorkspaceWizard } from './useWorkspaceWizard.ts'

type Wizard = ReturnType<typeof useWorkspaceWizard>

export function WorkspaceTexts({ name, keeping, drafts, busy, wizard }: { name: string; keeping: Keeping; drafts: readonly DraftInput[]; busy: boolean; wizard: Wizard }) {
  return (
    <>
      <label className="field">
        <span>Workspace name</span>
        <input type="text" value={name} maxLength={200} onChange={(event) => wizard.setName(event.target.value)} />
      </label>
      <fieldset className="field">
        <legend>Keep this workspace</legend>
        <label>
          <input type="radio" name="keeping" checked={keeping === 'browser'} onChange={() => wizard.setKeeping('browser')} /> in this browser, until I delete it
        </label>
        <label>
          <input type="radio" name="keeping" checked={keeping === 'tab'} onChange={() => wizard.setKeeping('tab')} /> only until this tab is closed
        </label>
      </fieldset>
      {drafts.map((draft, index) => (
        <DraftFields
          key={draft.key}
          index={index}
          draft={draft}
          onChange={(patch) => wizard.updateDraft(index, patch)}
          onText={(text) => wizard.pasteText(index, text)}
          onFile={(file) => void wizard.openFile(index, draft, file)}
          onRemove={drafts.length > 2 ? () => wizard.removeDraft(index) : null}
        />
      ))}
      <div className="button-row">
        <button type="button" disabled={drafts.length >= DRAFT_LIMITS.versionsPerWorkspace} onClick={wizard.addDraft}>
          Add a version
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void wizard.split()}>
          Split into clauses
        </button>
      </div>
    </>
  )
}
