import type { ClauseId, ClausePart, ClauseStatus, ClauseVersion, VersionId } from '../model.ts'

/** A clause version with the given parts, written as `key: text` pairs (`null` for unknown wording). */
export function makeClause(status: ClauseStatus, parts: Record<string, string | null> = {}): ClauseVersion {
  const clauseParts: ClausePart[] = Object.entries(parts).map(([key, text]) => ({ key, text }))
  return {
    clause: 'test-clause' as ClauseId,
    version: 'test-version' as VersionId,
    number: '1',
    title: 'Test clause',
    status,
    confidence: status === 'unknown' || status === 'not-mentioned' || status === 'absent' ? null : 'published-text',
    parts: clauseParts,
    alternatives: [],
    terms: [],
    disputes: [],
    sources: [],
    implicit: false,
  }
}
