/**
 * Schemas of the data files, as written by people (see `data/README.md`). They check shape,
 * id syntax and size caps; the loader then checks what one file cannot see alone (that a
 * cited source exists, that a term value fits its definition) and normalizes into `model.ts`.
 *
 * zod/mini rather than classic zod: the same checks at about a fifth of the bundle size, and
 * the schema ships to the browser because user-picked files go through it too.
 */
import * as z from 'zod/mini'
import { CLAUSE_STATUSES, CONFIDENCE_LEVELS, COPY_TYPES, PUBLISHER_TYPES, TEXT_KNOWN } from '../domain/model.ts'

// Messages: src/load/englishMessages.ts, loaded wherever a failed check is shown.

export const SCHEMA_VERSION = 1

/** Caps keep a hostile or broken file from freezing the tab before any diff runs. */
export const LIMITS = {
  textLength: 20_000,
  shortText: 400,
  /**
   * Distinct clauses (lineages) across a negotiation, and so entries in a version file, which lists
   * every lineage. Five versions of 2,000 clauses (DRAFT_LIMITS) that each add clauses the one before
   * did not have hold more than 2,000 between them; this cap used to be 2,000 and refused them.
   */
  lineages: 10_000,
  parts: 60,
  listItems: 200,
  sources: 5_000,
  /** Stored passages of one source, and the length of each: key passages, not whole articles. */
  excerpts: 20,
  excerptLength: 1_500,
} as const

const slug = z.string().check(
  z.maxLength(80),
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase slug such as "army-size"'),
)
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'),
  z.refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  }, 'Expected a real calendar date'),
)
const shortText = z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText))
const longText = z.string().check(z.minLength(1), z.maxLength(LIMITS.textLength))
const httpUrl = z.string().check(
  z.maxLength(2_000),
  z.regex(/^https?:\/\/\S+$/, 'Expected an http(s) URL'),
)
const confidence = z.enum(CONFIDENCE_LEVELS)
const list = <T extends z.core.SomeType>(item: T, min = 0) =>
  z.array(item).check(z.minLength(min), z.maxLength(LIMITS.listItems))

const sourceRef = z.strictObject({
  source: slug,
  note: z.optional(shortText),
})

/**
 * A source cited for a clause or an option, with what it was seen to attest there: the parts whose
 * content it carries (`attests`: part keys, "main" for the lead text, or "all"), and the status it
 * reports for the clause (`reports`). A grade counts only sources recorded as carrying what it grades.
 */
const evidenceRef = z.strictObject({
  source: slug,
  note: z.optional(shortText),
  attests: z.optional(z.union([z.literal('all'), list(slug)], { error: 'Expected "all" or a list of part keys such as ["main", "g8"]' })),
  reports: z.optional(z.enum(CLAUSE_STATUSES)),
})

const part = z.strictObject({
  key: slug,
  label: z.optional(z.string().check(z.minLength(1), z.maxLength(12))),
  text: z.nullable(longText),
  confidence: z.optional(confidence),
})

const termValue = z.union(
  [
    z.strictObject({ term: slug, unknown: z.literal(true), note: z.optional(shortText) }),
    z.strictObject({
      term: slug,
      amount: z.optional(z.nullable(z.number().check(z.minimum(0)))),
      qualifier: z.optional(z.nullable(slug)),
      note: z.optional(shortText),
    }),
    z.strictObject({ term: slug, choice: slug, note: z.optional(shortText) }),
  ],
  { error: 'Expected { term, amount?, qualifier? }, { term, choice } or { term, unknown: true }, each with an optional note' },
)

const alternative = z.strictObject({
  party: shortText,
  title: shortText,
  text: z.optional(z.nullable(longText)),
  parts: z.optional(z.array(part).check(z.maxLength(LIMITS.parts))),
  terms: z.optional(list(termValue)),
  confidence,
  sources: list(evidenceRef, 1),
})

/**
 * Sources that disagree about a term's value (`term`), about the clause's status (each claim gives
 * the `status` it reports) or, without either, about the clause's wording.
 */
const dispute = z.strictObject({
  term: z.optional(slug),
  claims: z
    .array(z.strictObject({ claim: shortText, status: z.optional(z.enum(CLAUSE_STATUSES)), sources: list(sourceRef, 1) }))
    .check(z.minLength(2), z.maxLength(LIMITS.listItems)),
})

const clauseEntry = z.strictObject({
  clause: slug,
  number: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(12)))),
  title: z.optional(shortText),
  status: z.enum(CLAUSE_STATUSES),
  confidence: z.optional(confidence),
  /** Shorthand for a lead part `{ "key": "main", "text": … }`. */
  text: z.optional(z.nullable(longText)),
  parts: z.optional(z.array(part).check(z.maxLength(LIMITS.parts))),
  alternatives: z.optional(list(alternative)),
  terms: z.optional(list(termValue)),
  disputes: z.optional(list(dispute)),
  note: z.optional(longText),
  sources: list(evidenceRef, 1),
})

const lineage = z.strictObject({
  id: slug,
  title: shortText,
  topics: list(slug, 1),
})

const choice = z.strictObject({ id: slug, label: shortText })

// Told apart by `kind`, so a bad unit is reported at `unit` and a bad kind says which kinds exist.
const termDefinition = z.discriminatedUnion('kind', [
  z.strictObject({
    id: slug,
    kind: z.literal('quantity'),
    label: shortText,
    clause: slug,
    unit: z.enum(['personnel', 'days', 'usd', 'percent']),
    qualifiers: list(choice),
  }),
  z.strictObject({
    id: slug,
    kind: z.literal('choice'),
    label: shortText,
    clause: slug,
    choices: list(choice, 1),
  }),
], { error: (issue) => (issue.code === 'invalid_union' ? 'Expected "kind": "quantity" or "choice"' : undefined) })

/** Something that happened after the latest version without producing a new text (talks, statements), dated and sourced. */
const laterEvent = z.strictObject({
  date: isoDate,
  /** The last day, for an event over several days. */
  until: z.optional(isoDate),
  text: longText,
  sources: list(sourceRef, 1),
})

export const negotiationFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: slug,
  title: shortText,
  summary: longText,
  defaultComparison: z.tuple([slug, slug]).check(z.refine(([a, b]) => a !== b, 'Name two different versions')),
  topics: list(z.strictObject({ id: slug, label: shortText }), 1),
  lineages: z
    .array(z.extend(lineage, { introducedIn: slug }))
    .check(z.minLength(1), z.maxLength(LIMITS.lineages)),
  terms: list(termDefinition),
  /** What happened after the latest version, when no newer text is known: shown on the versions page. */
  developments: z.optional(
    z.strictObject({
      title: shortText,
      summary: longText,
      /** When the editors last looked for a newer text. */
      checked: isoDate,
      events: list(laterEvent, 1),
    }),
  ),
})

export const sourcesFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: z
    .array(
      z.strictObject({
        id: slug,
        /** Who published the piece, not the site that carries a copy of it. */
        publisher: shortText,
        publisherType: z.enum(PUBLISHER_TYPES),
        /** The outlet whose reporting this piece relays, when it says so. */
        citing: z.optional(shortText),
        title: shortText,
        date: isoDate,
        /** True when the page shows no date and ours is inferred; the note says from what. */
        dateEstimated: z.optional(z.boolean()),
        /** The publisher's own page; only a URL someone has seen. */
        url: z.optional(httpUrl),
        /** Where the piece was read when that is not the publisher's own page. */
        copy: z.optional(z.strictObject({ site: shortText, url: httpUrl, type: z.enum(COPY_TYPES) })),
        /** The piece reproduces the document's own wording, not only a summary of it. */
        carriesText: z.optional(z.boolean()),
        /** Short passages of the piece, as read, that data texts must not copy (see src/load/checkOwnWords.ts). */
        excerpts: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(LIMITS.excerptLength))).check(z.maxLength(LIMITS.excerpts))),
        language: z.optional(z.string().check(z.regex(/^[a-z]{2}$/, 'Expected an ISO 639-1 code such as "en"'))),
        note: z.optional(longText),
      }).check(z.refine((source) => source.publisherType === 'own-text' || source.url !== undefined || source.copy !== undefined, {
        // A user's own draft was published nowhere, so it alone has no address.
        message: 'Give the publisher\'s own "url", a "copy" where the piece was read, or both',
        path: ['url'],
      })),
    )
    .check(z.maxLength(LIMITS.sources)),
})

export const versionFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: slug,
  title: shortText,
  shortTitle: z.string().check(z.minLength(1), z.maxLength(40)),
  date: isoDate,
  dateNote: z.optional(shortText),
  parties: list(shortText, 1),
  drafters: shortText,
  publication: longText,
  textKnown: z.enum(TEXT_KNOWN),
  /** A user's own draft: the file it was read from, or "Pasted text". */
  origin: z.optional(shortText),
  basedOn: z.nullable(slug),
  pointCount: shortText,
  summary: longText,
  sources: list(sourceRef, 1),
  /** Lineage clauses this version introduces, so a new version needs only its own file. */
  newLineages: z.optional(list(lineage)),
  // One entry per lineage of the negotiation, deleted and not-mentioned ones included.
  clauses: z.array(clauseEntry).check(z.minLength(1), z.maxLength(LIMITS.lineages)),
})

export type NegotiationFile = z.infer<typeof negotiationFileSchema>
export type SourcesFile = z.infer<typeof sourcesFileSchema>
export type VersionFile = z.infer<typeof versionFileSchema>
/** One negotiation's files as one object: what a workspace stores, exports and loads. */
export interface WorkspaceFiles {
  readonly negotiation: NegotiationFile
  readonly sources: SourcesFile
  readonly versions: readonly VersionFile[]
}
export type ClauseEntry = VersionFile['clauses'][number]
export type RawTermValue = z.infer<typeof termValue>
export type RawPart = z.infer<typeof part>
export type EvidenceRef = z.infer<typeof evidenceRef>
