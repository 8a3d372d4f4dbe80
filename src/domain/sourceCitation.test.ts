import { describe, expect, it } from 'vitest'
import type { Source, SourceId } from './model.ts'
import { citeSource } from './sourceCitation.ts'
import { countSources, filterSources, NO_SOURCE_FILTER } from './sourceIndex.ts'

const base = { title: 'A report', date: '2025-11-25', dateEstimated: false, carriesText: false } as const
const reutersCopy: Source = {
  ...base,
  id: 'reuters-copy' as SourceId,
  publisher: 'Reuters',
  publisherType: 'wire',
  copy: { site: 'ThePrint', url: 'https://theprint.in/x', type: 'news-outlet' },
}
const pravda: Source = { ...base, id: 'pravda' as SourceId, publisher: 'Pravda network', publisherType: 'state-linked-network', url: 'https://deutsch.news-pravda.com/1' }
const farmed: Source = {
  ...base,
  id: 'farmed' as SourceId,
  publisher: 'ABC News',
  publisherType: 'broadcaster',
  dateEstimated: true,
  citing: 'Kremlin aides',
  url: 'https://abcnews.go.com/x',
  copy: { site: 'r6marketplace.info', url: 'https://r6marketplace.info/?p=1', type: 'content-farm' },
}

describe('citeSource', () => {
  it('cites the original publisher and names the copy apart', () => {
    const citation = citeSource(reutersCopy)
    expect(citation.text).toBe('Reuters, 25 Nov 2025 (read in a copy on ThePrint)')
    expect(citation.publisherUrl).toBeNull()
    expect(citation.href).toBe('https://theprint.in/x')
  })

  it('flags a state-linked publisher and a content-farm copy in words', () => {
    expect(citeSource(pravda).text).toBe('Pravda network, 25 Nov 2025 [Russian state-linked network]')
    const citation = citeSource(farmed)
    expect(citation.text).toBe('ABC News, about 25 Nov 2025, citing Kremlin aides (read in a copy on r6marketplace.info, content farm)')
    expect(citation.href).toBe('https://abcnews.go.com/x')
  })
})

describe('source index', () => {
  const all = [reutersCopy, pravda, farmed]
  it('counts sources that link the publisher’s own page', () => {
    expect(countSources(all)).toEqual({ total: 3, withPublisherUrl: 2, publishers: ['ABC News', 'Pravda network', 'Reuters'] })
  })

  it('filters by publisher, by kind of publisher and by where the piece was read', () => {
    const ids = (filter: Partial<typeof NO_SOURCE_FILTER>) => filterSources(all, { ...NO_SOURCE_FILTER, ...filter }).map((s) => s.id)
    expect(ids({ publisher: 'Reuters' })).toEqual(['reuters-copy'])
    expect(ids({ publisherType: 'state-linked-network' })).toEqual(['pravda'])
    expect(ids({ copy: 'content-farm' })).toEqual(['farmed'])
    expect(ids({ copy: 'own-page' })).toEqual(['farmed', 'pravda'])
    expect(ids({ needle: 'theprint' })).toEqual(['reuters-copy'])
  })
})
