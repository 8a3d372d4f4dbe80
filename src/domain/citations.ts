import type { ClauseId, Negotiation, SourceId, VersionId } from './model.ts'

/** One place that cites a source: a version as a whole, one clause (or option) in it, or the events after the latest version. */
export interface Citation {
  /** Null for the events after the latest version (negotiation `developments`), which belong to no version. */
  readonly version: VersionId | null
  /** Null when the source backs the version's metadata rather than a clause. */
  readonly clause: ClauseId | null
  readonly number: string | null
  readonly title: string
  readonly note?: string
}

/**
 * Every source's citations, in version and clause order. Clauses the loader filled in
 * (implicit `absent`/`unknown`) cite the version's own sources and are left out, so a source
 * is listed against what it actually supports.
 */
export function indexCitations(negotiation: Negotiation): ReadonlyMap<SourceId, readonly Citation[]> {
  const index = new Map<SourceId, Citation[]>()
  const add = (source: SourceId, citation: Citation) => {
    const list = index.get(source) ?? []
    const last = list.at(-1)
    // A clause that cites one source for itself and for an option is listed once.
    if (last && last.version === citation.version && last.clause === citation.clause) return
    list.push(citation)
    index.set(source, list)
  }
  for (const version of negotiation.versions) {
    for (const ref of version.sources) {
      add(ref.source, { version: version.id, clause: null, number: null, title: version.title, ...(ref.note ? { note: ref.note } : {}) })
    }
    for (const clause of version.clauses.values()) {
      if (clause.implicit) continue
      const base = { version: version.id, clause: clause.clause, number: clause.number, title: clause.title }
      for (const ref of clause.sources) add(ref.source, { ...base, ...(ref.note ? { note: ref.note } : {}) })
      for (const alternative of clause.alternatives) {
        for (const ref of alternative.sources) add(ref.source, { ...base, note: ref.note ?? `${alternative.party} option` })
      }
    }
  }
  const developments = negotiation.developments
  if (developments) {
    for (const event of developments.events) {
      for (const ref of event.sources) add(ref.source, { version: null, clause: null, number: null, title: developments.title })
    }
  }
  return index
}
