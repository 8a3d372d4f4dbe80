import { showInvisible } from '../domain/visibleText.ts'

/** First Strong Isolate and Pop Directional Isolate: the text between them keeps its direction to itself. */
export const ISOLATE_START = '\u2068'
export const ISOLATE_END = '\u2069'

/**
 * Text taken from the address, quoted for a notice: cut to `max` characters, invisible and
 * direction-control characters shown as code points, and isolated, so whatever it contains
 * cannot turn the notice's own words around. Notices render the isolated part in a `<bdi>`.
 * @example quoteInput('e9') // '“\u2068e9\u2069”'
 */
export function quoteInput(text: string, max = 40): string {
  return `“${ISOLATE_START}${showInvisible(Array.from(text).slice(0, max).join(''))}${ISOLATE_END}”`
}
