/**
 * A loaded negotiation as JSON text and back. The build validates each published data folder
 * once (loadNegotiation, in vite.config.ts) and ships the result in this form, so the page only
 * parses it: no schema, no cross-checks and no normalizing on the reader's main thread.
 *
 * The form is compact, because its size is most of what a long negotiation's first view waits
 * for: each distinct wording is written once (a kept clause repeats its base's text, so five
 * versions of 2,000 clauses carry little more text than one), and a clause leaves out what its
 * context gives (its version, its version's sources, a title equal to its lineage's, empty
 * lists, `implicit` when false). Maps (a version's clauses, the sources) are written as arrays.
 */
import type { ClausePart, ClauseVersion, Negotiation, Source, Version } from '../domain/model.ts'

/** A part with its wording as an index into the texts table (null stays null: not known). */
type PartJson = Omit<ClausePart, 'text'> & { readonly text: number | null }
type ClauseJson = Partial<Omit<ClauseVersion, 'parts' | 'alternatives'>> & {
  readonly parts?: readonly PartJson[]
  readonly alternatives?: readonly (Omit<ClauseVersion['alternatives'][number], 'parts'> & { readonly parts: readonly PartJson[] })[]
}
type VersionJson = Omit<Version, 'clauses'> & { readonly clauses: readonly ClauseJson[] }
type NegotiationJson = Omit<Negotiation, 'versions' | 'sources'> & {
  readonly texts: readonly string[]
  readonly versions: readonly VersionJson[]
  readonly sources: readonly Source[]
}

export function negotiationToJson(negotiation: Negotiation): string {
  const texts: string[] = []
  const textIndex = new Map<string, number>()
  const part = ({ text, ...rest }: ClausePart): PartJson => {
    if (text === null) return { ...rest, text: null }
    let index = textIndex.get(text)
    if (index === undefined) {
      index = texts.push(text) - 1
      textIndex.set(text, index)
    }
    return { ...rest, text: index }
  }
  const titles = new Map(negotiation.lineages.map((lineage) => [lineage.id, lineage.title]))
  // A clause's version is the one it is listed under, so it is left out; so are its sources
  // when they are its version's.
  const clause = ({ clause: id, version, title, parts, alternatives, terms, disputes, implicit, sources, ...rest }: ClauseVersion, versionSources: string): ClauseJson => ({
    clause: id,
    ...rest,
    ...(JSON.stringify(sources) === versionSources ? {} : { sources }),
    ...(title === titles.get(id) ? {} : { title }),
    ...(parts.length > 0 ? { parts: parts.map(part) } : {}),
    ...(alternatives.length > 0 ? { alternatives: alternatives.map((alternative) => ({ ...alternative, parts: alternative.parts.map(part) })) } : {}),
    ...(terms.length > 0 ? { terms } : {}),
    ...(disputes.length > 0 ? { disputes } : {}),
    ...(implicit ? { implicit } : {}),
  })
  const versions = negotiation.versions.map((version) => {
    const versionSources = JSON.stringify(version.sources)
    return { ...version, clauses: [...version.clauses.values()].map((entry) => clause(entry, versionSources)) }
  })
  const json: NegotiationJson = { ...negotiation, texts, versions, sources: [...negotiation.sources.values()] }
  return JSON.stringify(json)
}

/** A clause as parsed, completed in place into a `ClauseVersion`. */
interface ParsedClause {
  clause: ClauseVersion['clause']
  version?: Version['id']
  title?: string
  parts?: { text: number | string | null }[]
  alternatives?: { parts: { text: number | string | null }[] }[]
  terms?: unknown[]
  disputes?: unknown[]
  implicit?: boolean
  sources?: Version['sources']
}

/**
 * Trusts its input: only the build writes it, from a negotiation that passed the loader. The
 * parsed objects are completed in place rather than copied: at 2,000 clauses × 5 versions,
 * copying them cost five times the parse.
 */
export function negotiationFromJson(text: string): Negotiation {
  const { texts, ...json } = JSON.parse(text) as NegotiationJson
  const withText = (parts: { text: number | string | null }[]) => {
    for (const part of parts) part.text = part.text === null ? null : texts[part.text as number]!
    return parts
  }
  const titles = new Map(json.lineages.map((lineage) => [lineage.id, lineage.title]))
  const versions = json.versions.map((version) => {
    const clauses = new Map<ClauseVersion['clause'], ClauseVersion>()
    for (const entry of version.clauses as unknown as ParsedClause[]) {
      entry.version = version.id
      entry.title ??= titles.get(entry.clause)!
      entry.parts = entry.parts ? withText(entry.parts) : []
      if (entry.alternatives) for (const alternative of entry.alternatives) withText(alternative.parts)
      else entry.alternatives = []
      entry.terms ??= []
      entry.disputes ??= []
      entry.implicit ??= false
      entry.sources ??= version.sources
      clauses.set(entry.clause, entry as unknown as ClauseVersion)
    }
    return { ...version, clauses }
  })
  return { ...json, versions, sources: new Map(json.sources.map((source) => [source.id, source])) }
}
