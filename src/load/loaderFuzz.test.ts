/**
 * The loader never hangs and never throws. Each case runs in a worker thread with a time limit
 * (scripts/loader-fuzz.mjs), so a hang fails the test instead of freezing the run;
 * `npm run fuzz` runs 10,000 cases, this file a bounded sample.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDataFolder, versionChain } from '../../scripts/loader-fuzz-cases.mjs'
import { createIsolatedLoader, type IsolatedLoader } from '../../scripts/loader-fuzz-isolation.mjs'
import { formatCounts, runLoaderFuzz } from '../../scripts/loader-fuzz.mjs'
import { formatIssue } from './loadNegotiation.ts'

const SAMPLE_CASES = 300

describe('the loader on hostile data, isolated with a time limit', () => {
  let loader: IsolatedLoader
  beforeAll(async () => {
    loader = await createIsolatedLoader({ timeoutMs: 10_000 })
  }, 60_000)
  afterAll(() => loader.close())

  it('reports two versions based on each other, and a third based on one of them, and stops', async () => {
    const files = readDataFolder()
    const version = (id: string) => files.versions.find((file) => (file.content as { id: string }).id === id)!.content as { basedOn: string | null }
    version('us-28').basedOn = 'e3'
    version('e3').basedOn = 'us-28'
    version('geneva-19').basedOn = 'us-28'
    const { outcome, ms } = await loader.load(files)
    expect(outcome.kind).toBe('error')
    const issues = outcome.kind === 'error' ? outcome.issues.map(formatIssue) : []
    expect(issues).toContain('data/ukraine-2025/versions/us-28.json: basedOn: Versions are based on each other in a cycle: us-28 → e3 → us-28')
    expect(issues).toContain('data/ukraine-2025/versions/e3.json: basedOn: Versions are based on each other in a cycle: e3 → us-28 → e3')
    expect(ms).toBeLessThan(1_000)
  }, 20_000)

  it('loads a chain of 12,000 versions without overflowing the stack, in bounded time', async () => {
    const { outcome, ms } = await loader.load(versionChain(12_000))
    expect(outcome).toEqual({ kind: 'clean', versions: 12_000 })
    // A bound against quadratic walks (3,000 versions took 9.6 s before the fix), loose enough
    // for a loaded two-core machine: it guards against a hang, it does not time the loader.
    expect(ms).toBeLessThan(20_000)
  }, 60_000)

  it('reports a cycle at the end of a long chain', async () => {
    const files = versionChain(3_000)
    ;(files.versions[0]!.content as { basedOn: string }).basedOn = 'v2999'
    const { outcome } = await loader.load(files)
    expect(outcome.kind).toBe('error')
    const issues = outcome.kind === 'error' ? outcome.issues : []
    expect(issues[0]!.message).toMatch(/^Versions are based on each other in a cycle: v0 → v2999 → v2998 → … → v0$/)
  }, 30_000)
})

it(`fuzz sample: ${SAMPLE_CASES} mutated data sets each load cleanly or fail with clear issues, none hangs or throws`, async () => {
  const counts = await runLoaderFuzz({ cases: SAMPLE_CASES, seed: 2026 })
  expect(counts.failures, formatCounts(counts)).toEqual([])
  expect(counts.hangs + counts.throws + counts.unclear).toBe(0)
  // The sample is only worth something if it reaches both outcomes.
  expect(counts.clean).toBeGreaterThan(0)
  expect(counts.errors).toBeGreaterThan(SAMPLE_CASES / 2)
}, 600_000)
