import { describe, expect, it } from 'vitest'
import type { ClauseId } from '../domain/model.ts'
import { formatIssue, loadNegotiation, parseJsonFile } from './loadNegotiation.ts'
import { issuesOf, loadOrFail, ukraineFiles, withEdit } from './testing/ukraineFiles.ts'

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
      files: () => ({ ...ukraineFiles, negotiation: { path: 'data/ukraine-2025/negotiation.json', content: undefined } }),
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

  it('accepts a quantity given with an amount only', () => {
    const files = withEdit('versions/us-28.json', (v) => (v.clauses[5].terms[0] = { term: 'army-cap', amount: 600000 }))
    const army = loadOrFail(files).versions[0]!.clauses.get('army-size' as ClauseId)!.terms[0]
    expect(army).toEqual({ term: 'army-cap', kind: 'quantity', amount: 600000, qualifier: null })
  })
})

describe('loadNegotiation on sources in the older shape', () => {
  it('reads outlet and reliability as publisher and publisher type, as the shared benchmark writes them', () => {
    const files = ukraineFiles
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
    const files = ukraineFiles
    const sources = { schemaVersion: 1, sources: [{ id: 'a', outlet: 'X', title: 'T', date: '2025-01-01', url: 'https://example.org/', reliability: 'rumour' }] }
    const result = loadNegotiation({ ...files, sources: { ...files.sources, content: sources } })
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues.map(formatIssue)).toContainEqual(expect.stringContaining('sources.0.publisherType'))
  })
})
