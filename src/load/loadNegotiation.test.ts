import { describe, expect, it } from 'vitest'
import type { ClauseId, Negotiation, VersionId } from '../domain/model.ts'
import { bundledFiles } from './bundledFiles.ts'
import { groupDataFiles } from './groupDataFiles.ts'
import { formatIssue, loadNegotiation, parseJsonFile, type DataFile, type NegotiationFiles } from './loadNegotiation.ts'

const PUBLIC_VERSION_IDS = ['us-28', 'e3', 'geneva-19', 'ua-20']
const PUBLIC_CLAUSE_IDS = [
  'sovereignty', 'non-aggression', 'no-invasion-no-expansion', 'russia-nato-dialogue',
  'security-guarantees', 'army-size', 'nato-membership', 'nato-troops', 'fighter-jets-poland',
  'us-guarantee', 'eu-membership', 'reconstruction', 'russia-reintegration', 'frozen-assets',
  'us-russia-working-group', 'non-aggression-law', 'arms-control', 'non-nuclear', 'zaporizhzhia-npp',
  'education-tolerance', 'territory', 'no-force-change', 'dnipro-black-sea', 'humanitarian',
  'elections', 'amnesty', 'peace-council', 'ceasefire',
]

const groups = groupDataFiles(bundledFiles)
const ukraineFiles = groups.get('ukraine-2025')

function loadOrFail(files: NegotiationFiles): Negotiation {
  const result = loadNegotiation(files)
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  return result.negotiation
}

/** Deep copy of the bundled files with one file's content changed, for rejection cases. */
function withEdit(fileSuffix: string, edit: (content: any) => void): NegotiationFiles {
  if (!ukraineFiles) throw new Error('bundled data missing')
  const copy = (file: DataFile): DataFile => {
    const content = structuredClone(file.content)
    if (file.path.endsWith(fileSuffix)) edit(content)
    return { path: file.path, content }
  }
  return {
    negotiation: copy(ukraineFiles.negotiation),
    sources: copy(ukraineFiles.sources),
    versions: ukraineFiles.versions.map(copy),
  }
}

function issuesOf(files: NegotiationFiles): string[] {
  const result = loadNegotiation(files)
  return result.ok ? [] : result.issues.map(formatIssue)
}

describe('bundled data', () => {
  it('has every negotiation folder complete and valid', () => {
    expect(groups.size).toBeGreaterThan(0)
    for (const files of groups.values()) expect(() => loadOrFail(files)).not.toThrow()
  })

  const negotiation = loadOrFail(ukraineFiles!)
  const version = (id: string) => negotiation.versions.find((v) => v.id === id)!

  it('ships the four public versions in date order', () => {
    // Other versions a user adds may sit among them; the public four keep their ids and order.
    expect(negotiation.versions.map((v) => v.id as string).filter((id) => PUBLIC_VERSION_IDS.includes(id))).toEqual(PUBLIC_VERSION_IDS)
  })

  it('uses exactly the public clause ids, plus new slugs only for clauses that later versions introduce', () => {
    const ids = negotiation.lineages.map((l) => l.id as string)
    expect(ids.slice(0, 28)).toEqual(PUBLIC_CLAUSE_IDS)
    for (const lineage of negotiation.lineages.slice(28)) expect(lineage.introducedIn).not.toBe('us-28')
    expect(ids).toContain('us-free-trade')
  })

  it('gives every lineage id a status in every version', () => {
    for (const v of negotiation.versions) {
      expect([...v.clauses.keys()]).toEqual(negotiation.lineages.map((l) => l.id))
    }
  })

  it('fills in "absent", not "unknown", for a clause that first appears outside a version’s line', () => {
    // The Geneva text is known only in part, but the 20-point plan's new clauses came after it.
    expect(version('geneva-19').clauses.get('us-free-trade' as ClauseId)).toMatchObject({ status: 'absent', implicit: true })
  })

  it('cites at least one existing source for every clause and option of every version', () => {
    for (const v of negotiation.versions) {
      for (const clause of v.clauses.values()) {
        expect(clause.sources.length, `${v.id}/${clause.clause}`).toBeGreaterThan(0)
        for (const ref of [...clause.sources, ...clause.alternatives.flatMap((a) => a.sources)]) {
          expect(negotiation.sources.has(ref.source), `${v.id}/${clause.clause} cites ${ref.source}`).toBe(true)
        }
      }
    }
  })

  it('gives every kept clause exactly the known text of the version it is based on', () => {
    let kept = 0
    for (const v of negotiation.versions) {
      if (!v.basedOn) continue
      const base = version(v.basedOn)
      for (const clause of v.clauses.values()) {
        if (clause.status !== 'kept') continue
        kept += 1
        const baseParts = base.clauses.get(clause.clause)!.parts
        expect(clause.parts.map((p) => p.key), `${v.id}/${clause.clause}`).toEqual(baseParts.map((p) => p.key))
        clause.parts.forEach((part, index) => {
          if (part.text !== null) expect(part.text, `${v.id}/${clause.clause}/${part.key}`).toBe(baseParts[index]!.text)
        })
      }
    }
    expect(kept).toBeGreaterThan(10)
  })

  it('models the US draft as 28 numbered points with their sub-points', () => {
    const us = version('us-28')
    const numbers = [...us.clauses.values()].filter((c) => c.status !== 'absent').map((c) => c.number)
    expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)))
    expect(us.clauses.get('territory' as ClauseId)!.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd'])
    expect(us.textKnown).toBe('full')
  })

  it('models the E3 text as all 28 US slots with point 3 struck', () => {
    const e3 = version('e3')
    const slots = [...e3.clauses.values()].filter((c) => !c.implicit)
    expect(slots.map((c) => c.number)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)))
    expect(e3.clauses.get('no-invasion-no-expansion' as ClauseId)!.status).toBe('deleted')
    expect(slots.filter((c) => c.status === 'deleted')).toHaveLength(1)
  })

  it('marks the unreported clauses of the Geneva text unknown, with no text and a reason', () => {
    const geneva = version('geneva-19')
    const unknown = [...geneva.clauses.values()].filter((c) => c.status === 'unknown')
    expect(unknown.length).toBeGreaterThanOrEqual(16)
    for (const clause of unknown) {
      expect(clause.parts).toEqual([])
      expect(clause.confidence).toBeNull()
      expect(clause.note).toBeTruthy()
    }
    const status = (id: string) => geneva.clauses.get(id as ClauseId)!.status
    expect(status('amnesty')).toBe('deleted')
    expect(status('territory')).toBe('bracketed')
    expect(status('army-size')).toBe('amended')
    expect(status('frozen-assets')).toBe('deleted')
  })

  it('numbers the 20-point framework 1 to 20 and carries rival options on points 12 and 14', () => {
    const ua = version('ua-20')
    const numbered = [...ua.clauses.values()].filter((c) => c.number !== null)
    expect(numbered.map((c) => Number(c.number)).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    for (const id of ['zaporizhzhia-npp', 'territory']) {
      const clause = ua.clauses.get(id as ClauseId)!
      expect(clause.alternatives.map((a) => a.party)).toEqual(['United States', 'Ukraine'])
    }
  })

  it('keeps the contested army cap as typed values', () => {
    const cap = (id: string) => version(id).clauses.get('army-size' as ClauseId)!.terms.find((t) => t.term === 'army-cap')
    expect(cap('us-28')).toMatchObject({ kind: 'quantity', amount: 600_000, qualifier: 'at-all-times' })
    expect(cap('e3')).toMatchObject({ kind: 'quantity', amount: 800_000, qualifier: 'peacetime' })
  })

  it('names each source\'s publisher and keeps a copy apart from it', () => {
    const source = (id: string) => negotiation.sources.get(id as never)!
    expect(source('tass-e3-g8').publisherType).toBe('state-media')
    expect(source('5ch-e3-points-13-27').publisherType).toBe('forum')
    expect(source('pravda-net-de-points-23-28').publisherType).toBe('state-linked-network')
    const lavrov = source('theprint-reuters-lavrov')
    expect(lavrov.publisher).toBe('Reuters')
    expect(lavrov.copy).toMatchObject({ site: 'ThePrint', type: 'news-outlet' })
    for (const each of negotiation.sources.values()) expect(each.url ?? each.copy?.url).toMatch(/^https?:\/\//)
  })

  it('cites every source in the registry at least once', () => {
    const cited = new Set<string>()
    for (const v of negotiation.versions) {
      v.sources.forEach((ref) => cited.add(ref.source))
      for (const clause of v.clauses.values()) {
        if (clause.implicit) continue
        clause.sources.forEach((ref) => cited.add(ref.source))
        clause.alternatives.forEach((alt) => alt.sources.forEach((ref) => cited.add(ref.source)))
      }
    }
    negotiation.developments?.events.forEach((event) => event.sources.forEach((ref) => cited.add(ref.source)))
    expect([...negotiation.sources.keys()].filter((id) => !cited.has(id))).toEqual([])
  })

  it('states the default comparison as US 28-point against E3', () => {
    expect(negotiation.defaultComparison).toEqual(['us-28' as VersionId, 'e3' as VersionId])
  })
})

describe('loadNegotiation rejects broken data with the file and the path inside it', () => {
  it.each([
    {
      name: 'a clause without sources',
      files: () => withEdit('versions/e3.json', (v) => (v.clauses[5].sources = [])),
      expected: 'data/ukraine-2025/versions/e3.json: clauses.5.sources: Too small',
    },
    {
      name: 'an unknown status word',
      files: () => withEdit('versions/e3.json', (v) => (v.clauses[0].status = 'agreed')),
      expected: 'data/ukraine-2025/versions/e3.json: clauses.0.status: Invalid option',
    },
    {
      name: 'a kept clause whose text differs from its base',
      files: () => withEdit('versions/e3.json', (v) => (v.clauses[0].text = 'Ukraine is sovereign.')),
      expected: 'data/ukraine-2025/versions/e3.json: clauses.0.parts: A kept clause must have exactly the text, terms and options of "us-28"',
    },
    {
      name: 'a kept clause whose typed term changed',
      files: () => withEdit('versions/e3.json', (v) => (v.clauses[10].terms[0].choice = 'defined-date')),
      expected: 'data/ukraine-2025/versions/e3.json: clauses.10.parts: A kept clause must have exactly the text, terms and options of "us-28"',
    },
    {
      name: 'a citation of a source that does not exist',
      files: () => withEdit('versions/ua-20.json', (v) => (v.clauses[0].sources[0].source = 'nowhere-daily')),
      expected: 'data/ukraine-2025/versions/ua-20.json: clauses.0.sources.0.source: Unknown source "nowhere-daily"',
    },
    {
      name: 'a clause of the base version left out',
      files: () => withEdit('versions/geneva-19.json', (v) => v.clauses.splice(0, 1)),
      expected: 'data/ukraine-2025/versions/geneva-19.json: clauses: Clause "sovereignty" of the base version "us-28" has no entry',
    },
    {
      name: 'an unknown clause with text filled in from the previous version',
      files: () => withEdit('versions/geneva-19.json', (v) => (v.clauses[0].text = "Ukraine's sovereignty is to be confirmed.")),
      expected: 'data/ukraine-2025/versions/geneva-19.json: clauses.0.parts: A clause whose status is "unknown" has no text of its own',
    },
    {
      name: 'a term value outside its definition',
      files: () => withEdit('versions/us-28.json', (v) => (v.clauses[5].terms[0].qualifier = 'in-wartime')),
      expected: 'data/ukraine-2025/versions/us-28.json: clauses.5.terms.0.qualifier: "in-wartime" is not one of at-all-times, peacetime',
    },
    {
      name: 'a misspelt field',
      files: () => withEdit('versions/us-28.json', (v) => (v.clauses[0].sourcess = [])),
      expected: 'data/ukraine-2025/versions/us-28.json: clauses.0: Unrecognized key: "sourcess"',
    },
    {
      name: 'a term value in the wrong shape',
      files: () => withEdit('versions/us-28.json', (v) => (v.clauses[5].terms[0] = { term: 'army-cap', amount: '600000' })),
      expected: 'data/ukraine-2025/versions/us-28.json: clauses.5.terms.0: Expected { term, amount?, qualifier? }, { term, choice } or { term, unknown: true }',
    },
    {
      name: 'a date that is not on the calendar',
      files: () => withEdit('sources.json', (s) => (s.sources[0].date = '2025-13-45')),
      expected: 'data/ukraine-2025/sources.json: sources.0.date: Expected a real calendar date',
    },
    {
      name: 'a source with neither the publisher\'s URL nor a copy',
      files: () => withEdit('sources.json', (s) => delete s.sources[0].url),
      expected: 'data/ukraine-2025/sources.json: sources.0.url: Give the publisher\'s own "url", a "copy" where the piece was read, or both',
    },
    {
      name: 'a version file named differently from its id',
      files: () => withEdit('versions/e3.json', (v) => (v.id = 'e4')),
      expected: 'data/ukraine-2025/versions/e3.json: id: Version id "e4" must match the file name e3.json',
    },
    {
      name: 'a topic id used twice',
      files: () => withEdit('negotiation.json', (n) => n.topics.push({ ...n.topics[0] })),
      expected: 'data/ukraine-2025/negotiation.json: topics.17.id: Duplicate topic id "sovereignty"',
    },
    {
      name: 'a choice id used twice in one term',
      files: () => withEdit('negotiation.json', (n) => {
        const term = n.terms.find((t: any) => t.kind === 'choice')
        term.choices.push({ ...term.choices[0], label: 'Again' })
      }),
      expected: 'data/ukraine-2025/negotiation.json: terms.1.choices.3.id: Duplicate choice id "constitutional-ban"',
    },
    {
      name: 'a qualifier id used twice in one term',
      files: () => withEdit('negotiation.json', (n) => n.terms[0].qualifiers.push({ ...n.terms[0].qualifiers[0] })),
      expected: 'data/ukraine-2025/negotiation.json: terms.0.qualifiers.2.id: Duplicate qualifier id "at-all-times"',
    },
    {
      name: 'a term of an unknown kind',
      files: () => withEdit('negotiation.json', (n) => (n.terms[0].kind = 'number')),
      expected: 'data/ukraine-2025/negotiation.json: terms.0.kind: Expected "kind": "quantity" or "choice"',
    },
    {
      name: 'a quantity in an unknown unit',
      files: () => withEdit('negotiation.json', (n) => (n.terms[0].unit = 'soldiers')),
      expected: 'data/ukraine-2025/negotiation.json: terms.0.unit: Invalid option: expected one of "personnel"|"days"|"usd"|"percent"',
    },
    {
      name: 'a missing negotiation.json',
      files: () => ({ ...ukraineFiles!, negotiation: { path: 'data/ukraine-2025/negotiation.json', content: undefined } }),
      expected: 'data/ukraine-2025/negotiation.json: The file is missing; every negotiation folder needs negotiation.json, sources.json and versions/',
    },
  ])('$name', ({ files, expected }) => {
    const issues = issuesOf(files())
    expect(issues.some((issue) => issue.startsWith(expected)), issues.join('\n')).toBe(true)
  })

  it('reports a file that is not JSON by name, without throwing', () => {
    expect(parseJsonFile('my-draft.json', '{ "id": ')).toEqual({
      ok: false,
      issue: expect.objectContaining({ file: 'my-draft.json', message: expect.stringMatching(/^Not valid JSON/) }),
    })
  })

  it('reads a file saved with a byte-order mark', () => {
    expect(parseJsonFile('draft.json', '\uFEFF{"a":1}')).toEqual({ ok: true, file: { path: 'draft.json', content: { a: 1 } } })
  })

  it('shows an invisible character in a JSON error as its code point', () => {
    const parsed = parseJsonFile('draft.json', '{"a":\u200B1}')
    expect(parsed.ok).toBe(false)
    const message = parsed.ok ? '' : parsed.issue.message
    expect(message).toContain('U+200B')
    expect(message).not.toMatch(/[\u200B\uFEFF]/)
  })

  /** A draft based on the 20-point text that changes only the election timing, as a user might write it. */
  function userDraft(dropClause?: string): string {
    const ua20 = ukraineFiles!.versions.find((file) => file.path.endsWith('ua-20.json'))!.content as any
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
    const negotiation = loadOrFail({ ...ukraineFiles!, versions: [...ukraineFiles!.versions, parsed.file] })
    const draft = negotiation.versions.at(-1)!
    expect(draft.id).toBe('my-draft')
    expect(draft.clauses.get('elections' as ClauseId)!.terms[0]).toMatchObject({ amount: 90 })
    // Clauses the base had already struck stay out of the draft, as absent.
    expect(draft.clauses.get('nato-membership' as ClauseId)!.status).toBe('absent')
    expect(draft.clauses.get('amnesty' as ClauseId)!.status).toBe('deleted')
  })

  /** A draft based on the Geneva text, whose wording is mostly unknown: statuses must rest on known text. */
  function draftOnGeneva(entries: Record<string, object>): string {
    const negotiation = loadOrFail(ukraineFiles!)
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
    return { ...ukraineFiles!, versions: [...ukraineFiles!.versions, parsed.file] }
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

  it('accepts a quantity given with an amount only', () => {
    const files = withEdit('versions/us-28.json', (v) => (v.clauses[5].terms[0] = { term: 'army-cap', amount: 600000 }))
    const army = loadOrFail(files).versions[0]!.clauses.get('army-size' as ClauseId)!.terms[0]
    expect(army).toEqual({ term: 'army-cap', kind: 'quantity', amount: 600000, qualifier: null })
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
    const issues = issuesOf({ ...ukraineFiles!, versions: [...ukraineFiles!.versions, parsed.file] })
    expect(issues).toContain(
      'my-drafts/versions/my-draft.json: clauses: Clause "elections" of the base version "ua-20" has no entry; give it a status',
    )
  })
})

describe('loadNegotiation on sources in the older shape', () => {
  it('reads outlet and reliability as publisher and publisher type, as the shared benchmark writes them', () => {
    const files = ukraineFiles!
    const sources = {
      schemaVersion: 1,
      sources: (files.sources.content as { sources: { id: string; date: string }[] }).sources.map((source, index) => ({
        id: source.id,
        outlet: `Register ${index + 1}`,
        title: 'A source',
        date: source.date,
        url: 'https://example.org/a',
        reliability: 'official',
      })),
    }
    const result = loadNegotiation({ ...files, sources: { ...files.sources, content: sources } })
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
    const first = [...result.negotiation.sources.values()][0]!
    expect(first).toMatchObject({ publisher: 'Register 1', publisherType: 'official', carriesText: true })
  })

  it('names an unknown older flag instead of guessing one', () => {
    const files = ukraineFiles!
    const sources = { schemaVersion: 1, sources: [{ id: 'a', outlet: 'X', title: 'T', date: '2025-01-01', url: 'https://example.org/', reliability: 'rumour' }] }
    const result = loadNegotiation({ ...files, sources: { ...files.sources, content: sources } })
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues.map(formatIssue)).toContainEqual(expect.stringContaining('sources.0.publisherType'))
  })
})
