import type { DataFile, NegotiationFiles } from './files.ts'

/** Groups `data/<folder>/{negotiation,sources,versions/*}.json` into one set per folder. */
export function groupDataFiles(files: readonly DataFile[]): Map<string, NegotiationFiles> {
  const folders = new Map<string, { negotiation?: DataFile; sources?: DataFile; versions: DataFile[] }>()
  for (const file of files) {
    const match = /^\/?data\/([^/]+)\/(.+)$/.exec(file.path)
    if (!match) continue
    const [, folder = '', rest = ''] = match
    const group = folders.get(folder) ?? { versions: [] }
    folders.set(folder, group)
    if (rest === 'negotiation.json') group.negotiation = file
    else if (rest === 'sources.json') group.sources = file
    else if (rest.startsWith('versions/')) group.versions.push(file)
  }
  const complete = new Map<string, NegotiationFiles>()
  for (const [folder, group] of folders) {
    complete.set(folder, {
      negotiation: group.negotiation ?? { path: `data/${folder}/negotiation.json`, content: undefined },
      sources: group.sources ?? { path: `data/${folder}/sources.json`, content: undefined },
      versions: group.versions.sort((a, b) => a.path.localeCompare(b.path)),
    })
  }
  return complete
}
