import { describe, expect, it } from 'vitest'
import type { ClauseId, VersionId } from '../domain/model.ts'
import { formatIssue } from '../load/loadNegotiation.ts'
import { loadWorkspace, readWorkspaceFile, toWorkspaceDocument } from '../load/workspaceFile.ts'
import { CONFIDENCE_LABEL, textKnownLabel } from '../domain/labels.ts'
import { compareTerm } from '../domain/terms.ts'
import { alignClauses } from './alignClauses.ts'
import { relink } from './alignment.ts'
import { buildWorkspace } from './buildWorkspace.ts'
import { FIRST_DRAFT as first, SECOND_DRAFT as second, pastedDraft } from '../domain/testing/pastedDrafts.ts'

function build(alignment = alignClauses(first.clauses, second.clauses)) {
  const built = buildWorkspace({ id: 'my-drafts', name: 'My drafts', versions: [first, second], alignments: [alignment] }, '2026-05-10')
  if (!built.ok) throw new Error(built.message)
  const loaded = loadWorkspace(built.files)
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'))
  return { files: built.files, negotiation: loaded.negotiation }
}

describe('buildWorkspace', () => {
  it('makes versions in the data format that the loader accepts, with statuses judged from the text', () => {
    const { negotiation } = build()
    const [v1, v2] = negotiation.versions
    expect(negotiation.versions.map((v) => v.id)).toEqual(['first-draft', 'second-draft'])
    const status = (number: string) => [...v2!.clauses.values()].find((c) => c.number === number)?.status
    expect([status('1'), status('2'), status('3'), status('4')]).toEqual(['kept', 'amended', 'amended', 'added'])
    // Point 2 of the second draft continues point 3 of the first: one lineage across the renumbering.
    const elections = [...v2!.clauses.values()].find((c) => c.number === '2')!
    expect(v1!.clauses.get(elections.clause)!.number).toBe('3')
    const grain = [...v1!.clauses.values()].find((c) => c.number === '4')!
    expect(v2!.clauses.get(grain.clause)).toMatchObject({ status: 'deleted', note: 'Not in this version.' })
    expect(v2!.clauses.get(grain.clause)!.parts).toEqual([])
  })

  it('turns numbers with units into typed terms whose change reads as a delta', () => {
    const { negotiation } = build()
    const army = negotiation.terms.find((term) => term.label.startsWith('Point 2') && term.kind === 'quantity' && term.unit === 'personnel')!
    const value = (version: string) => negotiation.versions.find((v) => v.id === version)!.clauses.get(army.clause)!.terms.find((t) => t.term === army.id)
    expect(compareTerm(army, value('first-draft'), value('second-draft')).delta).toBe('+200,000 (+33%)')
  })

  it('follows a match the user corrected', () => {
    const automatic = alignClauses(first.clauses, second.clauses)
    // The user says the second draft's point 4 continues the first draft's point 4.
    const { negotiation } = build(relink(automatic, 3, 3))
    const v2 = negotiation.versions[1]!
    const four = [...v2.clauses.values()].find((c) => c.number === '4')!
    expect(negotiation.versions[0]!.clauses.get(four.clause)!.number).toBe('4')
    expect(four.status).toBe('amended')
  })

  it('builds a workspace from two 2,000-clause drafts with more than 2,000 distinct clauses between them (issue #12)', () => {
    // Each version is at the per-version limit; every tenth clause of the later one is new wording, so
    // the pair has about 2,200 lineages. The cap on lineages used to be the per-version 2,000.
    const earlier = pastedDraft('Long draft', '2026-05-01', Array.from({ length: 2_000 }, (_, i) => `${i + 1}. Clause ${i + 1} settles matter ${i} of the agreement.`).join('\n'))
    const later = pastedDraft('Long revision', '2026-05-09', Array.from({ length: 2_000 }, (_, i) => (i % 10 === 0 ? `${i + 1}. Entirely new provision on fisheries quota ${i * 7} and shipping lane ${i}.` : `${i + 1}. Clause ${i + 1} settles matter ${i} of the agreement.`)).join('\n'))
    // The user marks every tenth clause of the revision as new (the shared number had matched it).
    let alignment = alignClauses(earlier.clauses, later.clauses)
    for (let j = 0; j < 2_000; j += 10) alignment = relink(alignment, j, null)
    const built = buildWorkspace({ id: 'long', name: 'Long', versions: [earlier, later], alignments: [alignment] }, '2026-05-10')
    if (!built.ok) throw new Error(built.message)
    expect(built.files.negotiation.lineages.length).toBeGreaterThan(2_000)
    const loaded = loadWorkspace(built.files)
    expect(loaded.ok ? [] : loaded.issues.slice(0, 5).map(formatIssue)).toEqual([])
  }, 60_000)

  it('builds five 2,000-clause versions, each amending and replacing some clauses of the one before', () => {
    const versions = Array.from({ length: 5 }, (_, v) =>
      pastedDraft(`Revision ${v + 1}`, `2026-05-0${v + 1}`, Array.from({ length: 2_000 }, (_, i) => `${i + 1}. Clause ${i + 1} settles matter ${i} with ${1000 + i * (v + 1)} people${i % (v + 5) === 0 ? ` amended in round ${v}` : ''}.`).join('\n')),
    )
    const alignments = versions.slice(1).map((later, k) => {
      let alignment = alignClauses(versions[k]!.clauses, later.clauses)
      for (let j = k; j < 2_000; j += 50) alignment = relink(alignment, j, null)
      return alignment
    })
    const built = buildWorkspace({ id: 'five', name: 'Five', versions, alignments }, '2026-05-10')
    if (!built.ok) throw new Error(built.message)
    expect(built.files.negotiation.lineages.length).toBeGreaterThan(2_000)
    const loaded = loadWorkspace(built.files)
    expect(loaded.ok ? loaded.negotiation.versions.length : loaded.issues.slice(0, 5).map(formatIssue)).toBe(5)
  }, 120_000)

  it('refuses versions out of date order, with a message', () => {
    const built = buildWorkspace({ id: 'x', name: 'X', versions: [second, first], alignments: [alignClauses(second.clauses, first.clauses)] }, '2026-05-10')
    expect(built).toEqual({ ok: false, message: '“First draft” is dated before “Second draft”, which it revises. Put the versions in date order.' })
  })
})

describe('the workspace file', () => {
  it('round-trips: the exported file loads into the same negotiation', () => {
    const { files, negotiation } = build()
    const read = readWorkspaceFile('my-drafts.json', JSON.stringify(toWorkspaceDocument(files)))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.negotiation.versions.map((v) => [...v.clauses.values()].map((c) => [c.clause, c.status, c.parts]))).toEqual(
      negotiation.versions.map((v) => [...v.clauses.values()].map((c) => [c.clause, c.status, c.parts])),
    )
    expect(read.negotiation.versions[0]!.clauses.get('point-1' as ClauseId)!.version).toBe('first-draft' as VersionId)
  })

  it('says where a broken file is broken', () => {
    expect(readWorkspaceFile('a.json', '{\n  "versions": [,]\n}')).toEqual({
      ok: false,
      issues: [{ file: 'a.json', path: '', message: "Not valid JSON at line 2, column 16" }],
    })
    const { files } = build()
    const broken = { ...toWorkspaceDocument(files), versions: [{ ...files.versions[0]!, date: '2026-02-30' }, files.versions[1]!] }
    const read = readWorkspaceFile('b.json', JSON.stringify(broken))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.issues.map(formatIssue)).toContain('b.json: versions.0/first-draft.json: date: Expected a real calendar date')
  })

  it('labels a private draft as the user\'s own draft, with its file, never with the published-data words', () => {
    const { negotiation } = build()
    const [v1] = negotiation.versions
    expect(v1!.textKnown).toBe('own-draft')
    expect(textKnownLabel(v1!)).toBe('Own draft, pasted')
    expect(textKnownLabel({ textKnown: 'own-draft', origin: 'harbour-v2.docx' })).toBe('Own draft, from harbour-v2.docx')
    const grades = [...v1!.clauses.values()].flatMap((clause) => (clause.confidence ? [CONFIDENCE_LABEL[clause.confidence]] : []))
    expect(new Set(grades)).toEqual(new Set(['Own text']))
    // A workspace saved before these labels (graded as published text known in full) reads the same way.
    const { files } = build()
    const old = { ...files, versions: files.versions.map((version) => ({ ...version, textKnown: 'full' as const, clauses: version.clauses.map((entry) => (entry.confidence ? { ...entry, confidence: 'published-text' as const } : entry)) })) }
    const reloaded = loadWorkspace(old)
    if (!reloaded.ok) throw new Error(reloaded.issues.map(formatIssue).join('\n'))
    expect(reloaded.negotiation.versions.map((version) => version.textKnown)).toEqual(['own-draft', 'own-draft'])
    expect([...reloaded.negotiation.versions[0]!.clauses.values()].some((clause) => clause.confidence === 'published-text')).toBe(false)
  })
})
