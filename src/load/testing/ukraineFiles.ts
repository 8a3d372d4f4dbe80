/** The bundled Ukraine files for the loader's tests: loaded, copied with an edit, or read for their issues. */
import type { Negotiation } from '../../domain/model.ts'
import { bundledFiles } from '../bundledFiles.ts'
import { groupDataFiles } from '../groupDataFiles.ts'
import { formatIssue, loadNegotiation, type DataFile, type NegotiationFiles } from '../loadNegotiation.ts'

function bundledFolder(folder: string): NegotiationFiles {
  const files = groupDataFiles(bundledFiles).get(folder)
  if (!files) throw new Error('bundled data missing')
  return files
}

export const ukraineFiles = bundledFolder('ukraine-2025')

export function loadOrFail(files: NegotiationFiles): Negotiation {
  const result = loadNegotiation(files)
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  return result.negotiation
}

/** Deep copy of the bundled files with one file's content changed, for rejection cases. */
export function withEdit(fileSuffix: string, edit: (content: any) => void): NegotiationFiles {
  const copy = (file: DataFile): DataFile => {
    const content = structuredClone(file.content)
    if (file.path.endsWith(fileSuffix)) edit(content)
    return { path: file.path, content }
  }
  return {
    negotiation: copy(ukraineFiles.negotiation),
    sources: copy(ukraineFiles.sources),
    versions: ukraineFiles.versions.map(copy),
  }
}

export function issuesOf(files: NegotiationFiles): string[] {
  const result = loadNegotiation(files)
  return result.ok ? [] : result.issues.map(formatIssue)
}
