/** What a line of a draft says once its layout is gone: the plain wording, and whether it reads as a title. */

const SMALL_WORDS = new Set('a an and as at by for from in of on or the to with'.split(' '))

/** Short, capitalised, no sentence punctuation: "DEFINITIONS", "License Grants.", "The Initial Developer Grant". */
export function titleLike(text: string): boolean {
  const bare = text.replace(/[.:]$/, '').trim()
  if (bare === '' || bare.length > 80 || /[.;,!?]/.test(bare)) return false
  const words = bare.split(/\s+/)
  const [first] = words
  if (first === undefined || words.length > 10) return false
  const capitalised = words.filter((word) => /^["“‘(]?[\p{Lu}\d]/u.test(word) || SMALL_WORDS.has(word.toLowerCase())).length
  return capitalised === words.length && /^["“‘(]?[\p{Lu}\d]/u.test(first)
}

/** Words and lines run together as one line of text. */
export function join(words: readonly string[]): string {
  return words.join(' ').replace(/\s+/g, ' ').trim()
}

/** Markdown emphasis and list bullets are layout, not wording. */
export function plain(line: string): string {
  return line
    .replace(/^\s*(?:[-*+\u2013\u2014\u2022]|>)\s+/, '')
    .replace(/\*\*([^*]{1,400})\*\*/g, '$1')
    .replace(/__([^_]{1,400})__/g, '$1')
    .trim()
}

// Control characters other than tab are noise from converters; they never carry wording.
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
