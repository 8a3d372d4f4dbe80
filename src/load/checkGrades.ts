/**
 * Holds every confidence grade in the data to the written rule (data/README.md, "Confidence"):
 * a grade may not claim more than the sources recorded as carrying what it grades give. Each
 * source a clause or option cites says what it was seen to attest there (`attests`: the parts
 * whose content it carries; `reports`: the status it reports), and only those count. A clause
 * whose counted sources report different statuses must show them as a dispute.
 *
 * It checks what the data records — who published each source, whether that publisher is
 * flagged, what each citation attests — not whether a source really says what it is recorded
 * as saying: that stays the editor's job.
 */
import { CONFIDENCE_LEVELS, type ClauseStatus, type Confidence, type Source, type SourceId } from '../domain/model.ts'
import { isFlaggedPublisher } from '../domain/sourceCitation.ts'
import type { ClauseEntry, EvidenceRef, RawPart, VersionFile } from './schema.ts'
import type { ReportIssue } from './files.ts'

/** A grade's place in CONFIDENCE_LEVELS: the lower, the stronger. */
const rank = (level: Confidence) => CONFIDENCE_LEVELS.indexOf(level)

/**
 * The strongest grade a set of sources can carry. Copies of one story share their publisher and
 * relays of one report share what they cite, so either counts once.
 */
export function strongestGrade(sources: readonly Source[], textPublished: boolean, ownDraft = false): Confidence {
  if (ownDraft && sources.some((source) => source.publisherType === 'own-text')) return 'own-text'
  const counted = sources.filter((source) => !isFlaggedPublisher(source.publisherType))
  if (textPublished && counted.some((source) => source.carriesText)) return 'published-text'
  const origins = new Set(counted.map((source) => (source.citing ?? source.publisher).toLowerCase()))
  if (origins.size >= 2) return 'multiple-reports'
  if (origins.size === 1) return 'single-report'
  return 'unverified'
}

const REQUIREMENT: Record<Confidence, string> = {
  'own-text': 'a source of the user\'s own text, in a version that is the user\'s own draft',
  'published-text':
    'a source that reproduces the document\'s wording, from a publisher that is not flagged, in a version whose text is known in full',
  'multiple-reports': 'two independent publishers that are not flagged (copies and relays of one report count once)',
  'single-report': 'one publisher that is not flagged',
  unverified: 'any source',
}

/** What one citation attests, as recorded; `all` is every part of the clause or option citing it. */
interface Evidence {
  readonly source: Source
  readonly parts: 'all' | ReadonlySet<string>
  readonly reports: ClauseStatus | undefined
}

/** A clause's or option's parts as the file gives them: the lead text (key "main") first. */
interface GradedPart {
  readonly key: string
  readonly text: string | null
  readonly confidence: Confidence | undefined
  /** Where a part's own grade sits in the file, when it has one. */
  readonly at: string | null
}

function partsOf(text: string | null | undefined, parts: readonly RawPart[] | undefined, at: string): GradedPart[] {
  const lead: GradedPart[] = text === undefined ? [] : [{ key: 'main', text, confidence: undefined, at: null }]
  return [...lead, ...(parts ?? []).map((part, index) => ({ key: part.key, text: part.text, confidence: part.confidence, at: `${at}.parts.${index}` }))]
}

interface FileContext {
  readonly path: string
  readonly textPublished: boolean
  /** A user's own draft, graded as their own text. */
  readonly ownDraft: boolean
  readonly sources: ReadonlyMap<string, Source>
  /** Sources that cannot carry a record (a user's own text, a file in the older shape): they attest the whole clause. */
  readonly wholeClause: (source: Source) => boolean
  readonly report: ReportIssue
}

/** Reads each citation's record, reporting a graded item's citation that has none and a part it cannot attest. */
function readEvidence(refs: readonly EvidenceRef[], at: string, parts: readonly GradedPart[], graded: boolean, status: ClauseStatus | undefined, context: FileContext): Evidence[] {
  const { path, sources, wholeClause, report } = context
  const keys = new Set(parts.map((part) => part.key))
  return refs.flatMap((ref, index) => {
    const source = sources.get(ref.source)
    if (!source) return [] // reported where the citations are checked
    const where = `${at}.${index}`
    if (ref.attests === undefined && ref.reports === undefined) {
      if (wholeClause(source)) return [{ source, parts: 'all' as const, reports: status }]
      if (graded) {
        report(path, where, `Say what "${ref.source}" attests here: "attests" (the keys of the parts whose content it carries, "main" for the lead text, or "all") or "reports" (the status it reports); a grade counts only sources recorded as carrying what it grades`)
      }
      return [{ source, parts: new Set<string>(), reports: undefined }]
    }
    if (Array.isArray(ref.attests)) {
      ref.attests.forEach((key, keyIndex) => {
        if (!keys.has(key)) report(path, `${where}.attests.${keyIndex}`, `There is no part "${key}" to attest here; the parts are ${keys.size > 0 ? [...keys].map((k) => `"${k}"`).join(', ') : 'none'}`)
      })
    }
    if (ref.reports !== undefined && status === undefined) report(path, `${where}.reports`, 'An option has no status of its own to report; say what it attests')
    return [{ source, parts: ref.attests === 'all' ? ('all' as const) : new Set(ref.attests ?? []), reports: ref.reports }]
  })
}

const carrying = (evidence: readonly Evidence[], key: string) =>
  evidence.filter((item) => item.parts === 'all' || item.parts.has(key)).map((item) => item.source)

function checkGrade(at: string, claimed: Confidence, allowed: Confidence, what: string, { path, report }: FileContext) {
  if (rank(claimed) >= rank(allowed)) return
  report(path, `${at}.confidence`, `Graded "${claimed}", which needs ${REQUIREMENT[claimed]}; the sources recorded as carrying ${what} carry at most "${allowed}"`)
}

/**
 * The grade of a clause or option covers its parts that have no grade of their own, each of which
 * its recorded sources must carry; where it has no such text, what the grade covers is `otherwise`.
 */
function checkItem(at: string, claimed: Confidence | undefined, parts: readonly GradedPart[], evidence: readonly Evidence[], otherwise: { what: string; sources: Source[] }, context: FileContext) {
  for (const part of parts) {
    if (part.confidence && part.at && part.text !== null) {
      checkGrade(part.at, part.confidence, strongestGrade(carrying(evidence, part.key), context.textPublished, context.ownDraft), `part "${part.key}"`, context)
    }
  }
  if (!claimed) return
  const covered = parts.filter((part) => part.text !== null && part.confidence === undefined)
  let weakest: { allowed: Confidence; what: string } | null = null
  for (const part of covered) {
    const allowed = strongestGrade(carrying(evidence, part.key), context.textPublished, context.ownDraft)
    if (weakest === null || rank(allowed) > rank(weakest.allowed)) {
      weakest = { allowed, what: covered.length === 1 && part.key === 'main' ? 'its text' : `part "${part.key}"` }
    }
  }
  // No part of its own text under the grade: the grade covers `otherwise`.
  if (weakest === null) return checkGrade(at, claimed, strongestGrade(otherwise.sources, context.textPublished, context.ownDraft), otherwise.what, context)
  checkGrade(at, claimed, weakest.allowed, weakest.what, context)
}

/** Counted sources that report different statuses, or a status other than the clause's, make a dispute the clause must show. */
function checkReportedStatuses(at: string, entry: ClauseEntry, evidence: readonly Evidence[], { path, report }: FileContext) {
  const reported = new Map<ClauseStatus, string[]>()
  for (const item of evidence) {
    if (item.reports === undefined || isFlaggedPublisher(item.source.publisherType)) continue
    reported.set(item.reports, [...(reported.get(item.reports) ?? []), item.source.id])
  }
  const statuses = new Set([...reported.keys(), entry.status])
  if (reported.size === 0 || statuses.size < 2) return
  const claimed = new Set(entry.disputes?.flatMap((dispute) => dispute.claims.flatMap((claim) => (claim.status ? [claim.status] : []))) ?? [])
  const missing = [...statuses].filter((status) => !claimed.has(status))
  if (missing.length === 0) return
  const who = [...statuses].map((status) => `"${status}": ${reported.get(status)?.join(', ') ?? 'this clause'}`).join('; ')
  report(path, `${at}.disputes`, `Its sources report different statuses (${who}), so the clause must show them as disputed: give a dispute whose claims carry each "status"; none claims ${missing.map((status) => `"${status}"`).join(', ')}`)
}

/**
 * Reports, with file and path, each clause, part or option whose grade claims more than the
 * sources recorded as carrying it give, each citation of a graded item that records nothing, and
 * each clause whose counted sources disagree about its status without a dispute saying so.
 */
export function checkGrades(
  versionFiles: readonly { readonly path: string; readonly data: VersionFile }[],
  sources: ReadonlyMap<SourceId, Source>,
  legacySources: ReadonlySet<string>,
  report: ReportIssue,
): void {
  const wholeClause = (source: Source) => source.publisherType === 'own-text' || legacySources.has(source.id)
  for (const { path, data } of versionFiles) {
    // A user's own draft is known in full too: its text is what the user imported.
    const context: FileContext = { path, textPublished: data.textKnown === 'full' || data.textKnown === 'own-draft', ownDraft: data.textKnown === 'own-draft', sources, wholeClause, report }
    data.clauses.forEach((entry, index) => {
      const at = `clauses.${index}`
      const parts = partsOf(entry.text, entry.parts, at)
      const evidence = readEvidence(entry.sources, `${at}.sources`, parts, entry.confidence !== undefined, entry.status, context)
      // With no text of its own, a clause's grade covers its status: sources that report it, or carry the whole clause.
      const reporting = evidence.filter((item) => item.reports === entry.status || item.parts === 'all').map((item) => item.source)
      checkItem(at, entry.confidence, parts, evidence, { what: `its status "${entry.status}"`, sources: reporting }, context)
      checkReportedStatuses(at, entry, evidence, context)
      entry.alternatives?.forEach((alternative, altIndex) => {
        const altAt = `${at}.alternatives.${altIndex}`
        const altParts = partsOf(alternative.text, alternative.parts, altAt)
        const altEvidence = readEvidence(alternative.sources, `${altAt}.sources`, altParts, true, undefined, context)
        const whole = altEvidence.filter((item) => item.parts === 'all').map((item) => item.source)
        checkItem(altAt, alternative.confidence, altParts, altEvidence, { what: 'the option', sources: whole }, context)
      })
    })
  }
}
