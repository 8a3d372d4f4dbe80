/** What a comparison's filters leave in, in words: the report's cover and every export say it alike. */
import type { DiffIgnore } from '../diffText.ts'
import type { FlagKind } from '../flagKinds.ts'
import { FLAG_KIND_LABEL } from '../flagLabels.ts'
import { STATUS_LABEL } from '../labels.ts'
import type { Negotiation } from '../model.ts'

const IGNORE_WORDS: Record<DiffIgnore, string> = { case: 'case', punct: 'punctuation', space: 'spacing' }

// Keyed by any string: a status the URL names but the app does not know is said as written.
const STATUS_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(STATUS_LABEL))
const statusWord = (status: string) => STATUS_WORDS.get(status)?.toLowerCase() ?? status

/**
 * What the filters leave in, in words.
 * @example describeFilters({ topics: ['nato'], changed: true, query: '' }, negotiation) // 'topics: NATO; only clauses that changed'
 */
export function describeFilters(
  filter: {
    readonly topics: readonly string[]
    readonly changed: boolean
    readonly query: string
    readonly statuses?: readonly string[]
    readonly ignore?: readonly DiffIgnore[]
    readonly flags?: readonly FlagKind[]
  },
  negotiation: Negotiation,
): string {
  const parts: string[] = []
  if (filter.topics.length > 0) {
    const labels = negotiation.topics.filter((topic) => filter.topics.includes(topic.id)).map((topic) => topic.label)
    parts.push(`topics: ${labels.join(', ')}`)
  }
  if (filter.changed) parts.push('only clauses that changed')
  if (filter.statuses && filter.statuses.length > 0) parts.push(`statuses: ${filter.statuses.map(statusWord).join(', ')}`)
  if (filter.query) parts.push(`search: “${filter.query}”`)
  if (filter.flags && filter.flags.length > 0) parts.push(`only clauses flagged for ${filter.flags.map((kind) => FLAG_KIND_LABEL[kind].toLowerCase()).join(', ')}`)
  if (filter.ignore && filter.ignore.length > 0) parts.push(`ignoring differences in ${filter.ignore.map((item) => IGNORE_WORDS[item]).join(', ')}`)
  return parts.length > 0 ? parts.join('; ') : 'none (every clause)'
}
