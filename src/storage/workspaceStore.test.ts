import 'fake-indexeddb/auto'
import { createStore, set, type UseStore } from 'idb-keyval'
import type * as IdbKeyval from 'idb-keyval'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { draftPairWorkspace } from '../domain/testing/draftPairWorkspace.ts'
import type { WorkspaceFiles } from '../load/schema.ts'
import { toWorkspaceDocument } from '../load/workspaceFile.ts'
import { deleteAllWorkspaces, deleteWorkspace, getWorkspace, importedMessage, importWorkspaceFile, saveWorkspace } from './workspaceStore.ts'
import { listWorkspaces } from './workspaceEntries.ts'
import { openWorkspace } from './workspaceReads.ts'

/** sessionStorage as the browser has it, for Node. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}
Object.assign(globalThis, { sessionStorage: new MemoryStorage() })

// What the browser answers a write with, when a test makes it refuse one.
const refusal = vi.hoisted(() => ({ error: null as DOMException | null }))
vi.mock('idb-keyval', async (original) => {
  const actual = await original<typeof IdbKeyval>()
  return { ...actual, setMany: (...args: Parameters<typeof actual.setMany>) => (refusal.error ? Promise.reject(refusal.error) : actual.setMany(...args)) }
})

const files = (id: string): WorkspaceFiles =>
  draftPairWorkspace(id, `Drafts ${id}`, '1. The cap is 600,000 personnel.\n2. Elections in 100 days.', '1. The cap is 800,000 personnel.\n2. Elections in 100 days.').files

const saved = (id: string, keeping: 'browser' | 'tab' = 'browser') => ({ id, name: `Drafts ${id}`, savedAt: `2026-01-0${id.length}T00:00:00Z`, keeping, files: files(id) })

describe('workspace storage', () => {
  beforeEach(() => deleteAllWorkspaces())

  it('keeps workspaces in the browser or for the tab only, and deletes one or all', async () => {
    await saveWorkspace(saved('ws-a'))
    await saveWorkspace(saved('ws-tab', 'tab'))
    expect((await listWorkspaces()).map((w) => [w.id, w.keeping])).toEqual([
      ['ws-tab', 'tab'],
      ['ws-a', 'browser'],
    ])
    expect((await getWorkspace('ws-tab'))?.files.versions.map((v) => v.id)).toEqual(['a', 'b'])
    await deleteWorkspace('ws-a')
    expect((await listWorkspaces()).map((w) => w.id)).toEqual(['ws-tab'])
    await deleteAllWorkspaces()
    expect(await listWorkspaces()).toEqual([])
    expect(sessionStorage.length).toBe(0)
  })

  it('imports an exported file back under its own id, and a failed import leaves every workspace as it was', async () => {
    const exported = JSON.stringify(toWorkspaceDocument(files('ws-x')))
    await saveWorkspace(saved('ws-keep'))
    const before = await listWorkspaces()
    const broken = await importWorkspaceFile('broken.json', exported.replace('"2026-01-02"', '"2026-13-02"'), 'browser')
    expect(broken).toEqual({ ok: false, reason: 'file', messages: ['broken.json: sources: sources.1.date: Expected a real calendar date'] })
    expect(await listWorkspaces()).toEqual(before)

    const imported = await importWorkspaceFile('ws-x.json', exported, 'browser')
    expect(imported).toMatchObject({ ok: true, outcome: 'new', workspace: { id: 'ws-x', name: 'Drafts ws-x' } })
    expect(imported.ok && importedMessage(imported)).toBe('Imported “Drafts ws-x”.')
    expect((await listWorkspaces()).length).toBe(2)
  })

  it('a damaged entry (not JSON, or not a workspace) is left out of the list, opens as damaged, and hides no other workspace', async () => {
    await saveWorkspace(saved('ws-a'))
    await saveWorkspace(saved('ws-tab', 'tab'))
    sessionStorage.setItem('peace-plan-diff.workspace.ws-junk', '{"id": "ws-junk", trunc')
    sessionStorage.setItem('peace-plan-diff.workspace.ws-shape', JSON.stringify({ id: 'ws-shape', name: 'No files', savedAt: '2026-01-01T00:00:00Z', keeping: 'tab' }))
    const database: UseStore = createStore('peace-plan-diff', 'workspaces')
    await set('ws-old', { id: 'ws-old', name: 'Old', savedAt: '2026-01-01T00:00:00Z', keeping: 'browser', files: { versions: 'none' } }, database)
    expect((await listWorkspaces()).map((w) => w.id)).toEqual(['ws-tab', 'ws-a'])
    for (const id of ['ws-junk', 'ws-shape', 'ws-old']) expect(await openWorkspace(id)).toEqual({ ok: false, reason: 'damaged' })
    await expect(getWorkspace('ws-shape')).rejects.toThrow('The workspace “ws-shape” is stored in this browser but could not be read.')
    expect(await openWorkspace('ws-nowhere')).toEqual({ ok: false, reason: 'not-here' })
    const opened = await openWorkspace('ws-tab')
    expect(opened.ok && opened.negotiation.versions.map((v) => v.id)).toEqual(['a', 'b'])
  })

  it('a workspace kept by an earlier copy of the app, without a summary beside it, is listed and opens', async () => {
    await saveWorkspace(saved('ws-new'))
    await set('ws-older', saved('ws-older'), createStore('peace-plan-diff', 'workspaces'))
    expect((await listWorkspaces()).map((w) => [w.id, w.name, w.versions.join(' → ')])).toEqual([
      ['ws-older', 'Drafts ws-older', 'A → B'],
      ['ws-new', 'Drafts ws-new', 'A → B'],
    ])
    expect((await openWorkspace('ws-older')).ok).toBe(true)
    await deleteWorkspace('ws-new')
    expect((await listWorkspaces()).map((w) => w.id)).toEqual(['ws-older'])
  })

  it('an import gives the workspace as opening it from storage gives it, under the id it was kept with', async () => {
    const exported = JSON.stringify(toWorkspaceDocument(files('ws-x')))
    const imported = await importWorkspaceFile('ws-x.json', exported, 'browser')
    const copy = await importWorkspaceFile('ws-x.json', exported.replace('"title":"Drafts ws-x"', '"title":"Edited elsewhere"'), 'browser')
    for (const result of [imported, copy]) {
      if (!result.ok) throw new Error(result.messages.join('\n'))
      expect(result.negotiation.id).toBe(result.workspace.id)
      expect(await openWorkspace(result.workspace.id)).toEqual({ ok: true, negotiation: result.negotiation })
    }
    expect(copy.ok && copy.outcome).toBe('copy')
  })

  it('importing a file whose workspace is already here opens it, and one whose id holds another workspace becomes a copy, the other untouched', async () => {
    const exported = toWorkspaceDocument(files('ws-x'))
    await importWorkspaceFile('ws-x.json', JSON.stringify(exported), 'browser')
    const kept = await getWorkspace('ws-x')

    // The same content, written in another key order and spacing: nothing is written.
    const reordered = JSON.stringify({ versions: exported.versions, sources: exported.sources, negotiation: exported.negotiation, formatVersion: 1, format: exported.format }, null, 2)
    const same = await importWorkspaceFile('ws-x.json', reordered, 'tab')
    expect(same).toMatchObject({ ok: true, outcome: 'same', workspace: { id: 'ws-x' } })
    expect(same.ok && importedMessage(same)).toBe('“Drafts ws-x” is already in this browser, exactly as in the file; nothing was changed.')
    expect(await getWorkspace('ws-x')).toEqual(kept)
    expect((await listWorkspaces()).map((w) => w.id)).toEqual(['ws-x'])

    // A different workspace under the same id: imported as a copy, with its clause ids.
    const edited = JSON.stringify({ ...exported, negotiation: { ...exported.negotiation, title: 'Edited elsewhere' } })
    const copy = await importWorkspaceFile('ws-x.json', edited, 'browser')
    if (!copy.ok) throw new Error(copy.messages.join('\n'))
    expect(copy.outcome).toBe('copy')
    expect(copy.workspace.id).toMatch(/^ws-[0-9a-f]{8}$/)
    expect(copy.workspace.files.negotiation.lineages.map((l) => l.id)).toEqual(exported.negotiation.lineages.map((l) => l.id))
    expect(importedMessage(copy)).toContain(`as a copy, under the new id “${copy.workspace.id}”: this browser already holds a different workspace under “ws-x”, and it was left as it was`)
    expect(await getWorkspace('ws-x')).toEqual(kept)
    expect((await listWorkspaces()).length).toBe(2)
  })

  it('a write the browser refuses (storage full, a blocked database) ends in a message, and every workspace stays as it was', async () => {
    await saveWorkspace(saved('ws-keep'))
    const before = await listWorkspaces()
    const exported = JSON.stringify(toWorkspaceDocument(files('ws-new')))
    refusal.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    try {
      const imported = await importWorkspaceFile('ws-new.json', exported, 'browser')
      expect(imported).toEqual({
        ok: false,
        reason: 'storage',
        messages: [
          'ws-new.json could not be imported: this browser has no room left for the app’s workspaces. Nothing was changed, and your workspaces are as they were. Delete or export workspaces you no longer need, or free space in the browser’s site settings, then try again.',
        ],
      })
      await expect(saveWorkspace(saved('ws-other'))).rejects.toThrow('“Drafts ws-other” could not be saved: this browser has no room left')
      refusal.error = new DOMException('The database connection is closing.', 'InvalidStateError')
      await expect(saveWorkspace(saved('ws-other'))).rejects.toThrow(
        '“Drafts ws-other” could not be saved: this browser’s storage refused the change (The database connection is closing.). It may be switched off, blocked by another window of the app, or in a private window. Nothing was changed',
      )
    } finally {
      refusal.error = null
    }
    expect(await listWorkspaces()).toEqual(before)
  })
})
