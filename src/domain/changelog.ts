/** The data changelog (data/CHANGELOG.md) as blocks a view renders as plain text: no HTML is ever injected. */
export type ChangelogBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }

/**
 * Reads the small Markdown subset the changelog uses: `#` and `##` headings, `- ` list items and
 * paragraphs. Anything else is kept as paragraph text, verbatim.
 */
export function parseChangelog(markdown: string): ChangelogBlock[] {
  const blocks: ChangelogBlock[] = []
  let paragraph: string[] = []
  let items: string[] = []
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') })
    if (items.length > 0) blocks.push({ kind: 'list', items })
    paragraph = []
    items = []
  }
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim()
    const heading = /^#{1,2}\s/.test(line)
    if (line === '') flush()
    else if (heading) {
      flush()
      blocks.push({ kind: 'heading', level: line.startsWith('##') ? 2 : 1, text: line.replace(/^#{1,2}\s+/, '') })
    } else if (line.startsWith('- ')) {
      if (paragraph.length > 0) flush()
      items.push(line.slice(2))
    } else if (items.length > 0 && raw.startsWith('  ')) {
      items[items.length - 1] += ` ${line}`
    } else {
      if (items.length > 0) flush()
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}
