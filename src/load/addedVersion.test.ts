import { describe, expect, it } from 'vitest'
import type { ClauseId } from '../domain/model.ts'
import { parseJsonFile } from './loadNegotiation.ts'
import { issuesOf, loadOrFail, ukraineFiles } from './testing/ukraineFiles.ts'

describe('loadNegotiation on a version added as one more file, checked against its base', () => {
  /** A draft based on the 20-point text that changes only the election timing, as a user might write it. */
  function userDraft(dropClause?: string): string {
    const ua20 = ukraineFiles.versions.find((file) => file.path.endsWith('ua-20.json'))!.content as any
    const clauses = ua20.clauses
      .filter((c: any) => c.status !== 'deleted' && c.clause !== dropClause)
      .map((c: any) =>
        c.clause === 'elections'
          ? {
              clause: 'elections',
              number: c.number,
              status: 'amended',
              confidence: 'multiple-reports',
              text: 'Ukraine holds elections within 90 days after the peace agreement is signed.',
              terms: [{ term: 'election-deadline', amount: 90, qualifier: 'at-the-latest' }],
              sources: c.sources.map((ref: any) => ({ source: ref.source, attests: 'all' })),
            }
          : c.status === 'not-mentioned'
            ? // A full text says what the oral account left open: here, that the clause is gone.
              { clause: c.clause, status: 'deleted', confidence: 'multiple-reports', sources: c.sources.map((ref: any) => ({ source: ref.source, reports: 'deleted' })) }
            : c.status === 'separate-track'
              ? c
              : { ...c, status: 'kept', terms: c.terms, alternatives: c.alternatives, sources: c.sources.map((ref: any) => ({ source: ref.source, attests: 'all' })) },
      )
    return JSON.stringify({
      schemaVersion: 1,
      id: 'my-draft',
      title: 'Working draft',
      shortTitle: 'Draft',
      date: '2026-01-10',
      parties: ['Ukraine'],
      drafters: 'Our team',
      publication: 'Internal working text.',
      textKnown: 'full',
      basedOn: 'ua-20',
      pointCount: '20 points',
      summary: 'Changes the election timing only.',
      sources: [{ source: 'pravda-ua-20-points' }],
      clauses,
    })
  }

  it('accepts a version that arrives later as one more file, such as one a user picks', () => {
    const parsed = parseJsonFile('my-drafts/versions/my-draft.json', userDraft())
    if (!parsed.ok) throw new Error(parsed.issue.message)
    const negotiation = loadOrFail({ ...ukraineFiles, versions: [...ukraineFiles.versions, parsed.file] })
    const draft = negotiation.versions.at(-1)!
    expect(draft.id).toBe('my-draft')
    expect(draft.clauses.get('elections' as ClauseId)!.terms[0]).toMatchObject({ amount: 90 })
    // Clauses the base had already struck stay out of the draft, as absent.
    expect(draft.clauses.get('nato-membership' as ClauseId)!.status).toBe('absent')
    expect(draft.clauses.get('amnesty' as ClauseId)!.status).toBe('deleted')
  })

  /** A draft based on the Geneva text, whose wording is mostly unknown: statuses must rest on known text. */
  function draftOnGeneva(entries: Record<string, object>): string {
    const negotiation = loadOrFail(ukraineFiles)
    const clauses = negotiation.lineages.flatMap((lineage): object[] => {
      const geneva = negotiation.versions.find((v) => v.id === 'geneva-19')!.clauses.get(lineage.id)!
      if (entries[lineage.id]) return [{ clause: lineage.id, sources: [{ source: 'pravda-ua-20-points', attests: 'all' }], ...entries[lineage.id] }]
      if (geneva.status === 'deleted') return []
      return [{ clause: lineage.id, status: 'unknown', note: 'Not covered by this draft.', sources: [{ source: 'pravda-ua-20-points' }] }]
    })
    return JSON.stringify({
      schemaVersion: 1, id: 'geneva-follow-up', title: 'Follow-up to Geneva', shortTitle: 'Follow-up', date: '2025-11-30',
      parties: ['Ukraine'], drafters: 'Our team', publication: 'Internal.', textKnown: 'changes-only', basedOn: 'geneva-19',
      pointCount: 'unknown', summary: 'Test draft.', sources: [{ source: 'pravda-ua-20-points' }], clauses,
    })
  }
  const withDraft = (text: string) => {
    const parsed = parseJsonFile('drafts/versions/geneva-follow-up.json', text)
    if (!parsed.ok) throw new Error(parsed.issue.message)
    return { ...ukraineFiles, versions: [...ukraineFiles.versions, parsed.file] }
  }

  it('checks a version based on a partly known text against the nearest known wording', () => {
    const files = withDraft(
      draftOnGeneva({
        sovereignty: { status: 'kept', confidence: 'single-report', text: "Ukraine's sovereignty is to be confirmed." },
        elections: { status: 'amended', confidence: 'single-report', text: 'Ukraine holds elections within 90 days.' },
        'us-free-trade': { status: 'added', confidence: 'single-report', text: 'Free trade with the United States.' },
      }),
    )
    const negotiation = loadOrFail(files)
    const draft = negotiation.versions.find((v) => v.id === 'geneva-follow-up')!
    expect(draft.clauses.get('us-free-trade' as ClauseId)!.status).toBe('added')
  })

  it('lets a version keep wording its base never published, without repeating any text', () => {
    const keepsUnpublished = withDraft(draftOnGeneva({ elections: { status: 'kept', confidence: 'single-report' } }))
    expect(issuesOf(keepsUnpublished)).toEqual([])
    const copiesOlderText = withDraft(
      draftOnGeneva({ elections: { status: 'kept', confidence: 'single-report', text: 'Ukraine holds elections within 100 days.' } }),
    )
    expect(issuesOf(copiesOlderText).join('\n')).toMatch(/The wording of "geneva-19" was never published; a kept clause repeats no text/)
  })

  it('refuses "added" for a clause an earlier known text has, and "kept" with other words', () => {
    const issues = issuesOf(
      withDraft(
        draftOnGeneva({
          sovereignty: { status: 'added', confidence: 'single-report', text: 'Sovereignty is confirmed.' },
          'non-aggression': { status: 'kept', confidence: 'single-report', text: 'A different text.' },
        }),
      ),
    )
    expect(issues).toContain('drafts/versions/geneva-follow-up.json: clauses.0.status: "us-28" already has this clause; use "kept" or "amended"')
    expect(issues).toContain(
      'drafts/versions/geneva-follow-up.json: clauses.1.parts: A kept clause must have exactly the text, terms and options of "us-28"; use "amended" if anything changed',
    )
  })

  it('refuses a later version that is silent about a clause of its base', () => {
    const parsed = parseJsonFile('my-drafts/versions/my-draft.json', userDraft('elections'))
    if (!parsed.ok) throw new Error(parsed.issue.message)
    const issues = issuesOf({ ...ukraineFiles, versions: [...ukraineFiles.versions, parsed.file] })
    expect(issues).toContain(
      'my-drafts/versions/my-draft.json: clauses: Clause "elections" of the base version "ua-20" has no entry; give it a status',
    )
  })
})
