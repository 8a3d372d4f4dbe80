// The imported files as a team's data folder: reworded as the team's own, checked by the build's loader, and written.
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { SCHEMA_VERSION, type NegotiationFile, type SourcesFile, type VersionFile, type WorkspaceFiles } from '../src/load/schema.ts'
import { formatIssue, loadNegotiation } from '../src/load/loadNegotiation.ts'

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

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}
