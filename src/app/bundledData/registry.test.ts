import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { draftPairWorkspace } from '../../domain/testing/draftPairWorkspace.ts'
import { syntheticNegotiation } from '../../domain/testing/syntheticNegotiation.ts'
import { loadWorkspace } from '../../load/workspaceFile.ts'
import { saveWorkspace } from '../../storage/workspaceStore.ts'
import { createRegistry, type RegistryChange } from './registry.ts'

const { files } = draftPairWorkspace('ws-saved', 'Saved drafts', '1. The cap is 600,000 personnel.', '1. The cap is 800,000 personnel.')
const loaded = loadWorkspace(files)
if (!loaded.ok) throw new Error('The fixture workspace did not load')
const saved = loaded.negotiation
const scope = { kind: 'workspace', id: 'ws-saved' } as const

/** Resolves once the registry has settled the read it started (it publishes nothing for a read). */
async function settled(registry: ReturnType<typeof createRegistry>) {
  await expect.poll(() => registry.catalogFor(scope) !== 'loading').toBe(true)
}

describe('the registry of negotiations', () => {
  it('opens a workspace just saved from what was checked on saving, without reading storage, and says the workspaces changed', () => {
    const registry = createRegistry([syntheticNegotiation({ clauses: 3, versions: 2, edited: 0 })])
    const changes: RegistryChange[] = []
    registry.subscribe((change) => changes.push(change))
    registry.put('ws-saved', saved)
    // At hand at once: the comparison draws without a "loading" step, and storage (empty here) is not read.
    expect(registry.catalogFor(scope)).not.toBe('loading')
    expect(registry.get(scope)).toBe(saved)
    expect(changes).toEqual(['workspaces'])
    registry.forget('ws-saved')
    expect(registry.get(scope)).toBeNull()
    expect(changes).toEqual(['workspaces', 'workspaces'])
  })

  it('reads a workspace that a link names from storage, validated, and a workspace saved meanwhile is not overwritten by that read', async () => {
    await saveWorkspace({ id: 'ws-saved', name: 'Saved drafts', savedAt: '2026-01-01T00:00:00Z', keeping: 'browser', files })
    const reading = createRegistry([])
    expect(reading.catalogFor(scope)).toBe('loading')
    await settled(reading)
    expect(reading.get(scope)?.versions.map((version) => version.id)).toEqual(saved.versions.map((version) => version.id))

    const racing = createRegistry([])
    expect(racing.catalogFor(scope)).toBe('loading')
    const newer = { ...saved, title: 'Saved again while the link was opening' }
    racing.put('ws-saved', newer)
    // A read started after racing's has settled, so racing's has too.
    await settled(createRegistry([]))
    expect(racing.get(scope)).toBe(newer)
  })
})
