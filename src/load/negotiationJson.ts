/**
 * A loaded negotiation as JSON text and back. The build validates each published data folder
 * once (loadNegotiation, in vite.config.ts) and ships the result in this form, so the page only
 * parses it: no schema, no cross-checks and no normalizing on the reader's main thread.
 *
 * The form is compact, because its size is most of what a long negotiation's first view waits
 * for: each distinct wording is written once (a kept clause repeats its base's text, so five
 * versions of 2,000 clauses carry little more text than one), and a clause leaves out what its
 * context gives (its id and version, a title equal to its lineage's, empty lists, `implicit`
 * when false). Maps (a version's clauses, the sources) are written as arrays.
 */
import type { ClausePart, ClauseVersion, Lineage, Negotiation, Source, Version } from '../domain/model.ts'

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
  // A clause's version is the one it is listed under, so it is left out.
  const clause = ({ clause: id, version, title, parts, alternatives, terms, disputes, implicit, ...rest }: ClauseVersion): ClauseJson => ({
    clause: id,
    ...rest,
    ...(title === titles.get(id) ? {} : { title }),
    ...(parts.length > 0 ? { parts: parts.map(part) } : {}),
    ...(alternatives.length > 0 ? { alternatives: alternatives.map((alternative) => ({ ...alternative, parts: alternative.parts.map(part) })) } : {}),
    ...(terms.length > 0 ? { terms } : {}),
    ...(disputes.length > 0 ? { disputes } : {}),
    ...(implicit ? { implicit } : {}),
  })
  const versions = negotiation.versions.map((version) => ({ ...version, clauses: [...version.clauses.values()].map(clause) }))
  const json: NegotiationJson = { ...negotiation, texts, versions, sources: [...negotiation.sources.values()] }
  return JSON.stringify(json)
}

/** Trusts its input: only the build writes it, from a negotiation that passed the loader. */
export function negotiationFromJson(text: string): Negotiation {
  const { texts, versions, sources, ...json } = JSON.parse(text) as NegotiationJson
  const part = ({ text: index, ...rest }: PartJson): ClausePart => ({ ...rest, text: index === null ? null : texts[index]! })
  const lineages = new Map<string, Lineage>(json.lineages.map((lineage) => [lineage.id, lineage]))
  const clause = (entry: ClauseJson, version: Version['id']): ClauseVersion => {
    const { parts, alternatives, title, terms, disputes, implicit, ...rest } = entry
    return {
      ...(rest as Pick<ClauseVersion, 'clause' | 'number' | 'status' | 'confidence' | 'sources' | 'note'>),
      version,
      title: title ?? lineages.get(entry.clause!)!.title,
      parts: parts?.map(part) ?? [],
      alternatives: alternatives?.map((alternative) => ({ ...alternative, parts: alternative.parts.map(part) })) ?? [],
      terms: terms ?? [],
      disputes: disputes ?? [],
      implicit: implicit ?? false,
    }
  }
  return {
    ...json,
    versions: versions.map((version) => ({
      ...version,
      clauses: new Map(version.clauses.map((entry) => [entry.clause!, clause(entry, version.id)])),
    })),
    sources: new Map(sources.map((source) => [source.id, source])),
  }
}
