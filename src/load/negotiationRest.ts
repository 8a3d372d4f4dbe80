/**
 * The second part of a shipped negotiation (see negotiationJson.ts), read into the whole. Its own
 * module, loaded with the rest's data, so the first view's code does not carry it.
 */
import type { Negotiation, Version, VersionId } from '../domain/model.ts'
import { openingFromJson, parseVersions, type NegotiationJsonParts, type NegotiationOpening, type RestJson } from './negotiationJson.ts'

/**
 * Fills in the opening's descriptions and source notes in place: the first view holds these
 * objects, and new ones would make it compute its comparison again.
 */
function describeOpening(byId: ReadonlyMap<VersionId, Version>, json: RestJson) {
  for (const { id, ...details } of json.openingDetails) {
    const version = byId.get(id)
    if (version) Object.assign(version, details)
  }
  for (const [versionId, clauseId, index, note] of json.openingRefNotes) {
    const version = byId.get(versionId)
    const refs = clauseId === null ? version?.sources : version?.clauses.get(clauseId)?.sources
    const ref = refs?.[index]
    if (ref) Object.assign(ref, { note })
  }
}

/** The whole negotiation: the opening's objects, unchanged, with the rest added. */
export function completeNegotiation(opening: NegotiationOpening, rest: string): Negotiation {
  const json = JSON.parse(rest) as RestJson
  const { lineages, versions } = opening.negotiation
  const byId = new Map([...versions, ...parseVersions(json.versions, [...opening.texts, ...json.texts], lineages)].map((version) => [version.id, version]))
  describeOpening(byId, json)
  return {
    ...opening.negotiation,
    summary: json.summary,
    versions: opening.headings.map((heading) => byId.get(heading.id)!),
    sources: new Map(json.sources.map((source) => [source.id, source])),
    ...(json.developments ? { developments: json.developments } : {}),
  }
}

/** Both parts at once: for the build and the tests, which have no first view to hurry. */
export function negotiationFromJson({ opening, rest }: NegotiationJsonParts): Negotiation {
  return completeNegotiation(openingFromJson(opening), rest)
}
