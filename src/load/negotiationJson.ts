/**
 * A loaded negotiation as JSON text and back. The build validates each published data folder
 * once (loadNegotiation, in vite.config.ts) and ships the result in this form, so the page only
 * parses it: no schema, no cross-checks and no normalizing on the reader's main thread.
 *
 * The model is plain data but for two maps, written as arrays: a version's clauses (keyed by
 * their clause id) and the sources (keyed by their id).
 */
import type { ClauseVersion, Negotiation, Source, Version } from '../domain/model.ts'

type VersionJson = Omit<Version, 'clauses'> & { readonly clauses: readonly ClauseVersion[] }
type NegotiationJson = Omit<Negotiation, 'versions' | 'sources'> & {
  readonly versions: readonly VersionJson[]
  readonly sources: readonly Source[]
}

export function negotiationToJson(negotiation: Negotiation): string {
  const json: NegotiationJson = {
    ...negotiation,
    versions: negotiation.versions.map((version) => ({ ...version, clauses: [...version.clauses.values()] })),
    sources: [...negotiation.sources.values()],
  }
  return JSON.stringify(json)
}

/** Trusts its input: only the build writes it, from a negotiation that passed the loader. */
export function negotiationFromJson(text: string): Negotiation {
  const json = JSON.parse(text) as NegotiationJson
  return {
    ...json,
    versions: json.versions.map((version) => ({ ...version, clauses: new Map(version.clauses.map((clause) => [clause.clause, clause])) })),
    sources: new Map(json.sources.map((source) => [source.id, source])),
  }
}
