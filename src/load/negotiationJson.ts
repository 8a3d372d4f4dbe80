/**
 * A loaded negotiation as JSON text and back. The build validates each published data folder
 * once (loadNegotiation, in build/plugins/data.ts) and ships the result in this form, so the page only
 * parses it: no schema, no cross-checks and no normalizing on the reader's main thread.
 *
 * It ships in two parts. The opening holds what the first view (`#/`, the default comparison)
 * draws: the negotiation's frame (topics, lineages, terms), the default pair's versions with
 * their clauses (and any version they are based on), and a heading for every version, to choose
 * from. The rest holds the other versions, the source records, which the first view's cells
 * show only once opened, and what only pages that wait for the rest show (the descriptions of
 * the negotiation and of the opening's versions, and the notes on their source references), and
 * loads right after.
 *
 * The form is compact, because its size is most of what a long negotiation's first view waits
 * for: each distinct wording is written once (a kept clause repeats its base's text, so five
 * versions of 2,000 clauses carry little more text than one), and a clause leaves out what its
 * context gives (its version, its version's sources, a title equal to its lineage's, empty
 * lists, `implicit` when false). Maps (a version's clauses, the sources) are written as arrays.
 */
import type { ClauseId, ClausePart, ClauseVersion, Developments, Negotiation, Source, SourceRef, Version, VersionHeading, VersionId } from '../domain/model.ts'

/** A part with its wording as an index into the texts table (null stays null: not known). */
type PartJson = Omit<ClausePart, 'text'> & { readonly text: number | null }
type ClauseJson = Partial<Omit<ClauseVersion, 'parts' | 'alternatives'>> & {
  readonly parts?: readonly PartJson[]
  readonly alternatives?: readonly (Omit<ClauseVersion['alternatives'][number], 'parts'> & { readonly parts: readonly PartJson[] })[]
}
type VersionJson = Omit<Version, 'clauses'> & { readonly clauses: readonly ClauseJson[] }
/** A version's description: the versions page, the report's cover and the exports show it, never the first view. */
type VersionDetails = Pick<Version, 'publication' | 'drafters' | 'summary'> & { readonly dateNote?: string }
type OpeningVersionJson = Omit<VersionJson, keyof VersionDetails>
/** A source reference's note, by version, clause (null: the version's own list) and place in its list. */
type RefNote = readonly [VersionId, ClauseId | null, number, string]
type OpeningJson = Omit<Negotiation, 'versions' | 'sources' | 'developments' | 'summary'> & {
  readonly texts: readonly string[]
  readonly versions: readonly OpeningVersionJson[]
  readonly headings: readonly VersionHeading[]
}
/** Its texts continue the opening's table: a wording the opening has is not written again. */
export interface RestJson {
  readonly texts: readonly string[]
  readonly versions: readonly VersionJson[]
  readonly sources: readonly Source[]
  /** Only the versions page shows it, so it waits for the rest. */
  readonly developments?: Developments
  /** What the opening leaves out because only pages that wait for the rest show it. */
  readonly summary: string
  readonly openingDetails: readonly (VersionDetails & { readonly id: VersionId })[]
  readonly openingRefNotes: readonly RefNote[]
}

/** A negotiation as the build ships it: the opening, then the rest (see above). */
export interface NegotiationJsonParts {
  readonly opening: string
  readonly rest: string
}

/**
 * The first part of a negotiation, parsed. Its `negotiation` holds only the opening's versions
 * and no source records yet: it may draw the comparison of those versions, with source lists
 * shown as loading, and nothing else, until `completeNegotiation` (negotiationRest.ts). Until then the descriptions
 * (the negotiation's and its versions' summary, drafters, publication, date note) are empty and
 * source references carry no note: every page that shows them waits for the rest.
 */
export interface NegotiationOpening {
  readonly negotiation: Negotiation
  /** Every version of the negotiation, in its order, to choose from. */
  readonly headings: readonly VersionHeading[]
  /** The opening's wordings, which the rest's text indexes continue. */
  readonly texts: readonly string[]
}

/** The default pair and every version their line is based on: a comparison of the pair reads no other. */
function openingVersions(negotiation: Negotiation): ReadonlySet<VersionId> {
  const basedOn = new Map(negotiation.versions.map((version) => [version.id, version.basedOn]))
  const opening = new Set<VersionId>()
  const pending: VersionId[] = [...negotiation.defaultComparison]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (opening.has(id)) continue
    opening.add(id)
    const base = basedOn.get(id)
    if (base) pending.push(base)
  }
  return opening
}

export function negotiationToJson(negotiation: Negotiation): NegotiationJsonParts {
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
  const versionJson = (version: Version): VersionJson => {
    const versionSources = JSON.stringify(version.sources)
    return { ...version, clauses: [...version.clauses.values()].map((entry) => clause(entry, versionSources)) }
  }
  const inOpening = openingVersions(negotiation)
  const openingDetails: (VersionDetails & { id: VersionId })[] = []
  const openingRefNotes: RefNote[] = []
  const withoutNotes = (refs: readonly SourceRef[], version: VersionId, clause: ClauseId | null) =>
    refs.map(({ note, ...ref }, index) => {
      if (note !== undefined) openingRefNotes.push([version, clause, index, note])
      return ref
    })
  const openingVersionJson = (version: Version): OpeningVersionJson => {
    const { publication, drafters, summary, dateNote, sources: versionRefs, clauses, ...heading } = versionJson(version)
    openingDetails.push({ id: version.id, publication, drafters, summary, ...(dateNote === undefined ? {} : { dateNote }) })
    return {
      ...heading,
      sources: withoutNotes(versionRefs, version.id, null),
      clauses: clauses.map((entry) => (entry.sources && entry.clause ? { ...entry, sources: withoutNotes(entry.sources, version.id, entry.clause) } : entry)),
    }
  }
  // The opening's wordings first, so that they make the opening's whole table.
  const openingVersionsJson = negotiation.versions.filter((version) => inOpening.has(version.id)).map(openingVersionJson)
  const openingTexts = texts.length
  const restVersions = negotiation.versions.filter((version) => !inOpening.has(version.id)).map(versionJson)
  const { sources, versions, developments, summary, ...frame } = negotiation
  const headings = versions.map(({ id, title, shortTitle, date, textKnown, basedOn }) => ({ id, title, shortTitle, date, textKnown, basedOn }))
  const opening: OpeningJson = { ...frame, texts: texts.slice(0, openingTexts), versions: openingVersionsJson, headings }
  const rest: RestJson = {
    texts: texts.slice(openingTexts),
    versions: restVersions,
    sources: [...sources.values()],
    ...(developments ? { developments } : {}),
    summary,
    openingDetails,
    openingRefNotes,
  }
  return { opening: JSON.stringify(opening), rest: JSON.stringify(rest) }
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
 * Completes parsed clauses in place rather than copying them: at 2,000 clauses × 5 versions,
 * copying them cost five times the parse.
 */
function clauseMap(entries: readonly ClauseJson[], version: Omit<Version, 'clauses'>, texts: readonly string[], titles: ReadonlyMap<string, string>) {
  const withText = (parts: { text: number | string | null }[]) => {
    for (const part of parts) part.text = part.text === null ? null : texts[part.text as number]!
    return parts
  }
  const clauses = new Map<ClauseVersion['clause'], ClauseVersion>()
  for (const entry of entries as unknown as ParsedClause[]) {
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
  return clauses
}

export function parseVersions(versions: readonly VersionJson[], texts: readonly string[], lineages: Negotiation['lineages']): Version[] {
  const titles = new Map(lineages.map((lineage) => [lineage.id, lineage.title]))
  return versions.map((version) => ({ ...version, clauses: clauseMap(version.clauses, version, texts, titles) }))
}

/** Trusts its input: only the build writes it, from a negotiation that passed the loader. */
export function openingFromJson(text: string): NegotiationOpening {
  const { texts, headings, versions, ...frame } = JSON.parse(text) as OpeningJson
  // Empty until the rest fills them in (completeNegotiation): see NegotiationOpening.
  const described = versions.map((version) => ({ ...version, publication: '', drafters: '', summary: '' }))
  return { negotiation: { ...frame, summary: '', versions: parseVersions(described, texts, frame.lineages), sources: new Map() }, headings, texts }
}
