import { describe, expect, it } from 'vitest'
import { bundledFiles } from './bundledFiles.ts'
import { groupDataFiles } from './groupDataFiles.ts'
import { formatIssue, loadNegotiation, type DataFile, type NegotiationFiles } from './loadNegotiation.ts'

const files = groupDataFiles(bundledFiles).get('ukraine-2025')!
const withEdit = (edits: Record<string, (content: any) => void>): NegotiationFiles => {
  const copy = (file: DataFile): DataFile => {
    const content = structuredClone(file.content)
    for (const [suffix, edit] of Object.entries(edits)) if (file.path.endsWith(suffix)) edit(content)
    return { path: file.path, content }
  }
  return { negotiation: copy(files.negotiation), sources: copy(files.sources), versions: files.versions.map(copy) }
}
const issues = (edited: NegotiationFiles) => {
  const result = loadNegotiation(edited)
  return result.ok ? [] : result.issues.map(formatIssue)
}
const clause = (version: any, id: string) => version.clauses.find((c: { clause: string }) => c.clause === id)

/** Sub-point b of US point 20 as the data worded it before: 15 words in a row from a mirror's rendering. */
const COPIED = 'Both countries abolish all discriminatory measures and guarantee the rights of Ukrainian and Russian media and education.'

describe('the loader refuses text that copies a stored passage of a source', () => {
  it('names the file, the path and the source of a copied run of 12 words or more', () => {
    const edited = withEdit({ 'versions/us-28.json': (v) => (clause(v, 'education-tolerance').parts[1].text = COPIED) })
    expect(issues(edited)).toEqual([
      'data/ukraine-2025/versions/us-28.json: clauses.19.parts.1.text: Shares 15 words in a row with a passage of source "pravda-net-en-points-17-28" (“abolish all discriminatory measures and guarantee the rights of ukrainian and russian media and education”); say it in our own words, quoting at most a short key phrase',
    ])
  })

  it('accepts a run of 11 shared words', () => {
    // "the rights of ukrainian and russian media and education" plus three words before it.
    const edited = withEdit({
      'versions/us-28.json': (v) => (clause(v, 'education-tolerance').parts[1].text = 'They lift the barriers and guarantee the rights of Ukrainian and Russian media and education.'),
    })
    expect(issues(edited)).toEqual([])
  })

  it('checks notes, options, claims, the list of later events and source titles, whatever the case, punctuation or spelling', () => {
    const copiedRutte = 'Rutte SAID: “Elements more concerning the EU or Nato will be discussed separately”.'
    const edited = withEdit({
      'versions/ua-20.json': (v) => {
        clause(v, 'nato-troops').note = copiedRutte
        clause(v, 'territory').alternatives[1].text = 'Ukrainian officials stressed that they were “not authorised” to make territorial concessions, particularly the ceding of land.'
      },
      'versions/geneva-19.json': (v) => (clause(v, 'army-size').disputes[0].claims[1].claim = 'The new plan removes limits to the size of Ukraine’s army, and no longer gives blanket amnesty'),
      'negotiation.json': (n) => (n.developments.events[0].text = 'A trilateral security working group comprising Russian, U.S. and Ukrainian officials began on Friday its first session.'),
      'sources.json': (s) => (s.sources.find((x: { id: string }) => x.id === 'belga-19-points').title = 'The most contentious matters, including questions of territory and the broader relationship between NATO'),
    })
    const belga = (files.sources.content as { sources: { id: string }[] }).sources.findIndex((x) => x.id === 'belga-19-points')
    const found = issues(edited).map((issue) => issue.replace(/ \(“.*$/, ''))
    expect(found).toEqual([
      'data/ukraine-2025/negotiation.json: developments.events.0.text: Shares 18 words in a row with a passage of source "i24news-abu-dhabi-first-round"',
      `data/ukraine-2025/sources.json: sources.${belga}.title: Shares 14 words in a row with a passage of source "belga-19-points"`,
      'data/ukraine-2025/versions/geneva-19.json: clauses.5.disputes.0.claims.1.claim: Shares 14 words in a row with a passage of source "theaustralian-ft-19-points"',
      'data/ukraine-2025/versions/ua-20.json: clauses.7.note: Shares 12 words in a row with a passage of source "rferl-rutte"',
      'data/ukraine-2025/versions/ua-20.json: clauses.22.alternatives.1.text: Shares 17 words in a row with a passage of source "belga-19-points"',
    ])
  })
})
