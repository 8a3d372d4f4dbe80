// @vitest-environment jsdom
/**
 * The comparison a page shows, through the hook as the compare view calls it, on the bundled
 * drafts (US 28-point → E3): the filters narrow the rows, the summary counts only the rows shown,
 * and the status counts stay for every status so each one stays clickable.
 */
import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ColumnSummary } from '../domain/filterRows.ts'
import type { TopicId, VersionId } from '../domain/model.ts'
import { loadBundledNegotiation } from '../domain/testing/bundledNegotiation.ts'
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from '../url/route.ts'
import { useComparison } from './useComparison.ts'

const negotiation = loadBundledNegotiation()
type Shown = ReturnType<typeof useComparison>

let root: Root | null = null
let shown: Shown | null = null

function Probe({ versions, options, onShow }: { versions: readonly VersionId[]; options: CompareOptions; onShow: (view: Shown) => void }) {
  const view = useComparison(negotiation, versions, options)
  useEffect(() => {
    onShow(view)
  })
  return null
}

/** The bundled ids the tests name; the loader brands them in the app. */
const versionIds = (...ids: string[]) => ids as VersionId[]

async function show(options: Partial<CompareOptions>, versions: readonly VersionId[] = versionIds('us-28', 'e3')): Promise<Shown> {
  root ??= createRoot(document.createElement('div'))
  const remember = (view: Shown) => {
    shown = view
  }
  await act(async () => root!.render(<Probe versions={versions} options={{ ...DEFAULT_COMPARE_OPTIONS, ...options }} onShow={remember} />))
  return shown!
}

const clauses = (view: Shown) => view.rows.map((row) => row.lineage.id)
/** How many clauses the summary counts in its one column after the first. */
const counted = (summary: readonly ColumnSummary[]) => summary.flatMap((column) => column.counts).reduce((sum, [, count]) => sum + count, 0)
const statusCounts = (view: Shown) => view.byStatus.map(([status, rows]) => `${status} ${rows.length}`)

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(async () => {
  await act(async () => root?.unmount())
  root = null
  shown = null
})

describe('useComparison', () => {
  it('shows every clause of both versions with nothing chosen, and counts each once', async () => {
    const view = await show({})
    expect(view.model.versions.map((version) => version.id)).toEqual(['us-28', 'e3'])
    expect(view.rows).toHaveLength(view.model.rows.length)
    expect(counted(view.summary)).toBe(view.rows.length)
  })

  it('a topic keeps the clauses of that topic, and the summary counts only those', async () => {
    const all = await show({})
    const military = await show({ topics: ['military' as TopicId] })
    // Armed forces in the bundled data: the army-size clause and the one on foreign troops.
    expect(clauses(military)).toEqual(['army-size', 'nato-troops'])
    expect(counted(military.summary)).toBe(2)
    expect(counted(all.summary)).toBeGreaterThan(2)
  })

  it('a status narrows the rows, while the status counts still offer every status', async () => {
    const unfiltered = await show({})
    const amended = await show({ statuses: ['amended'] })
    expect(amended.rows.length).toBeLessThan(unfiltered.rows.length)
    expect(amended.rows.every((row) => row.cells.slice(1).some((cell) => cell.status === 'amended' && !cell.statusDerived))).toBe(true)
    expect(statusCounts(amended)).toEqual(statusCounts(unfiltered))
    expect(statusCounts(amended)).toContain(`amended ${amended.rows.length}`)
    expect(counted(amended.summary)).toBe(amended.rows.length)
  })

  it('"changed only" leaves out the clauses both versions word alike, and search finds words in the text', async () => {
    const all = await show({})
    const changed = await show({ changed: true })
    expect(changed.rows.length).toBeLessThan(all.rows.length)
    expect(clauses(changed)).toEqual(all.rows.filter((row) => row.changed).map((row) => row.lineage.id))
    expect(changed.rows.some((row) => row.cells[1]!.status === 'kept')).toBe(false)
    const searched = await show({ query: '600,000' })
    expect(clauses(searched)).toEqual(['army-size'])
  })

  it('a third version adds a column, and the summary counts each clause once per column after the first', async () => {
    const view = await show({}, versionIds('us-28', 'e3', 'ua-20'))
    expect(view.model.versions.map((version) => version.id)).toEqual(['us-28', 'e3', 'ua-20'])
    expect(counted(view.summary)).toBe(view.rows.length * 2)
  })
})
