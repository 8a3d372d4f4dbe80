import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { draftPairWorkspace } from '../src/domain/testing/draftPairWorkspace.ts'
import { toWorkspaceDocument } from '../src/load/workspaceFile.ts'
import { parseImportArgs } from './importArgs.ts'
import { runImport } from './importDrafts.ts'
import { writeDataFolder } from './teamDataFolder.ts'

const CORPUS = join(process.cwd(), 'eval/drafts/corpus')
let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ppd-import-'))
  mkdirSync(join(dir, 'data'))
  for (const name of ['apache-2.0.txt', 'apache-2.0-renumbered.txt', 'artistic-1.0.docx', 'artistic-2.0.pdf']) writeFileSync(join(dir, name), readFileSync(join(CORPUS, name)))
})

/** Runs the command in the temporary folder, collecting what it prints. */
async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runImport(argv, { cwd: dir, today: '2026-12-06', out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** Every path under a folder, relative to it. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()
}

const json = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8'))

describe('npm run import: arguments', () => {
  const parse = (...argv: string[]) => parseImportArgs(argv, dir)
  const refused = (...argv: string[]) => {
    const parsed = parse(...argv)
    return parsed.ok === false ? parsed.message : `accepted: ${JSON.stringify(parsed)}`
  }

  it('takes the drafts in order, the title, the folder (its name is the id) and a date per draft', () => {
    const parsed = parse('apache-2.0.txt', 'apache-2.0-renumbered.txt', '--name', ' Harbour talks ', '--out', 'data/harbour-talks', '--date', '2026-03-02', '--date', '2026-03-06')
    expect(parsed).toEqual({
      ok: true,
      options: {
        drafts: [join(dir, 'apache-2.0.txt'), join(dir, 'apache-2.0-renumbered.txt')],
        workspaceFile: null,
        name: 'Harbour talks',
        out: join(dir, 'data/harbour-talks'),
        id: 'harbour-talks',
        dates: ['2026-03-02', '2026-03-06'],
        force: false,
      },
    })
    // A private folder's id is its name without the "_".
    const hidden = parse('apache-2.0.txt', 'apache-2.0-renumbered.txt', '--name', 'H', '--out', 'data/_harbour')
    expect(hidden.ok === true && hidden.options.id).toBe('harbour')
    expect(parse('--help')).toEqual({ ok: 'help' })
  })

  it('refuses what it cannot do, saying why', () => {
    const two = ['apache-2.0.txt', 'apache-2.0-renumbered.txt']
    expect(refused('--out', 'data/x')).toBe('name the drafts to import (or one exported workspace file)')
    expect(refused(...two, '--name', 'T')).toBe('--out is required: the data folder to write, e.g. --out data/harbour-talks')
    expect(refused(...two, '--name', 'T', '--out', 'data/Harbour Talks')).toMatch(/^--out data\/Harbour Talks: the folder's name is the id in links, so it must be lowercase letters/)
    expect(refused(...two, '--name', 'T', '--out', 'nowhere/harbour')).toBe('--out nowhere/harbour: nowhere does not exist; the import writes only the folder itself')
    expect(refused(...two, '--out', 'data/harbour')).toBe('--name is required for drafts: the negotiation\'s title, e.g. --name "Harbour talks"')
    expect(refused(...two, '--name', '  ', '--out', 'data/harbour')).toBe('--name is empty')
    expect(refused('apache-2.0.txt', '--name', 'T', '--out', 'data/harbour')).toBe('a comparison needs at least two drafts, oldest first')
    expect(refused(...two, 'missing.docx', '--name', 'T', '--out', 'data/harbour')).toBe('missing.docx: no such file')
    writeFileSync(join(dir, 'old.doc'), 'x')
    expect(refused(...two, 'old.doc', '--name', 'T', '--out', 'data/harbour')).toMatch(/old\.doc: the import reads .*; save an old \.doc as \.docx first$/)
    writeFileSync(join(dir, 'ws.json'), '{}')
    expect(refused('ws.json', ...two, '--out', 'data/harbour')).toBe('give either one exported workspace file or the drafts, not both or several workspace files')
    expect(refused(...two, '--name', 'T', '--out', 'data/harbour', '--date', '2026-03-02')).toBe('give --date once per draft, in order: 2 drafts, 1 dates')
    expect(refused(...two, '--name', 'T', '--out', 'data/harbour', '--date', '2026-02-30', '--date', '2026-03-01')).toBe('--date 2026-02-30: expected a real date written YYYY-MM-DD')
    expect(refused(...two, '--name', 'T', '--out', 'data/harbour', '--overwrite')).toMatch(/Unknown option '--overwrite'/)
  })

  it('exits with code 2 and the usage on bad arguments, writing nothing', async () => {
    const result = await run('apache-2.0.txt', '--name', 'T', '--out', 'data/harbour')
    expect(result.code).toBe(2)
    expect(result.err).toContain('import: a comparison needs at least two drafts, oldest first')
    expect(result.err).toContain('Usage: npm run import --')
    expect(tree(join(dir, 'data'))).toEqual([])
  })
})

describe('npm run import: the folder it writes', () => {
  it('reads Word, PDF and text drafts into a folder that passes the build\'s loader, labelled as the team\'s own drafts, and nothing outside it', async () => {
    const before = tree(dir)
    const result = await run('artistic-1.0.docx', 'artistic-2.0.pdf', '--name', 'Licence talks', '--out', 'data/licence-talks', '--date', '2026-03-02', '--date', '2026-03-06')
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(result.out).toContain('opens at #/n/licence-talks/compare/artistic-1-0/artistic-2-0')
    expect(tree(dir)).toEqual(
      [...before, 'data/licence-talks', 'data/licence-talks/negotiation.json', 'data/licence-talks/sources.json', 'data/licence-talks/versions', 'data/licence-talks/versions/artistic-1-0.json', 'data/licence-talks/versions/artistic-2-0.json'].sort(),
    )
    const negotiation = json('data/licence-talks/negotiation.json')
    expect(negotiation).toMatchObject({ id: 'licence-talks', title: 'Licence talks', defaultComparison: ['artistic-1-0', 'artistic-2-0'] })
    expect(negotiation.summary).toContain('The team\'s own drafts')
    expect(negotiation.summary).not.toContain('browser')
    const later = json('data/licence-talks/versions/artistic-2-0.json')
    expect(later).toMatchObject({ textKnown: 'own-draft', origin: 'artistic-2.0.pdf', date: '2026-03-06', basedOn: 'artistic-1-0' })
    expect(later.publication).toBe('The team\'s own draft, read from artistic-2.0.pdf, and imported with npm run import on 2026-12-06. It is not a published text: the clause texts are the draft\'s own wording, not paraphrases.')
    expect(new Set(later.clauses.map((clause: { confidence: string }) => clause.confidence))).toEqual(new Set(['own-text']))
    // Real wording of the Artistic License 2.0, as read from the PDF.
    expect(JSON.stringify(later.clauses)).toContain('You are permitted to use the Standard Version and create and use Modified Versions for any purpose without restriction')
    const sources = json('data/licence-talks/sources.json').sources
    expect(sources.map((source: { publisher: string; publisherType: string }) => [source.publisher, source.publisherType])).toEqual([
      ['The team’s own draft', 'own-text'],
      ['The team’s own draft', 'own-text'],
    ])
  }, 60_000)

  it('keeps the ids of an exported workspace, so a link made in the browser opens the same clause at the new address', async () => {
    const workspace = draftPairWorkspace('ws-1a2b3c4d', 'Ceasefire talks', '1. The cap is 600,000 personnel.\n2. Elections in 100 days.', '1. The cap is 800,000 personnel.\n2. Elections in 100 days.').files
    writeFileSync(join(dir, 'ws-1a2b3c4d.json'), JSON.stringify(toWorkspaceDocument(workspace)))
    const result = await run('ws-1a2b3c4d.json', '--out', 'data/ceasefire')
    expect(result.code).toBe(0)
    const negotiation = json('data/ceasefire/negotiation.json')
    expect(negotiation.id).toBe('ceasefire')
    expect(negotiation.title).toBe('Ceasefire talks')
    expect(negotiation.lineages.map((lineage: { id: string }) => lineage.id)).toEqual(workspace.negotiation.lineages.map((lineage) => lineage.id))
    expect(readdirSync(join(dir, 'data/ceasefire/versions')).sort()).toEqual(workspace.versions.map((version) => `${version.id}.json`).sort())
    expect(json(`data/ceasefire/versions/${workspace.versions[1]!.id}.json`).clauses).toEqual(workspace.versions[1]!.clauses)
  })

  it('refuses a workspace file that does not load, naming the place, and writes nothing', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ "versions": [,] }')
    const result = await run('broken.json', '--out', 'data/broken')
    expect(result.code).toBe(1)
    expect(result.err).toContain('broken.json: Not valid JSON at line 1, column 16')
    expect(existsSync(join(dir, 'data/broken'))).toBe(false)
  })

  it('refuses to replace an existing folder without --force; with it, replaces only its data files', async () => {
    const args = ['apache-2.0.txt', 'apache-2.0-renumbered.txt', '--name', 'Licence talks', '--out', 'data/licence']
    expect((await run(...args)).code).toBe(0)
    writeFileSync(join(dir, 'data/licence/NOTES.md'), 'our notes')
    writeFileSync(join(dir, 'data/licence/versions/stale.json'), '{}')
    const refused = await run(...args)
    expect(refused.code).toBe(2)
    expect(refused.err).toBe('import: data/licence already exists; nothing was written. Give --force to replace its data files')
    expect(existsSync(join(dir, 'data/licence/versions/stale.json'))).toBe(true)

    const forced = await run(...args, '--force')
    expect(forced.code).toBe(0)
    expect(readFileSync(join(dir, 'data/licence/NOTES.md'), 'utf8')).toBe('our notes')
    expect(readdirSync(join(dir, 'data/licence/versions')).sort()).toEqual(['apache-2-0-renumbered.json', 'apache-2-0.json'])
  })

  it('never writes through a symbolic link', () => {
    const precious = join(dir, 'precious')
    mkdirSync(precious)
    symlinkSync(precious, join(dir, 'data/linked'))
    expect(() => writeDataFolder(join(dir, 'data/linked'), new Map([['negotiation.json', '{}']]), true)).toThrow('is a symbolic link; the import does not write through links')
    expect(readdirSync(precious)).toEqual([])

    // A link among the old data files is removed, and what it pointed to is left as it was.
    mkdirSync(join(dir, 'data/team/versions'), { recursive: true })
    writeFileSync(join(dir, 'keep.json'), 'keep me')
    symlinkSync(join(dir, 'keep.json'), join(dir, 'data/team/versions/v1.json'))
    writeDataFolder(join(dir, 'data/team'), new Map([['versions/v1.json', '{"new": true}\n']]), true)
    expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe('keep me')
    expect(readFileSync(join(dir, 'data/team/versions/v1.json'), 'utf8')).toBe('{"new": true}\n')
  })
})
