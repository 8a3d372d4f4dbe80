import { describe, expect, it } from 'vitest'
import type { Source, SourceId } from '../domain/model.ts'
import { bundledFiles } from './bundledFiles.ts'
import { strongestGrade } from './checkGrades.ts'
import { groupDataFiles } from './groupDataFiles.ts'
import { formatIssue, loadNegotiation, type DataFile, type NegotiationFiles } from './loadNegotiation.ts'

const source = (id: string, fields: Partial<Source>): Source => ({
  id: id as SourceId,
  publisher: id,
  publisherType: 'news-site',
  title: 'A report',
  date: '2025-11-23',
  dateEstimated: false,
  url: `https://example.org/${id}`,
  carriesText: false,
  ...fields,
})

describe('strongestGrade', () => {
  const reutersCopyA = source('a', { publisher: 'Reuters', publisherType: 'wire', copy: { site: 'ThePrint', url: 'https://theprint.in/a', type: 'news-outlet' } })
  const reutersCopyB = source('b', { publisher: 'Reuters', publisherType: 'wire' })
  const relayOfReuters = source('c', { publisher: 'Report.az', publisherType: 'wire', citing: 'Reuters' })
  const tass = source('tass', { publisherType: 'state-media' })
  const forum = source('forum', { publisherType: 'forum', carriesText: true })

  it('counts copies and relays of one story once', () => {
    expect(strongestGrade([reutersCopyA, reutersCopyB, relayOfReuters], false)).toBe('single-report')
    expect(strongestGrade([reutersCopyA, source('axios', { publisher: 'Axios' })], false)).toBe('multiple-reports')
  })

  it('gives flagged publishers no weight, however many', () => {
    expect(strongestGrade([tass, forum, source('pravda', { publisherType: 'state-linked-network' })], true)).toBe('unverified')
  })

  it('needs the wording itself, from an unflagged publisher, for published text', () => {
    expect(strongestGrade([reutersCopyA, forum], true)).toBe('single-report')
    expect(strongestGrade([source('liga', { carriesText: true })], true)).toBe('published-text')
    expect(strongestGrade([source('liga', { carriesText: true })], false)).toBe('single-report')
  })
})

const files = groupDataFiles(bundledFiles).get('ukraine-2025')!
const withEdit = (suffix: string, edit: (content: any) => void): NegotiationFiles => {
  const copy = (file: DataFile): DataFile => {
    const content = structuredClone(file.content)
    if (file.path.endsWith(suffix)) edit(content)
    return { path: file.path, content }
  }
  return { negotiation: copy(files.negotiation), sources: copy(files.sources), versions: files.versions.map(copy) }
}
const issues = (edited: NegotiationFiles) => {
  const result = loadNegotiation(edited)
  return result.ok ? [] : result.issues.map(formatIssue)
}
/** The entry of a clause in a version file's content, and its index. */
const entry = (version: any, clause: string) => {
  const index = version.clauses.findIndex((c: { clause: string }) => c.clause === clause)
  return { index, entry: version.clauses[index] }
}
const refOf = (entry: any, id: string) => entry.sources.find((ref: { source: string }) => ref.source === id)

describe('the loader enforces the grade rule', () => {
  it('accepts the bundled data as graded', () => {
    expect(issues(withEdit('none', () => {}))).toEqual([])
  })

  it('rejects "several reports" resting on a forum post alone, naming the file and path', () => {
    let at = -1
    const edited = withEdit('versions/e3.json', (v) => {
      const found = entry(v, 'peace-council')
      at = found.index
      expect(found.entry.sources.map((ref: { source: string }) => ref.source)).toEqual(['5ch-e3-points-13-27'])
      found.entry.confidence = 'multiple-reports'
    })
    expect(issues(edited)).toEqual([
      `data/ukraine-2025/versions/e3.json: clauses.${at}.confidence: Graded "multiple-reports", which needs two independent publishers that are not flagged (copies and relays of one report count once); the sources recorded as carrying part "main" carry at most "unverified"`,
    ])
  })

  it('rejects a rival option graded above its sources', () => {
    const edited = withEdit('versions/ua-20.json', (v) => {
      const territory = entry(v, 'territory').entry
      territory.alternatives[0].sources = [{ source: '112ua-territory-referendum', attests: 'all' }]
      territory.alternatives[0].confidence = 'multiple-reports'
    })
    expect(issues(edited).join('\n')).toMatch(/ua-20\.json: clauses\.\d+\.alternatives\.0\.confidence: Graded "multiple-reports"/)
  })
})

describe('a grade counts only the sources recorded as carrying what it grades', () => {
  it('does not count a cited source that renders the point otherwise (the E3 Zaporizhzhia point)', () => {
    // India Today, the one source that is not flagged, has the plant under the IAEA without the 50:50 split.
    let at = -1
    const regraded = withEdit('versions/e3.json', (v) => {
      const found = entry(v, 'zaporizhzhia-npp')
      at = found.index
      expect(refOf(found.entry, 'indiatoday-e3').attests).toEqual([])
      found.entry.confidence = 'single-report'
    })
    expect(issues(regraded)).toEqual([
      `data/ukraine-2025/versions/e3.json: clauses.${at}.confidence: Graded "single-report", which needs one publisher that is not flagged; the sources recorded as carrying its text carry at most "unverified"`,
    ])
    // The same grade stands once the record says India Today carries the text: the record decides.
    const recorded = withEdit('versions/e3.json', (v) => {
      const found = entry(v, 'zaporizhzhia-npp').entry
      found.confidence = 'single-report'
      refOf(found, 'indiatoday-e3').attests = 'all'
      delete found.disputes
    })
    expect(issues(recorded)).toEqual([])
  })

  it('grades each part on the sources that carry it (the E3 G8 line)', () => {
    let at = -1
    const edited = withEdit('versions/e3.json', (v) => {
      const found = entry(v, 'russia-reintegration')
      at = found.index
      found.entry.sources = found.entry.sources.filter((ref: { source: string }) => ref.source !== 'kommersant-e3-g8')
    })
    expect(issues(edited)).toEqual([
      `data/ukraine-2025/versions/e3.json: clauses.${at}.confidence: Graded "single-report", which needs one publisher that is not flagged; the sources recorded as carrying part "g8" carry at most "unverified"`,
    ])
  })

  it('grades a part of its own on the sources recorded for that part', () => {
    const edited = withEdit('versions/us-28.json', (v) => {
      const reconstruction = entry(v, 'reconstruction').entry
      const gas = reconstruction.parts.find((part: { key: string }) => part.key === 'gas')
      gas.confidence = 'multiple-reports'
    })
    expect(issues(edited).join('\n')).toMatch(
      /us-28\.json: clauses\.11\.parts\.1\.confidence: Graded "multiple-reports", .*; the sources recorded as carrying part "gas" carry at most "single-report"/,
    )
  })

  it('grades a clause with no text on the sources that report its status (the Geneva asset clause)', () => {
    const edited = withEdit('versions/geneva-19.json', (v) => {
      const assets = entry(v, 'frozen-assets').entry
      assets.confidence = 'single-report'
      // Cited as context: Zelensky on 2 December says nothing about the deletion.
      expect(refOf(assets, 'pravda-ua-2025-12-02').attests).toEqual([])
    })
    expect(issues(edited).join('\n')).toMatch(/geneva-19\.json: clauses\.13\.confidence: .*the sources recorded as carrying its status "deleted" carry at most "unverified"/)
  })

  it('asks what each source of a graded clause attests, naming the citation', () => {
    const edited = withEdit('versions/us-28.json', (v) => {
      delete refOf(entry(v, 'sovereignty').entry, 'statement-28-points').attests
    })
    expect(issues(edited)).toEqual([
      'data/ukraine-2025/versions/us-28.json: clauses.0.sources.1: Say what "statement-28-points" attests here: "attests" (the keys of the parts whose content it carries, "main" for the lead text, or "all") or "reports" (the status it reports); a grade counts only sources recorded as carrying what it grades',
    ])
  })

  it('says what a record takes when it is malformed', () => {
    const edited = withEdit('versions/us-28.json', (v) => {
      refOf(entry(v, 'non-aggression').entry, 'golda-28-points').attests = 'some'
    })
    expect(issues(edited)).toEqual(['data/ukraine-2025/versions/us-28.json: clauses.1.sources.0.attests: Expected "all" or a list of part keys such as ["main", "g8"]'])
  })

  it('refuses a record of a part the clause does not have', () => {
    const edited = withEdit('versions/us-28.json', (v) => {
      refOf(entry(v, 'non-aggression').entry, 'golda-28-points').attests = ['main', 'past-disputs']
    })
    expect(issues(edited)).toEqual([
      'data/ukraine-2025/versions/us-28.json: clauses.1.sources.0.attests.1: There is no part "past-disputs" to attest here; the parts are "main", "past-disputes"',
    ])
  })

  it('reads a source with no record as carrying the whole clause where no record can be kept: a user\'s own text, an older file', () => {
    const negotiation = {
      schemaVersion: 1, id: 'drafts', title: 'Drafts', summary: 'Own drafts.', defaultComparison: ['v1', 'v2'],
      topics: [{ id: 'text', label: 'Text' }], lineages: [{ id: 'point-1', title: 'Point 1', topics: ['text'], introducedIn: 'v1' }], terms: [],
    }
    const version = (id: string, basedOn: string | null, source: string) => ({
      schemaVersion: 1, id, title: id, shortTitle: id, date: '2025-01-01', parties: ['Us'], drafters: 'Us', publication: 'Ours.',
      textKnown: 'full', basedOn, pointCount: '1 point', summary: 'A draft.', sources: [{ source }],
      clauses: [{ clause: 'point-1', number: '1', status: basedOn ? 'kept' : 'added', confidence: 'published-text', text: 'The same words.', sources: [{ source }] }],
    })
    const load = (sources: unknown[]) =>
      issues({
        negotiation: { path: 'drafts/negotiation.json', content: negotiation },
        sources: { path: 'drafts/sources.json', content: { schemaVersion: 1, sources } },
        versions: [
          { path: 'drafts/versions/v1.json', content: version('v1', null, 'draft') },
          { path: 'drafts/versions/v2.json', content: version('v2', 'v1', 'draft') },
        ],
      })
    expect(load([{ id: 'draft', publisher: 'Us', publisherType: 'own-text', title: 'Our draft', date: '2025-01-01', carriesText: true }])).toEqual([])
    expect(load([{ id: 'draft', outlet: 'Register', title: 'Register', date: '2025-01-01', url: 'https://example.org/', reliability: 'official' }])).toEqual([])
    expect(load([{ id: 'draft', publisher: 'Register', publisherType: 'official', title: 'Register', date: '2025-01-01', url: 'https://example.org/', carriesText: true }])).toEqual([
      'drafts/versions/v1.json: clauses.0.sources.0: Say what "draft" attests here: "attests" (the keys of the parts whose content it carries, "main" for the lead text, or "all") or "reports" (the status it reports); a grade counts only sources recorded as carrying what it grades',
      'drafts/versions/v1.json: clauses.0.confidence: Graded "published-text", which needs a source that reproduces the document\'s wording, from a publisher that is not flagged, in a version whose text is known in full; the sources recorded as carrying its text carry at most "unverified"',
      'drafts/versions/v2.json: clauses.0.sources.0: Say what "draft" attests here: "attests" (the keys of the parts whose content it carries, "main" for the lead text, or "all") or "reports" (the status it reports); a grade counts only sources recorded as carrying what it grades',
      'drafts/versions/v2.json: clauses.0.confidence: Graded "published-text", which needs a source that reproduces the document\'s wording, from a publisher that is not flagged, in a version whose text is known in full; the sources recorded as carrying its text carry at most "unverified"',
    ])
  })
})

describe('counted sources that report different statuses make a dispute', () => {
  it('requires the dispute, naming who reports what (the Geneva NATO–Russia point: brackets or a separate track)', () => {
    const edited = withEdit('versions/geneva-19.json', (v) => delete entry(v, 'no-invasion-no-expansion').entry.disputes)
    expect(issues(edited)).toEqual([
      'data/ukraine-2025/versions/geneva-19.json: clauses.2.disputes: Its sources report different statuses ("bracketed": belga-19-points; "separate-track": rferl-rutte), so the clause must show them as disputed: give a dispute whose claims carry each "status"; none claims "bracketed", "separate-track"',
    ])
  })

  it('requires it when the counted sources agree with each other but not with the clause', () => {
    const edited = withEdit('versions/geneva-19.json', (v) => {
      const fighterJets = entry(v, 'fighter-jets-poland').entry
      fighterJets.status = 'separate-track'
    })
    expect(issues(edited)).toContain(
      'data/ukraine-2025/versions/geneva-19.json: clauses.8.disputes: Its sources report different statuses ("deleted": rmf24-poland-jets-removed; "separate-track": this clause), so the clause must show them as disputed: give a dispute whose claims carry each "status"; none claims "deleted", "separate-track"',
    )
  })

  it('leaves a status that only flagged sources contradict to the note', () => {
    const edited = withEdit('versions/geneva-19.json', (v) => {
      const found = entry(v, 'no-invasion-no-expansion').entry
      found.sources = found.sources.filter((ref: { source: string }) => ref.source !== 'rferl-rutte')
      delete found.disputes
    })
    expect(issues(edited)).toEqual([])
  })

  it('checks that a dispute about the status gives every claim a status, one of them the clause\'s', () => {
    const edited = withEdit('versions/geneva-19.json', (v) => {
      const [bracketed, separate] = entry(v, 'no-invasion-no-expansion').entry.disputes[0].claims
      delete separate.status
      bracketed.status = 'amended'
    })
    expect(issues(edited)).toEqual(
      expect.arrayContaining([
        'data/ukraine-2025/versions/geneva-19.json: clauses.2.disputes.0.claims.1.status: In a dispute about the status, give every claim the status it reports',
        'data/ukraine-2025/versions/geneva-19.json: clauses.2.disputes.0: The clause\'s status "bracketed" must follow one of the claims',
      ]),
    )
  })
})

describe('the events after the latest version', () => {
  it('are listed after it, in date order, each with sources that exist', () => {
    const edited = withEdit('negotiation.json', (n) => {
      n.developments.events[0].date = '2025-12-01'
      n.developments.events[1].sources[0].source = 'nowhere-daily'
    })
    expect(issues(edited)).toEqual([
      'data/ukraine-2025/negotiation.json: developments.events.0.date: An event listed after the latest version must come after it ("ua-20", 2025-12-23)',
      'data/ukraine-2025/negotiation.json: developments.events.1.sources.0.source: Unknown source "nowhere-daily"',
    ])
  })
})
