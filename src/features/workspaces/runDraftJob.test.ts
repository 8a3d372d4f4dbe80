/**
 * A save as a draft job: built and loaded where the job runs (the draft worker, or the page in the
 * single-file build), its request and its answer each cloned as postMessage clones them.
 */
import { describe, expect, it } from 'vitest'
import { alignClauses } from '../../drafts/alignClauses.ts'
import { splitClauses } from '../../drafts/splitClauses.ts'
import { runDraftJob, type SaveJob } from './runDraftJob.ts'

function clauses(text: string) {
  const split = splitClauses(text)
  if (!split.ok) throw new Error(split.message)
  return split.clauses
}

const FIRST = clauses(['1. Elections are held within 100 days of signature.', '2. The armed forces are capped at 600,000 personnel.', '3. Sanctions are lifted in stages.'].join('\n'))
const SECOND = clauses(['1. Elections are held within 60 days of signature.', '2. The armed forces are capped at 800,000 personnel.', '3. Sanctions are lifted in stages.', '4. A joint commission reviews the ceasefire every 30 days.'].join('\n'))
const THIRD = clauses(['1. Elections are held within 90 days of signature.', '2. The armed forces are capped at 800,000 personnel.', '3. A joint commission reviews the ceasefire every 30 days.'].join('\n'))

const NEW_WORKSPACE: SaveJob = {
  kind: 'build',
  draft: {
    id: 'w-test',
    name: 'Talks',
    versions: [
      { name: 'First draft', date: '2026-05-01', origin: 'Pasted text', clauses: FIRST },
      { name: 'Second draft', date: '2026-05-08', origin: 'second.txt', clauses: SECOND },
    ],
    alignments: [alignClauses(FIRST, SECOND)],
  },
  importedOn: '2026-05-09',
  fileName: 'Talks',
}

/** Runs a job as the worker gets it, and answers as the page receives it. */
const throughWorker = async (job: SaveJob) => structuredClone(await runDraftJob(structuredClone(job)))

async function savedFiles(job: SaveJob) {
  const result = await runDraftJob(job)
  if (result.kind !== 'saved' || !result.saved.ok) throw new Error('The fixture did not save')
  return result.saved.files
}

describe('a save in the draft worker', () => {
  it('answers with the files and the checked negotiation, unchanged by the trip to the worker and back', async () => {
    const onPage = await runDraftJob(NEW_WORKSPACE)
    const received = await throughWorker(NEW_WORKSPACE)
    expect(received).toStrictEqual(onPage)
    if (received.kind !== 'saved' || !received.saved.ok) throw new Error('not saved')
    const { negotiation, files } = received.saved
    expect(negotiation.versions.map((version) => version.title)).toEqual(['First draft', 'Second draft'])
    // The loader's Maps arrive as Maps: the views look clauses and sources up in them.
    expect(negotiation.sources).toBeInstanceOf(Map)
    const second = negotiation.versions[1]
    expect(second?.clauses).toBeInstanceOf(Map)
    expect([...(second?.clauses.values() ?? [])].map((clause) => clause.status)).toEqual(['amended', 'amended', 'kept', 'added'])
    expect(files.versions).toHaveLength(2)
  })

  it('adds a revision to saved files and answers with all three versions checked', async () => {
    const files = await savedFiles(NEW_WORKSPACE)
    const received = await throughWorker({ kind: 'add-revision', files, revision: { name: 'Third draft', date: '2026-05-15', origin: 'third.txt', clauses: THIRD }, alignment: alignClauses(SECOND, THIRD), importedOn: '2026-05-16', fileName: 'Talks' })
    if (received.kind !== 'saved' || !received.saved.ok) throw new Error('not saved')
    expect(received.saved.negotiation.versions.map((version) => version.title)).toEqual(['First draft', 'Second draft', 'Third draft'])
    expect(received.saved.negotiation.defaultComparison).toEqual(['second-draft', 'third-draft'])
    expect(received.saved.files.versions.slice(0, 2)).toStrictEqual(files.versions)
  })

  it('answers with what stops a save as problems, and no files', async () => {
    const outOfOrder: SaveJob = { ...NEW_WORKSPACE, draft: { ...NEW_WORKSPACE.draft, versions: [...NEW_WORKSPACE.draft.versions].reverse() } }
    expect(await throughWorker(outOfOrder)).toEqual({ kind: 'saved', saved: { ok: false, problems: ['“First draft” is dated before “Second draft”, which it revises. Put the versions in date order.'] } })
    const files = await savedFiles(NEW_WORKSPACE)
    const earlier = await throughWorker({ kind: 'add-revision', files, revision: { name: 'Third draft', date: '2026-05-02', origin: 'third.txt', clauses: THIRD }, alignment: alignClauses(SECOND, THIRD), importedOn: '2026-05-16', fileName: 'Talks' })
    expect(earlier).toEqual({ kind: 'saved', saved: { ok: false, problems: ['“Third draft” is dated before “Second draft” (2026-05-08), which it revises. Give it a later date.'] } })
  })

  it('says the loader’s problems, naming the workspace, when the built files do not load', async () => {
    const files = await savedFiles(NEW_WORKSPACE)
    // Stored files another tab damaged: the revision's save loads them whole, and refuses.
    const damaged = { ...files, sources: { ...files.sources, sources: [] } }
    const received = await throughWorker({ kind: 'add-revision', files: damaged, revision: { name: 'Third draft', date: '2026-05-15', origin: 'third.txt', clauses: THIRD }, alignment: alignClauses(SECOND, THIRD), importedOn: '2026-05-16', fileName: 'Talks' })
    if (received.kind !== 'saved' || received.saved.ok) throw new Error('saved damaged files')
    expect(received.saved.problems.length).toBeGreaterThan(0)
    expect(received.saved.problems.length).toBeLessThanOrEqual(20)
    expect(received.saved.problems[0]).toContain('Talks')
  })
})
