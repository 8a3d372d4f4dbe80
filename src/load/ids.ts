/**
 * The loader confers the id brands of `model.ts`: a string from a data file becomes a
 * `VersionId`, `ClauseId`, `SourceId`, `TermId` or `TopicId` here, once the schema has checked
 * its syntax; the cross-file checks report any that names nothing. The one assertion per brand.
 */
import type { ClauseId, SourceId, TermId, TopicId, VersionId } from '../domain/model.ts'

export const versionId = (id: string) => id as VersionId
export const clauseId = (id: string) => id as ClauseId
export const sourceId = (id: string) => id as SourceId
export const termId = (id: string) => id as TermId
export const topicId = (id: string) => id as TopicId
