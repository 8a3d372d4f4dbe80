/**
 * The data boundary. Takes parsed JSON files (bundled at build time, or picked by the user at
 * run time), validates each against its schema, checks what crosses files, and normalizes
 * into the domain types. Nothing past this point sees `unknown`.
 */
import type * as z from 'zod/mini'
import type {
  Alternative,
  ClauseId,
  ClausePart,
  ClauseStatus,
  ClauseVersion,
  Lineage,
  Negotiation,
  Source,
  SourceId,
  SourceRef,
  TermDefinition,
  TermId,
  TermValue,
  TextKnown,
  TopicId,
  Version,
  VersionId,
} from '../domain/model.ts'
import { checkGrades } from './checkGrades.ts'
import {
  negotiationFileSchema,
  sourcesFileSchema,
  versionFileSchema,
  type ClauseEntry,
  type NegotiationFile,
  type RawPart,
  type RawTermValue,
  type SourcesFile,
  type VersionFile,
} from '../domain/schema.ts'
import { hasOwnText, wordingKnown, wordingUnpublished } from '../domain/clauseState.ts'
import { keepsWordingOf, partsEqual } from '../domain/parts.ts'
import { sameTermValue } from '../domain/terms.ts'

/** A JSON file as read from disk or from a file input, before validation. */
export interface DataFile {
  readonly path: string
  readonly content: unknown
}

/** One problem, named by file and by the path inside it, e.g. `clauses.5.status`. */
export interface DataIssue {
  readonly file: string
  readonly path: string
  readonly message: string
}

export type LoadResult =
  | { readonly ok: true; readonly negotiation: Negotiation }
  | { readonly ok: false; readonly issues: readonly DataIssue[] }

export interface NegotiationFiles {
  readonly negotiation: DataFile
  readonly sources: DataFile
  readonly versions: readonly DataFile[]
}

export function formatIssue(issue: DataIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`
}

/**
 * Parses JSON text with an error that names the file, for files a user picks.
 * @example parseJsonFile('draft.json', '{"a":1}') // { ok: true, file: { path: 'draft.json', content: { a: 1 } } }
 */
export function parseJsonFile(
  path: string,
  text: string,
): { ok: true; file: DataFile } | { ok: false; issue: DataIssue } {
  try {
    return { ok: true, file: { path, content: JSON.parse(text) as unknown } }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, issue: { file: path, path: '', message: `Not valid JSON (${reason})` } }
  }
}

function parseWith<S extends z.ZodMiniType>(schema: S, file: DataFile, issues: DataIssue[]): z.infer<S> | null {
  const result = schema.safeParse(file.content)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    issues.push({ file: file.path, path: issue.path.map(String).join('.'), message: issue.message })
  }
  return null
}

/** Validates and normalizes one negotiation. Never throws on bad data: it returns every issue found. */
export function loadNegotiation(files: NegotiationFiles): LoadResult {
  const issues: DataIssue[] = []
  const negotiationFile = parseWith(negotiationFileSchema, files.negotiation, issues)
  const sourcesFile = parseWith(sourcesFileSchema, files.sources, issues)
  const versionFiles = files.versions.flatMap((file) => {
    const parsed = parseWith(versionFileSchema, file, issues)
    return parsed ? [{ path: file.path, data: parsed }] : []
  })
  if (!negotiationFile || !sourcesFile || issues.length > 0) return { ok: false, issues }

  const negotiation = crossCheck(negotiationFile, files.negotiation.path, sourcesFile, files.sources.path, versionFiles, issues)
  return negotiation && issues.length === 0 ? { ok: true, negotiation } : { ok: false, issues }
}

interface ParsedVersion {
  readonly path: string
  readonly data: VersionFile
}

function crossCheck(
  negotiationFile: NegotiationFile,
  negotiationPath: string,
  sourcesFile: SourcesFile,
  sourcesPath: string,
  versionFiles: readonly ParsedVersion[],
  issues: DataIssue[],
): Negotiation | null {
  const report = (file: string, path: string, message: string) => issues.push({ file, path, message })

  const sources = new Map<SourceId, Source>()
  sourcesFile.sources.forEach((source, index) => {
    if (sources.has(source.id as SourceId)) report(sourcesPath, `sources.${index}.id`, `Duplicate source id "${source.id}"`)
    const { dateEstimated, citing, url, copy, carriesText, language, note, ...rest } = source
    sources.set(source.id as SourceId, {
      ...rest,
      id: source.id as SourceId,
      dateEstimated: dateEstimated ?? false,
      carriesText: carriesText ?? false,
      ...(citing ? { citing } : {}),
      ...(url ? { url } : {}),
      ...(copy ? { copy } : {}),
      ...(language ? { language } : {}),
      ...(note ? { note } : {}),
    })
  })

  const topicIds = new Set(negotiationFile.topics.map((topic) => topic.id))
  const versionIds = new Set<string>()
  versionFiles.forEach(({ path, data }) => {
    if (versionIds.has(data.id)) report(path, 'id', `Duplicate version id "${data.id}"`)
    versionIds.add(data.id)
    const fileName = path.split('/').pop()
    if (fileName !== `${data.id}.json`) report(path, 'id', `Version id "${data.id}" must match the file name ${fileName}`)
  })

  const lineages: Lineage[] = []
  const lineageIndex = new Map<string, Lineage>()
  const addLineage = (
    file: string,
    path: string,
    raw: { id: string; title: string; topics: readonly string[] },
    introducedIn: string,
  ) => {
    if (lineageIndex.has(raw.id)) return report(file, `${path}.id`, `Duplicate clause id "${raw.id}"`)
    if (!versionIds.has(introducedIn)) report(file, `${path}.introducedIn`, `Unknown version "${introducedIn}"`)
    raw.topics.forEach((topic, index) => {
      if (!topicIds.has(topic)) report(file, `${path}.topics.${index}`, `Unknown topic "${topic}"`)
    })
    const lineage: Lineage = {
      id: raw.id as ClauseId,
      title: raw.title,
      topics: raw.topics as TopicId[],
      introducedIn: introducedIn as VersionId,
    }
    lineageIndex.set(raw.id, lineage)
    lineages.push(lineage)
  }
  negotiationFile.lineages.forEach((raw, index) =>
    addLineage(negotiationPath, `lineages.${index}`, raw, raw.introducedIn),
  )
  versionFiles.forEach(({ path, data }) =>
    data.newLineages?.forEach((raw, index) => addLineage(path, `newLineages.${index}`, raw, data.id)),
  )

  const terms = checkTerms(negotiationFile, negotiationPath, lineageIndex, report)
  const termIndex = new Map(terms.map((term) => [term.id as string, term]))

  negotiationFile.defaultComparison.forEach((id, index) => {
    if (!versionIds.has(id)) report(negotiationPath, `defaultComparison.${index}`, `Unknown version "${id}"`)
  })

  const checkRefs = (file: string, path: string, refs: readonly { source: string }[]) =>
    refs.forEach((ref, index) => {
      if (!sources.has(ref.source as SourceId)) report(file, `${path}.${index}.source`, `Unknown source "${ref.source}"`)
    })

  checkGrades(versionFiles, sources, report)

  // Versions are normalized base-first, so each one can be checked against its base.
  const byId = new Map(versionFiles.map((file) => [file.data.id, file]))
  const ordered = orderByBase(versionFiles, byId, report)
  const versions = new Map<string, Version>()
  for (const { path, data } of ordered) {
    checkRefs(path, 'sources', data.sources)
    const base = data.basedOn ? versions.get(data.basedOn) : undefined
    if (data.basedOn && base && base.date > data.date) {
      report(path, 'basedOn', `Based on "${data.basedOn}", which is dated after this version`)
    }
    const clauses = normalizeClauses(path, data, base, versions, lineages, lineageIndex, termIndex, checkRefs, report)
    versions.set(data.id, {
      id: data.id as VersionId,
      title: data.title,
      shortTitle: data.shortTitle,
      date: data.date,
      ...(data.dateNote ? { dateNote: data.dateNote } : {}),
      parties: data.parties,
      drafters: data.drafters,
      publication: data.publication,
      textKnown: data.textKnown,
      basedOn: (data.basedOn ?? null) as VersionId | null,
      pointCount: data.pointCount,
      summary: data.summary,
      sources: data.sources.map(toSourceRef),
      clauses,
    })
  }
  if (issues.length > 0) return null

  const fileOrder = versionFiles.map((file) => file.data.id)
  const sortedVersions = [...versions.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || fileOrder.indexOf(a.id) - fileOrder.indexOf(b.id),
  )
  return {
    id: negotiationFile.id,
    title: negotiationFile.title,
    summary: negotiationFile.summary,
    topics: negotiationFile.topics.map((topic) => ({ id: topic.id as TopicId, label: topic.label })),
    lineages,
    terms,
    versions: sortedVersions,
    sources,
    defaultComparison: negotiationFile.defaultComparison as unknown as readonly [VersionId, VersionId],
  }
}

type Report = (file: string, path: string, message: string) => void

function checkTerms(
  negotiationFile: NegotiationFile,
  path: string,
  lineageIndex: ReadonlyMap<string, Lineage>,
  report: Report,
): TermDefinition[] {
  const seen = new Set<string>()
  return negotiationFile.terms.map((raw, index) => {
    if (seen.has(raw.id)) report(path, `terms.${index}.id`, `Duplicate term id "${raw.id}"`)
    seen.add(raw.id)
    if (!lineageIndex.has(raw.clause)) report(path, `terms.${index}.clause`, `Unknown clause "${raw.clause}"`)
    const base = { id: raw.id as TermId, label: raw.label, clause: raw.clause as ClauseId }
    return raw.kind === 'quantity'
      ? { ...base, kind: 'quantity', unit: raw.unit, qualifiers: raw.qualifiers }
      : { ...base, kind: 'choice', choices: raw.choices }
  })
}

function orderByBase(
  files: readonly ParsedVersion[],
  byId: ReadonlyMap<string, ParsedVersion>,
  report: Report,
): ParsedVersion[] {
  const ordered: ParsedVersion[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (file: ParsedVersion) => {
    const mark = state.get(file.data.id)
    if (mark === 'done') return
    if (mark === 'visiting') return report(file.path, 'basedOn', 'Versions are based on each other in a cycle')
    state.set(file.data.id, 'visiting')
    const baseId = file.data.basedOn
    if (baseId) {
      const base = byId.get(baseId)
      if (base) visit(base)
      else report(file.path, 'basedOn', `Unknown version "${baseId}"`)
    }
    state.set(file.data.id, 'done')
    ordered.push(file)
  }
  files.forEach(visit)
  return ordered
}

/** Statuses under which a clause has no text of its own in this version. */
const TEXTLESS: ReadonlySet<ClauseStatus> = new Set(['deleted', 'unknown', 'absent'])

function normalizeClauses(
  path: string,
  data: VersionFile,
  base: Version | undefined,
  versions: ReadonlyMap<string, Version>,
  lineages: readonly Lineage[],
  lineageIndex: ReadonlyMap<string, Lineage>,
  termIndex: ReadonlyMap<string, TermDefinition>,
  checkRefs: (file: string, path: string, refs: readonly { source: string }[]) => void,
  report: Report,
): ReadonlyMap<ClauseId, ClauseVersion> {
  const listed = new Map<string, ClauseVersion>()
  data.clauses.forEach((entry, index) => {
    const at = `clauses.${index}`
    const lineage = lineageIndex.get(entry.clause)
    if (!lineage) return report(path, `${at}.clause`, `Unknown clause id "${entry.clause}"`)
    if (listed.has(entry.clause)) return report(path, `${at}.clause`, `Clause "${entry.clause}" is listed twice`)
    checkRefs(path, `${at}.sources`, entry.sources)
    entry.alternatives?.forEach((alt, altIndex) => checkRefs(path, `${at}.alternatives.${altIndex}.sources`, alt.sources))
    const clause = normalizeEntry(entry, data.id as VersionId, lineage)
    checkEntry(path, at, entry, clause, data.textKnown, base, versions, termIndex, report)
    listed.set(entry.clause, clause)
  })

  // A version must say what became of every clause its base still has: silence would read as a guess.
  if (base) {
    for (const [id, baseClause] of base.clauses) {
      if (baseClause.status !== 'absent' && baseClause.status !== 'deleted' && !listed.has(id)) {
        report(path, 'clauses', `Clause "${id}" of the base version "${base.id}" has no entry; give it a status`)
      }
    }
  }

  // The versions this one descends from: a clause first introduced anywhere else (a later or
  // rival draft) cannot be in this version's line.
  const line = new Set<string>([data.id])
  for (let ancestor = base; ancestor; ancestor = ancestor.basedOn ? versions.get(ancestor.basedOn) : undefined) line.add(ancestor.id)

  const clauses = new Map<ClauseId, ClauseVersion>()
  for (const lineage of lineages) {
    const entry = listed.get(lineage.id)
    // A complete text without the clause does not have it; a partly known text may, unless the
    // clause comes from outside its line.
    const mayHaveIt = data.textKnown === 'changes-only' && line.has(lineage.introducedIn)
    clauses.set(
      lineage.id,
      entry ?? {
        clause: lineage.id,
        version: data.id as VersionId,
        number: null,
        title: lineage.title,
        status: mayHaveIt ? 'unknown' : 'absent',
        confidence: null,
        parts: [],
        alternatives: [],
        terms: [],
        note: mayHaveIt
          ? 'Nothing has been reported about this clause in this version, whose text was never published.'
          : 'Not part of this version.',
        sources: data.sources.map(toSourceRef),
        implicit: true,
      },
    )
  }
  return clauses
}

function toSourceRef(raw: { source: string; note?: string | undefined }): SourceRef {
  return raw.note ? { source: raw.source as SourceId, note: raw.note } : { source: raw.source as SourceId }
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
  const term = raw.term as TermId
  if ('unknown' in raw) return { term, kind: 'unknown', ...note }
  if ('choice' in raw) return { term, kind: 'choice', choice: raw.choice, ...note }
  return { term, kind: 'quantity', amount: raw.amount ?? null, qualifier: raw.qualifier ?? null, ...note }
}

function normalizeEntry(entry: ClauseEntry, version: VersionId, lineage: Lineage): ClauseVersion {
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
    ...(entry.note ? { note: entry.note } : {}),
    sources: entry.sources.map(toSourceRef),
    implicit: false,
  }
}

function checkEntry(
  path: string,
  at: string,
  entry: ClauseEntry,
  clause: ClauseVersion,
  textKnown: TextKnown,
  base: Version | undefined,
  versions: ReadonlyMap<string, Version>,
  termIndex: ReadonlyMap<string, TermDefinition>,
  report: Report,
) {
  const { status } = clause
  const noContent = status === 'unknown' || status === 'absent'
  if (noContent && entry.confidence) report(path, `${at}.confidence`, `A clause whose status is "${status}" has no content to be confident about`)
  if (!noContent && !entry.confidence) report(path, `${at}.confidence`, `Say how the content is known (status "${status}")`)
  if (TEXTLESS.has(status) && clause.parts.length > 0) report(path, `${at}.parts`, `A clause whose status is "${status}" has no text of its own`)
  if (TEXTLESS.has(status) && clause.alternatives.length > 0) report(path, `${at}.alternatives`, `A clause whose status is "${status}" has no options`)
  if (status === 'unknown' && !entry.note) report(path, `${at}.note`, 'Say why the clause is unknown')
  // Only a version known in part may leave its numbering out.
  if (clause.number === null && !TEXTLESS.has(status) && textKnown !== 'changes-only') {
    report(path, `${at}.number`, "Give the version's own number for this point")
  }

  const keys = new Set<string>()
  clause.parts.forEach((part, index) => {
    if (keys.has(part.key)) report(path, `${at}.parts.${index}.key`, `Part key "${part.key}" is used twice`)
    keys.add(part.key)
  })

  checkTermValues(path, `${at}.terms`, clause.clause, clause.terms, termIndex, report)
  clause.alternatives.forEach((alt, index) =>
    checkTermValues(path, `${at}.alternatives.${index}.terms`, clause.clause, alt.terms, termIndex, report),
  )

  if (!base) {
    if (status !== 'added' && !noContent) report(path, `${at}.status`, 'A version with no base introduces its clauses: use "added"')
    return
  }
  const baseClause = base.clauses.get(clause.clause)!
  // Where the base's wording of this clause is not known, texts are checked against the nearest
  // earlier version in the chain whose wording is: a status never rests on text nobody knows.
  const reference = nearestKnownClause(base, clause.clause, versions)
  const referenceHasIt = reference !== null && hasOwnText(reference.clause)
  const baseMayHaveIt = baseClause.status !== 'absent' && baseClause.status !== 'deleted'
  if (status === 'added' && (baseClause.status === 'unknown' ? referenceHasIt : baseMayHaveIt)) {
    report(path, `${at}.status`, `"${reference?.version.id ?? base.id}" already has this clause; use "kept" or "amended"`)
  }
  if ((status === 'kept' || status === 'amended' || status === 'deleted') && !baseMayHaveIt) {
    report(path, `${at}.status`, `"${status}" needs the clause in the base version "${base.id}"`)
  }
  if ((status === 'kept' || status === 'amended') && baseMayHaveIt && !referenceHasIt) {
    report(path, `${at}.status`, `No earlier text of this clause is known to be ${status === 'kept' ? 'kept' : 'amended'}; use "unknown", "added" or a state`)
  }
  if (status === 'kept' && wordingUnpublished(baseClause)) {
    // Keeping wording nobody has seen: say so with no text, rather than copy an older text.
    if (clause.parts.length > 0) report(path, `${at}.parts`, `The wording of "${base.id}" was never published; a kept clause repeats no text`)
    return
  }
  if (!reference || !referenceHasIt) return
  const earlier = reference.clause
  if (status === 'kept' && !(keepsWordingOf(clause.parts, earlier.parts) && termsKept(clause.terms, earlier.terms) && alternativesEqual(clause.alternatives, earlier.alternatives))) {
    report(path, `${at}.parts`, `A kept clause must have exactly the text, terms and options of "${reference.version.id}"; use "amended" if anything changed`)
  }
  if (
    status === 'amended' &&
    clause.parts.length > 0 &&
    partsEqual(clause.parts, earlier.parts) &&
    termsEqual(clause.terms, earlier.terms) &&
    alternativesEqual(clause.alternatives, earlier.alternatives)
  ) {
    report(path, `${at}.status`, `The text, terms and options are the same as in "${reference.version.id}"; use "kept"`)
  }
}

/** The base, or the nearest version up its chain, whose wording of the clause is known. */
function nearestKnownClause(base: Version, clauseId: ClauseId, versions: ReadonlyMap<string, Version>): { version: Version; clause: ClauseVersion } | null {
  for (let version: Version | undefined = base; version; version = version.basedOn ? versions.get(version.basedOn) : undefined) {
    const clause = version.clauses.get(clauseId)
    if (clause && wordingKnown(clause)) return { version, clause }
  }
  return null
}

function termsEqual(a: readonly TermValue[], b: readonly TermValue[]): boolean {
  const byTerm = new Map(b.map((value) => [value.term, value]))
  return (
    a.length === b.length &&
    a.every((value) => {
      const other = byTerm.get(value.term)
      if (!other) return false
      return value.kind === 'unknown' || other.kind === 'unknown' ? value.kind === other.kind : sameTermValue(value, other)
    })
  )
}

/** The later terms keep the earlier ones: the same values, or values now not known. */
function termsKept(later: readonly TermValue[], earlier: readonly TermValue[]): boolean {
  const byTerm = new Map(earlier.map((value) => [value.term, value]))
  return (
    later.length === earlier.length &&
    later.every((value) => {
      const other = byTerm.get(value.term)
      return other !== undefined && (value.kind === 'unknown' || (other.kind !== 'unknown' && sameTermValue(value, other)))
    })
  )
}

function alternativesEqual(a: readonly Alternative[], b: readonly Alternative[]): boolean {
  return (
    a.length === b.length &&
    a.every((alternative, index) => {
      const other = b[index]!
      return alternative.party === other.party && alternative.title === other.title && partsEqual(alternative.parts, other.parts) && termsEqual(alternative.terms, other.terms)
    })
  )
}

function checkTermValues(
  path: string,
  at: string,
  clause: ClauseId,
  values: readonly TermValue[],
  termIndex: ReadonlyMap<string, TermDefinition>,
  report: Report,
) {
  const seen = new Set<string>()
  values.forEach((value, index) => {
    const where = `${at}.${index}`
    const definition = termIndex.get(value.term)
    if (!definition) return report(path, `${where}.term`, `Unknown term "${value.term}"`)
    if (seen.has(value.term)) report(path, `${where}.term`, `Term "${value.term}" is given twice`)
    seen.add(value.term)
    if (definition.clause !== clause) report(path, `${where}.term`, `Term "${value.term}" belongs to clause "${definition.clause}"`)
    if (value.kind === 'unknown') return
    if (value.kind !== definition.kind) return report(path, where, `Term "${value.term}" takes a ${definition.kind}`)
    if (value.kind === 'choice' && definition.kind === 'choice' && !definition.choices.some((c) => c.id === value.choice)) {
      report(path, `${where}.choice`, `"${value.choice}" is not one of ${definition.choices.map((c) => c.id).join(', ')}`)
    }
    if (value.kind === 'quantity' && definition.kind === 'quantity') {
      if (value.qualifier !== null && !definition.qualifiers.some((q) => q.id === value.qualifier)) {
        report(path, `${where}.qualifier`, `"${value.qualifier}" is not one of ${definition.qualifiers.map((q) => q.id).join(', ')}`)
      }
      if (value.amount === null && value.qualifier === null) report(path, where, 'Give an amount, a qualifier, or both')
    }
  })
}
