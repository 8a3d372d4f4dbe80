/** From the files' shapes to the domain's: ids branded, shorthands expanded, silence filled in. */
import type {
  Alternative,
  ClausePart,
  ClauseVersion,
  Lineage,
  SourceRef,
  TermValue,
  VersionId,
} from '../domain/model.ts'
import type { ClauseEntry, RawPart, RawTermValue, VersionFile } from './schema.ts'
import { sourceId, termId, versionId } from './ids.ts'

export function toSourceRef(raw: { source: string; note?: string | undefined }): SourceRef {
  return raw.note ? { source: sourceId(raw.source), note: raw.note } : { source: sourceId(raw.source) }
}

/** A clause's own source, with the parts whose wording it carries where the file says so. */
function toEvidenceRef(raw: { source: string; note?: string | undefined; attests?: 'all' | string[] | undefined }): SourceRef {
  const ref = toSourceRef(raw)
  return raw.attests === undefined ? ref : { ...ref, attests: raw.attests }
}

function toParts(text: string | null | undefined, parts: readonly RawPart[] | undefined): ClausePart[] {
  const lead: ClausePart[] = text === undefined ? [] : [{ key: 'main', text }]
  return [
    ...lead,
    ...(parts ?? []).map((part) => ({
      key: part.key,
      text: part.text,
      ...(part.label ? { label: part.label } : {}),
      ...(part.confidence ? { confidence: part.confidence } : {}),
    })),
  ]
}

function toTermValue(raw: RawTermValue): TermValue {
  const note = raw.note ? { note: raw.note } : {}
  const term = termId(raw.term)
  if ('unknown' in raw) return { term, kind: 'unknown', ...note }
  if ('choice' in raw) return { term, kind: 'choice', choice: raw.choice, ...note }
  return { term, kind: 'quantity', amount: raw.amount ?? null, qualifier: raw.qualifier ?? null, ...note }
}

/** One clause as a version's file gives it. */
export function normalizeEntry(entry: ClauseEntry, version: VersionId, lineage: Lineage): ClauseVersion {
  const alternatives: Alternative[] = (entry.alternatives ?? []).map((alt) => ({
    party: alt.party,
    title: alt.title,
    parts: toParts(alt.text, alt.parts),
    terms: (alt.terms ?? []).map(toTermValue),
    confidence: alt.confidence,
    sources: alt.sources.map(toSourceRef),
  }))
  return {
    clause: lineage.id,
    version,
    number: entry.number ?? null,
    title: entry.title ?? lineage.title,
    status: entry.status,
    confidence: entry.confidence ?? null,
    parts: toParts(entry.text, entry.parts),
    alternatives,
    terms: (entry.terms ?? []).map(toTermValue),
    disputes: (entry.disputes ?? []).map((dispute) => ({
      term: dispute.term === undefined ? null : termId(dispute.term),
      claims: dispute.claims.map((claim) => ({ claim: claim.claim, ...(claim.status ? { status: claim.status } : {}), sources: claim.sources.map(toSourceRef) })),
    })),
    ...(entry.note ? { note: entry.note } : {}),
    sources: entry.sources.map(toEvidenceRef),
    implicit: false,
  }
}

/**
 * A clause the version's file does not mention. A complete text without the clause does not
 * have it; a partly known text may, unless the clause comes from outside its line.
 */
export function unmentionedClause(lineage: Lineage, data: VersionFile, introducedInLine: boolean): ClauseVersion {
  const mayHaveIt = data.textKnown === 'changes-only' && introducedInLine
  return {
    clause: lineage.id,
    version: versionId(data.id),
    number: null,
    title: lineage.title,
    status: mayHaveIt ? 'unknown' : 'absent',
    confidence: null,
    parts: [],
    alternatives: [],
    terms: [],
    disputes: [],
    note: mayHaveIt
      ? 'Nothing has been reported about this clause in this version, whose text was never published.'
      : 'Not part of this version.',
    sources: data.sources.map(toSourceRef),
    implicit: true,
  }
}
