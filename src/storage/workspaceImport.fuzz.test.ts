/**
 * Fuzzing the workspace import through storage: every generated file is imported whole or
 * refused with a message, and a refused one (or one the browser's storage refuses to write)
 * leaves every workspace already kept exactly as it was. Seeded; `npm test` runs 300 files,
 * `npm run fuzz:workspaces` FUZZ_RUNS (10,000).
 */
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import type * as IdbKeyval from 'idb-keyval'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { draftPairWorkspace } from '../domain/testing/draftPairWorkspace.ts'
import { workspaceFileText } from '../domain/testing/workspaceFileMutations.ts'
import { listWorkspaces, type StoredWorkspace } from './workspaceEntries.ts'
import { deleteAllWorkspaces, getWorkspace, importWorkspaceFile, saveWorkspace } from './workspaceStore.ts'

const node = (globalThis as unknown as { process: { env: Record<string, string | undefined>; stdout: { write: (text: string) => void } } }).process
const RUNS = Number(node.env.FUZZ_RUNS ?? 300)
const SEED = Number(node.env.FUZZ_SEED ?? 20261206)

// Some writes are refused as a full or blocked browser storage would refuse them.
const refusal = vi.hoisted(() => ({ error: null as DOMException | null }))
vi.mock('idb-keyval', async (original) => {
  const actual = await original<typeof IdbKeyval>()
  return { ...actual, setMany: (...args: Parameters<typeof actual.setMany>) => (refusal.error ? Promise.reject(refusal.error) : actual.setMany(...args)) }
})

/** Everything kept, as it is read back: what must not change when an import is refused. */
async function snapshot(): Promise<string> {
  const kept = await Promise.all((await listWorkspaces()).map((summary) => getWorkspace(summary.id)))
  return JSON.stringify(kept.sort((a, b) => (a?.id ?? '').localeCompare(b?.id ?? '')))
}

const existing: StoredWorkspace = {
  id: 'fuzz',
  name: 'Already here',
  savedAt: '2026-01-01T00:00:00.000Z',
  keeping: 'browser',
  files: draftPairWorkspace('fuzz', 'Already here', '1. Keep this.', '1. Keep this too.').files,
}
const outcomes = { imported: 0, refusedFile: 0, refusedStorage: 0 }

describe('fuzzing workspace import through storage', { timeout: 1_200_000 }, () => {
  it('imports whole or refuses with a message, and a refusal writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceFileText, fc.constantFrom('browser', 'tab'), fc.constantFrom(null, null, null, 'QuotaExceededError', 'InvalidStateError', 'UnknownError'), async (text, keeping, refused) => {
        await deleteAllWorkspaces()
        await saveWorkspace(existing)
        const before = await snapshot()
        refusal.error = refused ? new DOMException('refused by the fuzzer', refused) : null
        let result
        try {
          result = await importWorkspaceFile('fuzz.json', text, keeping)
        } finally {
          refusal.error = null
        }
        if (result.ok && result.outcome === 'same') {
          // Exactly the workspace already kept: nothing is written.
          expect(result.workspace).toEqual(existing)
          expect(await snapshot()).toBe(before)
        } else if (result.ok) {
          outcomes.imported++
          // Never over the workspace already kept under the same id.
          expect(result.workspace.id === existing.id).toBe(false)
          expect(await getWorkspace(result.workspace.id)).toEqual(result.workspace)
          expect(await getWorkspace(existing.id)).toEqual(existing)
          expect((await listWorkspaces()).length).toBe(2)
        } else {
          if (result.reason === 'file') outcomes.refusedFile++
          else outcomes.refusedStorage++
          expect(result.messages.length).toBeGreaterThan(0)
          for (const message of result.messages) expect(message.trim().length).toBeGreaterThan(10)
          expect(await snapshot()).toBe(before)
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    )
    // The generator must reach all three outcomes, or the property says little.
    expect(outcomes.imported).toBeGreaterThan(0)
    expect(outcomes.refusedFile).toBeGreaterThan(0)
    expect(outcomes.refusedStorage).toBeGreaterThan(0)
  })

  afterAll(() => {
    node.stdout.write(`workspace import fuzz (seed ${SEED}): ${RUNS} files: ${outcomes.imported} imported, ${outcomes.refusedFile} refused for the file, ${outcomes.refusedStorage} refused by storage, none changed what was kept\n`)
  })
})
