// The import's command line read and checked: the options, or a message for exit code 2, before any file is read.
import { existsSync, lstatSync } from 'node:fs'
import { basename, dirname, extname, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DRAFT_LIMITS } from '../src/drafts/draftLimits.ts'
import { LIMITS } from '../src/load/schema.ts'

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

/** A path as the user gave it: relative to where they are, when it is inside it. */
export function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path)
  return inside === '' || inside.startsWith('..') ? path : inside
}
