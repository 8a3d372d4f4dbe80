// Invisible or direction-changing characters make a message unreadable or misleading: a
// right-to-left override in an echoed id can make the rest of a notice read backwards.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/**
 * Shows invisible and direction-control characters as their code points.
 * @example showInvisible('a\u202Eb') // 'aU+202Eb'
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}
