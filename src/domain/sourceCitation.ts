import { COPY_TYPE_LABEL, PUBLISHER_TYPE_LABEL, formatDate } from './labels.ts'
import { PUBLISHER_TYPES, type CopyType, type PublisherType, type Source } from './model.ts'

/** Publishers whose word alone does not carry a grade (the kinds from `state-media` on): readers should weigh them with care. */
const FLAGGED_PUBLISHERS: ReadonlySet<PublisherType> = new Set(PUBLISHER_TYPES.slice(PUBLISHER_TYPES.indexOf('state-media')))

export function isFlaggedPublisher(type: PublisherType): boolean {
  return FLAGGED_PUBLISHERS.has(type)
}

export function isFlaggedCopy(type: CopyType): boolean {
  return type !== 'news-outlet'
}

/** One source as a desk officer would cite it, in pieces a view can render or join as text. */
export interface SourceCitation {
  /** "Reuters, 23 Nov 2025" ("about 23 Nov 2025" when the date is inferred). */
  readonly lead: string
  /** "citing the FT", when the piece relays another outlet's report. */
  readonly citing: string | null
  /** The publisher's flag ("State media"), or null for an ordinary publisher. */
  readonly publisherFlag: string | null
  /** The publisher's own page, when known. */
  readonly publisherUrl: string | null
  /** "read in a copy on ThePrint", with the copy's address and its flag, when the piece was read elsewhere. */
  readonly copy: { readonly label: string; readonly url: string; readonly flag: string | null } | null
  /** Where a reader can open the piece: the publisher's page if known, else the copy. */
  readonly href: string
  /** The whole citation as one line of text, for reports and exports. */
  readonly text: string
}

/**
 * Cites a source by its original publisher, with the copy it was read in kept apart.
 * @example citeSource(reutersViaThePrint).text
 * // 'Reuters, 25 Nov 2025 (read in a copy on ThePrint)'
 */
export function citeSource(source: Source): SourceCitation {
  const lead = `${source.publisher}, ${source.dateEstimated ? 'about ' : ''}${formatDate(source.date)}`
  const citing = source.citing ? `citing ${source.citing}` : null
  const publisherFlag = isFlaggedPublisher(source.publisherType) ? PUBLISHER_TYPE_LABEL[source.publisherType] : null
  const copy = source.copy
    ? {
        label: `read in a copy on ${source.copy.site}`,
        url: source.copy.url,
        flag: isFlaggedCopy(source.copy.type) ? COPY_TYPE_LABEL[source.copy.type] : null,
      }
    : null
  const href = source.url ?? source.copy?.url ?? ''
  const text = [
    lead,
    citing ? `, ${citing}` : '',
    publisherFlag ? ` [${publisherFlag}]` : '',
    copy ? ` (${copy.label}${copy.flag ? `, ${copy.flag}` : ''})` : '',
  ].join('')
  return { lead, citing, publisherFlag, publisherUrl: source.url ?? null, copy, href, text }
}

/**
 * A citation as one line with the address to open it at, for CSV, JSON and document exports.
 * @example citationText(reutersViaThePrint) // 'Reuters, 25 Nov 2025 (read in a copy on ThePrint), https://…'
 */
export function citationText(source: Source): string {
  const { text, href } = citeSource(source)
  return href ? `${text}, ${href}` : text
}
