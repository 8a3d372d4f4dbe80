/**
 * `npm run import`: a team's own drafts (Word, PDF, Markdown or text files, or a workspace file
 * exported from the app) turned into a data folder the build publishes, so everyone opens the
 * same comparison at one address, with deep links at `#/n/<folder>/compare/…?clause=<id>`.
 *
 * The drafts go through the app's own readers (src/features/workspaces), splitter, aligner and
 * workspace builder (src/drafts), run headless here, and the folder is checked by the
 * loader the build uses before anything is written. It writes only inside --out.
 * scripts/import-drafts.mjs runs this file; the tests import it. Its parts: the command line
 * (importArgs.ts), the drafts or workspace file read (importInputs.ts), the folder (teamDataFolder.ts).
 */
import { basename } from 'node:path'
import '../src/load/englishMessages.ts'
import { parseImportArgs, shownPath } from './importArgs.ts'
import { draftsToFiles, workspaceToFiles } from './importInputs.ts'
import { asTeamFolder, checkFolder, folderContents, RefusedError, writeDataFolder } from './teamDataFolder.ts'

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
