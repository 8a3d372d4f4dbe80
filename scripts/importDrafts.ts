/**
 * `npm run import`: a team's own drafts (Word, PDF, Markdown or text files, or a workspace file
 * exported from the app) turned into a data folder the build publishes, so everyone opens the
 * same comparison at one address, with deep links at `#/n/<folder>/compare/…?clause=<id>`.
 *
 * The drafts go through the app's own readers (src/features/workspaces), splitter, aligner and
 * workspace builder (src/domain/drafts), run headless here, and the folder is checked by the
 * loader the build uses before anything is written. It writes only inside --out.
 * scripts/import-drafts.mjs runs this file; the tests import it.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type * as PdfJs from 'pdfjs-dist'
import { alignClauses } from '../src/domain/drafts/alignClauses.ts'
import type { Alignment } from '../src/domain/drafts/alignment.ts'
import { buildWorkspace } from '../src/domain/drafts/buildWorkspace.ts'
import { fileSizeProblem } from '../src/domain/drafts/importLimits.ts'
import type { DraftClause } from '../src/domain/drafts/draftClause.ts'
import { clauseProblem, DRAFT_LIMITS } from '../src/domain/drafts/draftLimits.ts'
import { splitClauses } from '../src/domain/drafts/splitClauses.ts'
import { LIMITS, SCHEMA_VERSION, type NegotiationFile, type SourcesFile, type VersionFile, type WorkspaceFiles } from '../src/domain/schema.ts'
import { checkedText, readDocxFile, type ReadResult } from '../src/features/workspaces/fileReaders.ts'
import { pdfDocumentText } from '../src/features/workspaces/pdfDocumentText.ts'
import '../src/load/englishMessages.ts'
import { formatIssue, loadNegotiation } from '../src/load/loadNegotiation.ts'
import { readWorkspaceFile } from '../src/load/workspaceFile.ts'

export const USAGE = `Usage: npm run import -- <draft> <draft> [<draft> …] --name "<title>" --out data/<folder> [options]
       npm run import -- <workspace-file>.json --out data/<folder> [--name "<title>"] [options]

Turns a team's own drafts into a data folder the app publishes: the same splitter and aligner as
the browser's "Your drafts". Drafts are .docx, .pdf, .md, .markdown, .txt or .text files, oldest
first; each revises the one before it. Or give one workspace file exported from the app: its
clause ids are kept, so links made in the workspace work at the new address.

Options:
  --name <title>       the negotiation's title (required for drafts)
  --out <folder>       the data folder to write, e.g. data/harbour-talks; its name is the id in
                       links (#/n/harbour-talks/…). A name starting with "_" is private: never built
  --date <YYYY-MM-DD>  each draft's date, once per draft in order (default: the day of the import)
  --force              replace the data files of an existing folder (nothing else in it is touched)
  --help               show this help`

const DRAFT_EXTENSIONS = new Set(['.docx', '.pdf', '.md', '.markdown', '.txt', '.text'])
const FOLDER = /^_?([a-z0-9]+(?:-[a-z0-9]+)*)$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

export interface ImportOptions {
  /** Absolute paths, in the order given. */
  readonly drafts: readonly string[]
  readonly workspaceFile: string | null
  readonly name: string | null
  /** Absolute. */
  readonly out: string
  /** The negotiation id: the folder's name without a leading "_". */
  readonly id: string
  readonly dates: readonly string[]
  readonly force: boolean
}

export type ParsedArgs = { readonly ok: true; readonly options: ImportOptions } | { readonly ok: false; readonly message: string } | { readonly ok: 'help' }

/** A real calendar date written YYYY-MM-DD. */
function isDate(text: string): boolean {
  if (!DATE.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** Reads the command line; every problem is a message for exit code 2, before any file is read. */
export function parseImportArgs(argv: readonly string[], cwd: string): ParsedArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { name: { type: 'string' }, out: { type: 'string' }, date: { type: 'string', multiple: true }, force: { type: 'boolean' }, help: { type: 'boolean' } },
    })
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  const { values, positionals } = parsed
  if (values.help) return { ok: 'help' }
  const fail = (message: string): ParsedArgs => ({ ok: false, message })
  if (positionals.length === 0) return fail('name the drafts to import (or one exported workspace file)')
  if (values.out === undefined || values.out.trim() === '') return fail('--out is required: the data folder to write, e.g. --out data/harbour-talks')
  const out = resolve(cwd, values.out)
  const folder = basename(out)
  const id = FOLDER.exec(folder)?.[1]
  if (!id) return fail(`--out ${values.out}: the folder's name is the id in links, so it must be lowercase letters, digits and single hyphens (e.g. harbour-talks, or _harbour-talks to keep it private)`)
  if (id.length > 80) return fail(`--out ${values.out}: the folder's name is longer than 80 characters`)
  if (!existsSync(dirname(out))) return fail(`--out ${values.out}: ${shownPath(cwd, dirname(out))} does not exist; the import writes only the folder itself`)
  const name = values.name?.trim() ?? null
  if (values.name !== undefined && name === '') return fail('--name is empty')
  if (name !== null && name.length > LIMITS.shortText) return fail(`--name is longer than ${LIMITS.shortText} characters`)

  const inputs = positionals.map((given) => ({ given, path: resolve(cwd, given), extension: extname(given).toLowerCase() }))
  for (const input of inputs) {
    if (!existsSync(input.path)) return fail(`${input.given}: no such file`)
    if (!lstatSync(input.path).isFile()) return fail(`${input.given}: not a file`)
    if (input.extension !== '.json' && !DRAFT_EXTENSIONS.has(input.extension)) {
      return fail(`${input.given}: the import reads .docx, .pdf, .md, .markdown, .txt and .text drafts, or one exported workspace file (.json)${input.extension === '.doc' ? '; save an old .doc as .docx first' : ''}`)
    }
  }
  const workspaceFiles = inputs.filter((input) => input.extension === '.json')
  const drafts = inputs.filter((input) => input.extension !== '.json')
  const dates = values.date ?? []
  if (workspaceFiles.length > 0) {
    if (inputs.length > 1) return fail('give either one exported workspace file or the drafts, not both or several workspace files')
    if (dates.length > 0) return fail('--date is for drafts; a workspace file keeps its versions\' own dates')
  } else {
    if (drafts.length < 2) return fail('a comparison needs at least two drafts, oldest first')
    if (drafts.length > DRAFT_LIMITS.versionsPerWorkspace) return fail(`at most ${DRAFT_LIMITS.versionsPerWorkspace} drafts at a time; ${drafts.length} were given`)
    if (name === null) return fail('--name is required for drafts: the negotiation\'s title, e.g. --name "Harbour talks"')
    if (dates.length > 0 && dates.length !== drafts.length) return fail(`give --date once per draft, in order: ${drafts.length} drafts, ${dates.length} dates`)
    const bad = dates.find((date) => !isDate(date))
    if (bad !== undefined) return fail(`--date ${bad}: expected a real date written YYYY-MM-DD`)
  }
  return {
    ok: true,
    options: { drafts: drafts.map((input) => input.path), workspaceFile: workspaceFiles[0]?.path ?? null, name, out, id, dates, force: values.force ?? false },
  }
}

/** pdf.js's Node build, which wants Promise.withResolvers: Node 22 has it, Node 20 does not. */
export async function nodePdfJs() {
  ;(Promise as unknown as { withResolvers?: unknown }).withResolvers ??= () => {
    let resolve: unknown, reject: unknown
    const promise = new Promise((a, b) => ((resolve = a), (reject = b)))
    return { promise, resolve, reject }
  }
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pick<typeof PdfJs, 'getDocument'>
}

/** Reads one draft from disk with the app's own readers and limits. */
export async function readDraft(path: string): Promise<ReadResult> {
  const name = basename(path)
  const bytes = readFileSync(path)
  const tooBig = fileSizeProblem(name, bytes.byteLength)
  if (tooBig) return { ok: false, message: tooBig }
  switch (extname(name).toLowerCase()) {
    case '.docx':
      return readDocxFile(new Blob([new Uint8Array(bytes)]), name)
    case '.pdf': {
      const read = await pdfDocumentText(await nodePdfJs(), new Uint8Array(bytes), name)
      return read.ok ? { ...checkedText(name, read.text), ...(read.notes.length > 0 ? { notes: read.notes } : {}) } : read
    }
    default:
      return checkedText(name, bytes.toString('utf8').replace(/^\uFEFF/, ''))
  }
}

export type Outcome = { readonly ok: true; readonly files: WorkspaceFiles; readonly notes: readonly string[] } | { readonly ok: false; readonly messages: readonly string[] }

/** Reads, splits and aligns the drafts as the browser does, and builds their data files. */
export async function draftsToFiles(options: ImportOptions, importedOn: string): Promise<Outcome> {
  const notes: string[] = []
  const versions: { name: string; date: string; origin: string; clauses: DraftClause[] }[] = []
  const problems: string[] = []
  for (const [index, path] of options.drafts.entries()) {
    const origin = basename(path)
    const read = await readDraft(path)
    if (!read.ok) {
      problems.push(read.message)
      continue
    }
    notes.push(...read.notes)
    const split = splitClauses(read.text)
    if (!split.ok) {
      problems.push(`${origin}: ${split.message}`)
      continue
    }
    split.clauses.forEach((clause, i) => {
      const problem = clauseProblem(clause)
      if (problem) problems.push(`${origin}, clause ${clause.number ?? i + 1}: ${problem}`)
    })
    // The name a version gets in the browser when its file is opened: the file's name.
    versions.push({ name: origin.replace(/\.[a-z0-9]+$/i, '').slice(0, 80) || `Draft ${index + 1}`, date: options.dates[index] ?? importedOn, origin, clauses: [...split.clauses] })
  }
  if (problems.length > 0) return { ok: false, messages: problems }
  const alignments: Alignment[] = versions.slice(1).map((later, k) => alignClauses(versions[k]!.clauses, later.clauses))
  const built = buildWorkspace({ id: options.id, name: options.name!, versions, alignments }, importedOn)
  if (!built.ok) return { ok: false, messages: [built.message] }
  const dated = options.dates.length > 0
  return {
    ok: true,
    notes,
    files: {
      ...built.files,
      versions: built.files.versions.map((version) => (dated ? version : { ...version, dateNote: `No date was given at import; ${importedOn} is the day of the import` })),
    },
  }
}

/** Reads an exported workspace file, checked whole by the loader, as the app's import does. */
export function workspaceToFiles(path: string): Outcome {
  const read = readWorkspaceFile(basename(path), readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))
  if (!read.ok) return { ok: false, messages: read.issues.map(formatIssue) }
  return { ok: true, files: read.files, notes: [] }
}

/**
 * The drafts as a team's published folder: its id, its title, and words that say what the texts
 * are (the team's own drafts, in their own wording, read from their files) in place of the
 * browser's "kept in this browser only". Ids of versions, clauses and terms stay as they were,
 * so links made in a workspace keep working at the new address.
 */
export function asTeamFolder(files: WorkspaceFiles, id: string, name: string | null, importedOn: string): WorkspaceFiles {
  const own = new Set(files.sources.sources.filter((source) => source.publisherType === 'own-text').map((source) => source.id))
  const versions: VersionFile[] = files.versions.map((version) => {
    if (version.textKnown !== 'own-draft' && !version.sources.every((ref) => own.has(ref.source))) return version
    const from = version.origin && version.origin !== 'Pasted text' ? `read from ${version.origin}` : 'pasted into the app'
    return {
      ...version,
      textKnown: 'own-draft',
      // Workspaces saved before drafts had their own grade called them published text.
      clauses: version.clauses.map((entry) => (entry.confidence === 'published-text' ? { ...entry, confidence: 'own-text' } : entry)),
      publication: `The team's own draft, ${from}, and imported with npm run import on ${importedOn}. It is not a published text: the clause texts are the draft's own wording, not paraphrases.`,
    }
  })
  const sources: SourcesFile = {
    schemaVersion: SCHEMA_VERSION,
    sources: files.sources.sources.map((source) => (own.has(source.id) ? { ...source, publisher: 'The team’s own draft' } : source)),
  }
  const negotiation: NegotiationFile = {
    ...files.negotiation,
    id,
    title: name ?? files.negotiation.title,
    summary: `The team's own drafts, imported with npm run import on ${importedOn}. The clause texts are the drafts' own wording, as read from their files: not published texts, and not paraphrases.`,
  }
  return { negotiation, sources, versions }
}

/** The folder's files, by path inside it, as the build reads them. */
export function folderContents(files: WorkspaceFiles): Map<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  return new Map([
    ['negotiation.json', json(files.negotiation)],
    ['sources.json', json(files.sources)],
    ...files.versions.map((version) => [`versions/${version.id}.json`, json(version)] as [string, string]),
  ])
}

/** The folder through the build's own loader, under the paths the build gives its files. */
export function checkFolder(contents: Map<string, string>, folder: string): readonly string[] {
  const at = (path: string) => ({ path: `data/${folder}/${path}`, content: JSON.parse(contents.get(path)!) as unknown })
  const result = loadNegotiation({
    negotiation: at('negotiation.json'),
    sources: at('sources.json'),
    versions: [...contents.keys()].filter((path) => path.startsWith('versions/')).map(at),
  })
  return result.ok ? [] : result.issues.map(formatIssue)
}

export class RefusedError extends Error {}

/**
 * Writes the folder. An existing folder is refused unless `force`; then only its data files (the
 * ones this command writes) are replaced. Never follows a symbolic link, never writes outside `out`.
 */
export function writeDataFolder(out: string, contents: Map<string, string>, force: boolean, shown = out): void {
  if (existsSync(out) || isLink(out)) {
    const stat = lstatSync(out)
    if (stat.isSymbolicLink()) throw new RefusedError(`${shown} is a symbolic link; the import does not write through links`)
    if (!stat.isDirectory()) throw new RefusedError(`${shown} exists and is not a folder`)
    if (!force) throw new RefusedError(`${shown} already exists; nothing was written. Give --force to replace its data files`)
    const versions = join(out, 'versions')
    if (isLink(versions)) throw new RefusedError(`${shown}/versions is a symbolic link; the import does not write through links`)
    const old = [
      ...['negotiation.json', 'sources.json'].map((name) => join(out, name)),
      ...(existsSync(versions) ? readdirSync(versions).filter((name) => name.endsWith('.json')).map((name) => join(versions, name)) : []),
    ].filter((path) => existsSync(path) || isLink(path))
    // A link is removed, never followed; what it pointed to stays as it was.
    for (const path of old) rmSync(path)
  }
  for (const path of contents.keys()) {
    const target = resolve(out, path)
    if (relative(out, target).startsWith('..') || resolve(target) === resolve(out)) throw new RefusedError(`${path} would be written outside ${shown}`)
  }
  mkdirSync(join(out, 'versions'), { recursive: true })
  // "wx": a file that appeared meanwhile is an error, not something to write through.
  for (const [path, text] of contents) writeFileSync(join(out, path), text, { flag: 'wx' })
}

/** A path as the user gave it: relative to where they are, when it is inside it. */
function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path)
  return inside === '' || inside.startsWith('..') ? path : inside
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

export interface Io {
  readonly cwd: string
  readonly today: string
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

/** The command: 0 written, 1 drafts or folder that do not pass, 2 bad arguments or a refused write. */
export async function runImport(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseImportArgs(argv, io.cwd)
  if (parsed.ok === 'help') {
    io.out(USAGE)
    return 0
  }
  if (!parsed.ok) {
    io.err(`import: ${parsed.message}\n\n${USAGE}`)
    return 2
  }
  const { options } = parsed
  const read = options.workspaceFile ? workspaceToFiles(options.workspaceFile) : await draftsToFiles(options, io.today)
  if (!read.ok) {
    io.err(`import: nothing was written.\n${read.messages.map((line) => `  ${line}`).join('\n')}`)
    return 1
  }
  const folder = basename(options.out)
  const contents = folderContents(asTeamFolder(read.files, options.id, options.name, io.today))
  const issues = checkFolder(contents, folder)
  if (issues.length > 0) {
    io.err(`import: the folder would not validate, so nothing was written.\n${issues.map((line) => `  ${line}`).join('\n')}`)
    return 1
  }
  try {
    writeDataFolder(options.out, contents, options.force, shownPath(io.cwd, options.out))
  } catch (error) {
    if (error instanceof RefusedError) {
      io.err(`import: ${error.message}`)
      return 2
    }
    throw error
  }
  for (const note of read.notes) io.err(`note: ${note}`)
  const versions = read.files.versions.map((version) => version.id)
  io.out(
    [
      `Wrote ${shownPath(io.cwd, options.out)}: ${versions.length} versions (${versions.join(', ')}), ${read.files.negotiation.lineages.length} clauses.`,
      folder.startsWith('_')
        ? 'Its name starts with "_", so it is private: the build leaves it out.'
        : `Build the app (npm run build), and its comparison opens at #/n/${options.id}/compare/${versions[0]}/${versions[versions.length - 1]}; a clause at …?clause=<id>.`,
    ].join('\n'),
  )
  return 0
}
