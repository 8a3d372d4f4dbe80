import type { CopyType, PublisherType, Source } from './model.ts'

/** How a source was read: on the publisher's own page, or in a copy of a given kind. */
export type CopyFilter = 'all' | 'own-page' | 'any-copy' | CopyType

export interface SourceFilter {
  readonly needle: string
  readonly publisher: string | 'all'
  readonly publisherType: PublisherType | 'all'
  readonly copy: CopyFilter
}

export const NO_SOURCE_FILTER: SourceFilter = { needle: '', publisher: 'all', publisherType: 'all', copy: 'all' }

function matchesCopy(source: Source, copy: CopyFilter): boolean {
  switch (copy) {
    case 'all':
      return true
    case 'own-page':
      return source.url !== undefined
    case 'any-copy':
      return source.copy !== undefined
    default:
      return source.copy?.type === copy
  }
}

function matchesText(source: Source, needle: string): boolean {
  if (needle === '') return true
  const haystack = [source.publisher, source.citing, source.copy?.site, source.title, source.url, source.copy?.url]
    .filter((part) => part !== undefined)
    .join(' ')
    .toLowerCase()
  return haystack.includes(needle)
}

/** Sources oldest first, then by publisher, narrowed by the sources page's filters. */
export function filterSources(sources: Iterable<Source>, filter: SourceFilter): Source[] {
  const needle = filter.needle.trim().toLowerCase()
  return [...sources]
    .filter(
      (source) =>
        (filter.publisher === 'all' || source.publisher === filter.publisher) &&
        (filter.publisherType === 'all' || source.publisherType === filter.publisherType) &&
        matchesCopy(source, filter.copy) &&
        matchesText(source, needle),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.publisher.localeCompare(b.publisher))
}

export interface SourceCounts {
  readonly total: number
  /** Sources whose publisher's own page is linked, not only a copy. */
  readonly withPublisherUrl: number
  readonly publishers: readonly string[]
}

export function countSources(sources: Iterable<Source>): SourceCounts {
  const all = [...sources]
  return {
    total: all.length,
    withPublisherUrl: all.filter((source) => source.url !== undefined).length,
    publishers: [...new Set(all.map((source) => source.publisher))].sort((a, b) => a.localeCompare(b)),
  }
}
