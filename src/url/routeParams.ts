/** Lenient readers of a link's query parameters: a malformed value falls back and is reported as a `RouteIssue`, never thrown. */
import type { RouteIssue } from './route.ts'
import { quoteInput } from './quoteInput.ts'

const MAX_LIST_ITEMS = 50

/** A lone surrogate cannot be encoded again, so text holding one is treated as badly encoded. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function safeDecode(value: string): string | null {
  try {
    const decoded = decodeURIComponent(value.replace(/\+/g, ' '))
    return LONE_SURROGATE.test(decoded) ? null : decoded
  } catch {
    return null
  }
}

/** Splits `a=1&b=2`, keeping the first value of a repeated parameter and reporting the rest. */
export function readParams(search: string, issues: RouteIssue[]): Map<string, string> {
  const params = new Map<string, string>()
  for (const pair of search.split('&')) {
    if (pair === '') continue
    const at = pair.indexOf('=')
    const rawKey = at === -1 ? pair : pair.slice(0, at)
    const key = safeDecode(rawKey)
    const value = safeDecode(at === -1 ? '' : pair.slice(at + 1))
    if (key === null || value === null) {
      issues.push({ param: rawKey, message: `Ignored a parameter that is not validly encoded (${quoteInput(pair)}).` })
      continue
    }
    if (params.has(key)) {
      issues.push({ param: key, message: `${quoteInput(key, 30)} was given more than once; the first value is used.` })
      continue
    }
    params.set(key, value)
  }
  return params
}

/**
 * An id as written in a link, with spaces and invisible characters around it removed. Anything
 * but plain spaces removed (a byte-order mark, a non-breaking space, a line break) is reported:
 * the link named something that does not exist, and the nearest id was used instead.
 */
export function readId(raw: string, key: string, issues: RouteIssue[]): string {
  const id = raw.trim()
  if (id !== '' && raw.replace(/^ +| +$/g, '') !== id) {
    issues.push({ param: key, message: `Removed invisible characters around ${quoteInput(raw)} in “${key}”; showing “${id}”.` })
  }
  return id
}

/** A comma-separated list; empty items mean nothing, but a repeat or a cut is reported. */
export function readList(params: Map<string, string>, key: string, issues: RouteIssue[]): string[] {
  const value = params.get(key)
  if (!value) return []
  const items = value
    .split(',')
    .map((item) => readId(item, key, issues))
    .filter((item) => item !== '')
  const unique = [...new Set(items)]
  const repeated = items.find((item, index) => items.indexOf(item) !== index)
  if (repeated !== undefined) issues.push({ param: key, message: `“${key}” names ${quoteInput(repeated)} more than once; each is used once.` })
  if (unique.length > MAX_LIST_ITEMS) issues.push({ param: key, message: `“${key}” names more than ${MAX_LIST_ITEMS} items; only the first ${MAX_LIST_ITEMS} are read.` })
  return unique.slice(0, MAX_LIST_ITEMS)
}

/** The first `max` characters, never half of one, and no space left at the end. */
export function cut(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('').trim()
}

export function readFlag(params: Map<string, string>, key: string, issues: RouteIssue[]): boolean {
  const value = params.get(key)
  if (value === undefined || value === '0') return false
  if (value === '1') return true
  issues.push({ param: key, message: `${quoteInput(`${key}=${value}`, 20)} is not understood; use ${key}=1.` })
  return false
}

export function reportUnknown(params: Map<string, string>, known: readonly string[], issues: RouteIssue[]) {
  for (const key of params.keys()) {
    if (!known.includes(key)) issues.push({ param: key, message: `Ignored the unknown parameter ${quoteInput(key, 30)}.` })
  }
}

/** The member of `choices` equal to `value`, if any: text from a link becomes a literal type without a cast. */
export function oneOf<T extends string>(choices: readonly T[], value: string): T | undefined {
  return choices.find((choice) => choice === value)
}

/** A parameter that takes one of a few words; anything else is reported, and the fallback used. */
export function readChoice<T extends string, F extends T | null>(
  params: Map<string, string>,
  key: string,
  choices: readonly T[],
  fallback: F,
  issues: RouteIssue[],
  problem: (value: string) => string,
): T | F {
  const value = params.get(key)
  if (value === undefined) return fallback
  const choice = oneOf(choices, value)
  if (choice === undefined) issues.push({ param: key, message: problem(value) })
  return choice ?? fallback
}
