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

describe('the loader enforces the grade rule', () => {
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

  it('accepts the bundled data as graded', () => {
    expect(issues(withEdit('none', () => {}))).toEqual([])
  })

  it('rejects "several reports" resting on a forum post alone, naming the file and path', () => {
    const edited = withEdit('versions/e3.json', (v) => {
      const index = v.clauses.findIndex((c: { clause: string }) => c.clause === 'peace-council')
      expect(v.clauses[index].sources.map((ref: { source: string }) => ref.source)).toEqual(['5ch-e3-points-13-27'])
      v.clauses[index].confidence = 'multiple-reports'
    })
    const index = (files.versions.find((f) => f.path.endsWith('e3.json'))!.content as { clauses: { clause: string }[] }).clauses.findIndex(
      (c) => c.clause === 'peace-council',
    )
    expect(issues(edited)).toEqual([
      `data/ukraine-2025/versions/e3.json: clauses.${index}.confidence: Graded "multiple-reports", which needs two independent publishers that are not flagged (copies and relays of one report count once); its sources carry at most "unverified"`,
    ])
  })

  it('rejects a rival option graded above its sources', () => {
    const edited = withEdit('versions/ua-20.json', (v) => {
      const territory = v.clauses.find((c: { clause: string }) => c.clause === 'territory')
      territory.alternatives[0].sources = [{ source: '112ua-territory-referendum' }]
      territory.alternatives[0].confidence = 'multiple-reports'
    })
    expect(issues(edited).join('\n')).toMatch(/ua-20\.json: clauses\.\d+\.alternatives\.0\.confidence: Graded "multiple-reports"/)
  })
})
