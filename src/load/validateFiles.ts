/** Checks each file alone against its schema (src/load/schema.ts). */
import type * as z from 'zod/mini'
import {
  negotiationFileSchema,
  sourcesFileSchema,
  versionFileSchema,
  type NegotiationFile,
  type SourcesFile,
  type VersionFile,
} from './schema.ts'
import { showInvisible } from '../domain/visibleText.ts'
import type { DataFile, DataIssue, NegotiationFiles } from './files.ts'
import { legacySourceIds, upgradeLegacySources } from './legacySources.ts'

export interface ParsedVersion {
  readonly path: string
  readonly data: VersionFile
}

export interface ValidFiles {
  readonly negotiation: NegotiationFile
  readonly sources: SourcesFile
  readonly versions: readonly ParsedVersion[]
  /** Sources given in the older shape, which predates the record of what a source attests. */
  readonly legacySources: ReadonlySet<string>
}

function parseWith<S extends z.ZodMiniType>(schema: S, file: DataFile, issues: DataIssue[]): z.infer<S> | null {
  if (file.content === undefined) {
    issues.push({
      file: file.path,
      path: '',
      message: 'The file is missing; every negotiation folder needs negotiation.json, sources.json and versions/*.json',
    })
    return null
  }
  const result = schema.safeParse(file.content)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    issues.push({ file: file.path, path: showInvisible(issue.path.map(String).join('.')), message: showInvisible(issue.message) })
  }
  return null
}

/** The files' contents typed by their schemas, or null when any file fails its schema. */
export function validateFiles(files: NegotiationFiles, issues: DataIssue[]): ValidFiles | null {
  const negotiation = parseWith(negotiationFileSchema, files.negotiation, issues)
  const sources = parseWith(sourcesFileSchema, { ...files.sources, content: upgradeLegacySources(files.sources.content) }, issues)
  const versions = files.versions.flatMap((file) => {
    const data = parseWith(versionFileSchema, file, issues)
    return data ? [{ path: file.path, data }] : []
  })
  return negotiation && sources && issues.length === 0 ? { negotiation, sources, versions, legacySources: legacySourceIds(files.sources.content) } : null
}
