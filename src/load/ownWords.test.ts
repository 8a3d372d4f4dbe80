import { describe, expect, it } from 'vitest'
import { bundledFiles } from './bundledFiles.ts'
import { runIndex, sharedRuns } from './ownWords.ts'

/** Longest run of words a data text may share with an article: nine words would be copying. */
const RUN = 9

// The seed articles sit beside the repository (../shared), in CI as in a checkout; they are
// not part of the repository, so without them this check cannot run and says so.
const seeds = Object.values(import.meta.glob<string>('../../../shared/seeds/*.txt', { eager: true, query: '?raw', import: 'default' }))

/** Every string in the clause data, with the file and JSON path it sits at. */
function dataTexts(): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = []
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') found.push({ where, text: value })
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}.${index}`))
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, `${where}.${name}`)
  }
  for (const file of bundledFiles) if (!file.path.endsWith('sources.json')) walk(file.content, file.path)
  return found
}

describe('sharedRuns', () => {
  const index = runIndex(['The Kremlin said on Wednesday that the leak was an attempt to obstruct the talks.'], 5)
  it('finds a shared run whatever the case and punctuation', () => {
    expect(sharedRuns('As the KREMLIN said on Wednesday, that the leak was bad.', index, 5)).toEqual(['the kremlin said on wednesday that the leak was'])
  })
  it('finds nothing in a paraphrase', () => {
    expect(sharedRuns('Moscow called the leak an effort to derail negotiations.', index, 5)).toEqual([])
  })
})

describe.skipIf(seeds.length === 0)('clause data in our own words (needs ../shared/seeds beside the repository)', () => {
  it(`shares no run of ${RUN} words with any seed article`, () => {
    expect(seeds.length).toBeGreaterThan(0)
    const index = runIndex(seeds, RUN)
    const copied = dataTexts().flatMap(({ where, text }) => sharedRuns(text, index, RUN).map((run) => `${where}: “${run}”`))
    expect(copied).toEqual([])
  })
})
