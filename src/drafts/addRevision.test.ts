/**
 * Adding a revision to a saved workspace (issue 20, point 6): aligned with the latest version,
 * every earlier version kept as saved, the user's earlier corrections included.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ClauseId } from '../domain/model.ts'
import { formatIssue } from '../load/loadNegotiation.ts'
import { loadWorkspace } from '../load/workspaceFile.ts'
import { alignClauses } from './alignClauses.ts'
import { relink } from './alignment.ts'
import type { WorkspaceFiles } from '../load/schema.ts'
import { addRevision, latestVersion } from './addRevision.ts'
import { buildWorkspace } from './buildWorkspace.ts'
import { FIRST_DRAFT as first, SECOND_DRAFT as second, pastedDraft } from '../domain/testing/pastedDrafts.ts'

function load(files: WorkspaceFiles) {
  const loaded = loadWorkspace(files)
  if (!loaded.ok) throw new Error(loaded.issues.slice(0, 10).map(formatIssue).join('\n'))
  return loaded.negotiation
}

const third = pastedDraft('Third draft', '2026-05-20', [
  '1. Ukraine keeps its sovereignty, confirmed by every signatory and guaranteed.',
  '2. Elections are held within 60 days of signature.',
  '3. The armed forces are capped at 800,000 personnel in peacetime.',
  '4. Frozen assets of US$100 billion fund reconstruction of the east.',
  '5. A prisoner exchange of all for all follows within 30 days.',
].join('\n'))

/** Two versions saved with one correction: the user says point 4 continues point 4 (the aligner calls it new). */
function savedPair(): WorkspaceFiles {
  const automatic = alignClauses(first.clauses, second.clauses)
  expect(automatic.links[3]!.earlier).toBeNull()
  const built = buildWorkspace({ id: 'my-drafts', name: 'My drafts', versions: [first, second], alignments: [relink(automatic, 3, 3)] }, '2026-05-10')
  if (!built.ok) throw new Error(built.message)
  return built.files
}

describe('addRevision', () => {
  it('reads the latest version back as the clauses it has, each with its lineage', () => {
    const latest = latestVersion(savedPair())!
    expect(latest.id).toBe('second-draft')
    expect(latest.clauses.map((clause) => [clause.number, clause.text])).toEqual(second.clauses.map((clause) => [clause.number, clause.text]))
    // The corrected point 4 sits on the first draft's point-4 lineage; the deleted grain clause is not read back.
    expect(latest.lineages).toEqual(['point-1', 'point-3', 'point-2', 'point-4'])
  })

  it('adds a third version aligned with the latest one, keeping both earlier versions and the correction', () => {
    const saved = savedPair()
    const latest = latestVersion(saved)!
    const alignment = alignClauses(latest.clauses, third.clauses)
    const added = addRevision(saved, third, alignment, '2026-05-21')
    if (!added.ok) throw new Error(added.message)
    // The saved versions are kept exactly as they were.
    expect(added.files.versions.slice(0, 2)).toEqual(saved.versions)
    const negotiation = load(added.files)
    expect(negotiation.versions.map((version) => version.id)).toEqual(['first-draft', 'second-draft', 'third-draft'])
    expect(negotiation.defaultComparison).toEqual(['second-draft', 'third-draft'])
    const [v1, v2, v3] = negotiation.versions
    const clause = (id: string) => id as ClauseId
    // The corrected lineage runs from the first draft's grain point through to the third version's point 4.
    expect(v1!.clauses.get(clause('point-4'))!.parts[0]!.text).toMatch(/grain exports/)
    expect(v2!.clauses.get(clause('point-4'))!.parts[0]!.text).toMatch(/Frozen assets/)
    expect(v3!.clauses.get(clause('point-4'))).toMatchObject({ number: '4', status: 'amended' })
    // Renumbered in the second draft, kept in the third: one lineage for all three.
    expect(v3!.clauses.get(clause('point-3'))).toMatchObject({ number: '2', status: 'kept' })
    expect(v1!.clauses.get(clause('point-3'))!.number).toBe('3')
    expect(v3!.clauses.get(clause('point-1'))!.status).toBe('amended')
    // The new point 5 is a lineage of its own, introduced by the third version.
    const fresh = [...v3!.clauses.values()].find((entry) => entry.number === '5')!
    expect(fresh.status).toBe('added')
    expect(negotiation.lineages.find((lineage) => lineage.id === fresh.clause)!.introducedIn).toBe('third-draft')
    // Its armed-forces number is the same typed term across all three versions.
    const army = negotiation.terms.find((term) => term.clause === 'point-2' && term.kind === 'quantity' && term.unit === 'personnel')!
    expect(v3!.clauses.get(clause('point-2'))!.terms.find((value) => value.term === army.id)).toMatchObject({ amount: 800_000 })
  })

  it('marks a clause of the latest version the revision drops as deleted, and a merge as merged', () => {
    const saved = savedPair()
    const latest = latestVersion(saved)!
    const shorter = pastedDraft('Short draft', '2026-06-01', ['1. Ukraine keeps its sovereignty, confirmed by every signatory.', '2. Elections are held within 60 days of signature.'].join('\n'))
    const added = addRevision(saved, shorter, alignClauses(latest.clauses, shorter.clauses), '2026-06-02')
    if (!added.ok) throw new Error(added.message)
    const v3 = load(added.files).versions[2]!
    expect(v3.clauses.get('point-2' as ClauseId)).toMatchObject({ status: 'deleted', note: 'Not in this version.' })
    expect(v3.clauses.get('point-4' as ClauseId)!.status).toBe('deleted')
    expect(v3.clauses.get('point-3' as ClauseId)!.status).toBe('kept')
  })

  it('refuses a revision dated before the latest version, and a sixth version, with a message', () => {
    const saved = savedPair()
    const latest = latestVersion(saved)!
    const early = { ...third, date: '2026-05-02' }
    expect(addRevision(saved, early, alignClauses(latest.clauses, early.clauses), '2026-05-21')).toEqual({
      ok: false,
      message: '“Third draft” is dated before “Second draft” (2026-05-09), which it revises. Give it a later date.',
    })
    let files = saved
    for (let n = 3; n <= 5; n++) {
      const next = { ...third, name: `Draft ${n}`, date: `2026-06-0${n}` }
      const added = addRevision(files, next, alignClauses(latestVersion(files)!.clauses, next.clauses), '2026-06-10')
      if (!added.ok) throw new Error(added.message)
      files = added.files
    }
    const sixth = { ...third, name: 'Draft 6', date: '2026-06-09' }
    const refused = addRevision(files, sixth, alignClauses(latestVersion(files)!.clauses, sixth.clauses), '2026-06-10')
    expect(refused).toEqual({ ok: false, message: 'This workspace already has 5 versions; a workspace holds at most 5. Start a new workspace from the latest one and this revision.' })
  })

  it('adds a real revision to a saved pair of real texts: Apache 1.1 → 2.0 → the renumbered 2.0', () => {
    const corpus = (name: string) => readFileSync(`eval/drafts/corpus/${name}.txt`, 'utf8')
    const apache1 = pastedDraft('Apache 1.1', '2000-01-01', corpus('apache-1.1'))
    const apache2 = pastedDraft('Apache 2.0', '2004-01-01', corpus('apache-2.0'))
    const renumbered = pastedDraft('Apache 2.0 renumbered', '2026-01-01', corpus('apache-2.0-renumbered'))
    const built = buildWorkspace({ id: 'apache', name: 'Apache', versions: [apache1, apache2], alignments: [alignClauses(apache1.clauses, apache2.clauses)] }, '2026-01-02')
    if (!built.ok) throw new Error(built.message)
    const latest = latestVersion(built.files)!
    expect(latest.clauses.length).toBe(apache2.clauses.length)
    const alignment = alignClauses(latest.clauses, renumbered.clauses)
    const fromDrafts = alignClauses(apache2.clauses, renumbered.clauses)
    // Read back from the saved files, the latest version aligns exactly as the draft it was saved from.
    expect(alignment.links.map((link) => link.earlier)).toEqual(fromDrafts.links.map((link) => link.earlier))
    const added = addRevision(built.files, renumbered, alignment, '2026-01-02')
    if (!added.ok) throw new Error(added.message)
    expect(load(added.files).versions).toHaveLength(3)
  })
})
