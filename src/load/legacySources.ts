/**
 * Sources written before publisher and copy were kept apart (`outlet` and `reliability`, as the
 * shared benchmark's generator and older files still write them) are read in today's shape, so a
 * file in the older format keeps loading. Anything else passes through for the schema to judge.
 */
import type { PublisherType } from '../domain/model.ts'

const PUBLISHER_TYPE_OF: Readonly<Record<string, PublisherType>> = {
  official: 'official',
  standard: 'news-site',
  'state-media': 'state-media',
  aggregator: 'aggregator',
  forum: 'forum',
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function upgradeSource(source: unknown): unknown {
  if (!isRecord(source) || !('outlet' in source) || 'publisher' in source) return source
  const { outlet, reliability, ...rest } = source
  const publisherType = typeof reliability === 'string' ? PUBLISHER_TYPE_OF[reliability] : undefined
  return {
    ...rest,
    publisher: outlet,
    // An unknown flag stays for the schema to name, rather than being guessed.
    ...(publisherType ? { publisherType } : { reliability }),
    // The older format graded each clause by hand, with no way to say whether a source carried
    // the wording; its unflagged sources are read as carrying it, so its grades still load.
    ...(publisherType && publisherType !== 'aggregator' && publisherType !== 'forum' && publisherType !== 'state-media' && !('carriesText' in rest)
      ? { carriesText: true }
      : {}),
  }
}

/** The contents of a sources.json, with any source in the older shape read in today's. */
export function upgradeLegacySources(content: unknown): unknown {
  if (!isRecord(content) || !Array.isArray(content.sources)) return content
  return { ...content, sources: content.sources.map(upgradeSource) }
}

/**
 * The ids of the sources given in the older shape. Their files predate the record of what each
 * source attests, so a citation of one counts as carrying the whole clause, as it did then.
 */
export function legacySourceIds(content: unknown): ReadonlySet<string> {
  if (!isRecord(content) || !Array.isArray(content.sources)) return new Set()
  return new Set(content.sources.flatMap((source) => (isRecord(source) && 'outlet' in source && !('publisher' in source) && typeof source.id === 'string' ? [source.id] : [])))
}
