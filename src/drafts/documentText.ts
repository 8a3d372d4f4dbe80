/**
 * Plain text from the structure that document parsers give, so Word and PDF drafts reach the
 * same clause splitter as pasted text. Word headings become Markdown headings and Word's
 * automatic list numbers, which exist only as formatting, are written out.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

function subLabel(n: number): string {
  return LETTERS.charAt(n - 1) || String(n)
}

/**
 * The text of mammoth's HTML for a .docx: one line per paragraph, heading or list item.
 * @example docxHtmlToText('<h2>Scope</h2><ol><li>One</li><li>Two</li></ol>') // '## Scope\n1. One\n2. Two'
 */
export function docxHtmlToText(html: string): string {
  const lines: string[] = []
  let line = ''
  const lists: { ordered: boolean; count: number }[] = []
  const flush = () => {
    if (line.trim() !== '') lines.push(line.trim())
    line = ''
  }
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,10})\b[^>]{0,2000}>|([^<]+)|</g
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, rawName, text] = match
    if (text !== undefined) {
      line += decodeEntities(text)
      continue
    }
    if (rawName === undefined) {
      line += '<'
      continue
    }
    const name = rawName.toLowerCase()
    const heading = /^h([1-6])$/.exec(name)
    if (closing) {
      if (name === 'ol' || name === 'ul') lists.pop()
      if (heading || name === 'p' || name === 'li' || name === 'tr' || name === 'ol' || name === 'ul') flush()
      else if (name === 'td' || name === 'th') line += ' '
      continue
    }
    if (heading) {
      flush()
      line = `${'#'.repeat(Number(heading[1]))} `
    } else if (name === 'p' || name === 'tr') {
      // A paragraph inside a list item continues the item.
      if (!(name === 'p' && lists.length > 0 && line.trim() !== '' && /^(\d+\.|\([a-z0-9]+\))\s*$/.test(line.trim()))) flush()
    } else if (name === 'br') {
      flush()
    } else if (name === 'ol' || name === 'ul') {
      flush()
      lists.push({ ordered: name === 'ol', count: 0 })
    } else if (name === 'li') {
      flush()
      const list = lists[lists.length - 1]
      if (list) {
        list.count++
        if (list.ordered) line = lists.length === 1 ? `${list.count}. ` : `(${subLabel(list.count)}) `
      }
    }
  }
  flush()
  return lines.join('\n')
}
