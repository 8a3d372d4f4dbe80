/** Words for the statuses and grades, so no state is shown by colour alone. */
import type { ClauseStatus, Confidence, CopyType, PublisherType, TextKnown, Version } from './model.ts'

export const STATUS_LABEL: Record<ClauseStatus, string> = {
  kept: 'Kept',
  amended: 'Amended',
  deleted: 'Deleted',
  added: 'Added',
  bracketed: 'Bracketed',
  'separate-track': 'Separate track',
  unknown: 'Unknown',
  'not-mentioned': 'Not mentioned',
  absent: 'Not in this version',
}

export const STATUS_DESCRIPTION: Record<ClauseStatus, string> = {
  kept: 'Same wording as the version it is compared with',
  amended: 'Wording or substance changed',
  deleted: 'Struck from this version',
  added: 'New in this version',
  bracketed: 'Left open for the leaders to decide',
  'separate-track': 'Moved out to a separate negotiation',
  unknown: 'Not known: this version’s text was never published and nothing was reported',
  'not-mentioned': 'Not mentioned in the account of this version; whether the text keeps it is not known',
  absent: 'Never part of this version',
}

// A user's workspace and a team's published folder of its own drafts share these words: the
// text is an own draft's own wording, whoever reads it and wherever it is kept.
export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  'own-text': 'Own text',
  'published-text': 'Published text',
  'multiple-reports': 'Several reports',
  'single-report': 'Single report',
  unverified: 'Unverified',
}

/** A grade in words; a clause with no grade is one whose content is not known. */
export function confidenceLabel(confidence: Confidence | null): string {
  return confidence ? CONFIDENCE_LABEL[confidence] : 'Content not known'
}

/** The written grading rule (data/README.md, "Confidence"); the loader enforces it. */
export const CONFIDENCE_DESCRIPTION: Record<Confidence, string> = {
  'own-text': 'The wording of an own draft, exactly as it was pasted or read from its file: not a published text, and not a paraphrase',
  'published-text':
    'The wording itself was published: a source whose publisher is not flagged reproduces the document’s text (only for a version whose full text is known)',
  'multiple-reports':
    'At least two independent publishers that are not flagged report it; copies of one story, or relays of one report, count once',
  'single-report': 'One publisher that is not flagged reports it; others may repeat that report',
  unverified:
    'Seen only in flagged sources (state media, state-linked networks, aggregators, opinion sites, forums, unidentified publishers); treat as a lead',
}

export const PUBLISHER_TYPE_LABEL: Record<PublisherType, string> = {
  'own-text': 'Own text',
  official: 'Official',
  wire: 'News agency',
  newspaper: 'Newspaper',
  magazine: 'Magazine',
  broadcaster: 'Broadcaster',
  'news-site': 'News site',
  'state-media': 'State media',
  'state-linked-network': 'Russian state-linked network',
  aggregator: 'Aggregator',
  opinion: 'Opinion site',
  forum: 'Anonymous forum',
  unidentified: 'Publisher not identified',
}

export const COPY_TYPE_LABEL: Record<CopyType, string> = {
  'news-outlet': 'news outlet',
  aggregator: 'aggregator',
  'content-farm': 'content farm',
  'state-linked-mirror': 'Russian state-linked mirror',
}

export const TEXT_KNOWN_LABEL: Record<TextKnown, string> = {
  full: 'Full text known',
  'oral-account': 'Read out in public; known from media transcriptions',
  'changes-only': 'Text never published; only reported changes are known',
  'own-draft': 'Own draft',
}

/**
 * How a version's text is known, in words; an own draft says where it came from.
 * @example textKnownLabel({ textKnown: 'own-draft', origin: 'harbour-v2.docx' }) // 'Own draft, from harbour-v2.docx'
 */
export function textKnownLabel(version: Pick<Version, 'textKnown' | 'origin'>): string {
  if (version.textKnown !== 'own-draft') return TEXT_KNOWN_LABEL[version.textKnown]
  if (!version.origin || version.origin === 'Pasted text') return 'Own draft, pasted'
  return `Own draft, from ${version.origin}`
}

/**
 * Whether every version is an own draft (a user's workspace, or a team's folder made with
 * `npm run import`): then the texts are the drafts' own wording, not our paraphrases.
 */
export function ownDraftsOnly(versions: readonly Pick<Version, 'textKnown'>[]): boolean {
  return versions.length > 0 && versions.every((version) => version.textKnown === 'own-draft')
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Formats an ISO date for reading, without time zones getting in the way.
 * @example formatDate('2025-11-20') // '20 Nov 2025'
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`
}

/** Said for a part whose wording was not reported (`text: null`): not a deletion. */
export const WORDING_NOT_KNOWN = 'Wording not known'

/** What a first draft's clauses are called: they introduce everything and are stated against nothing. */
export const ORIGINAL_DRAFT = 'Original draft'
