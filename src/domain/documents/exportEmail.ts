/**
 * The "what changed" summary to paste into an email, as plain text and as HTML (so the links
 * are clickable in Outlook or Gmail), both from one outline of the `ComparisonDocument` the
 * compare view describes. Short by design: one entry per changed clause, its status said once
 * against a base named once at the top, each term change on its own line, then the link.
 */
import type { ComparisonDocument, ExportClause } from './comparisonDocument.ts'

export interface EmailEntry {
  readonly title: string
  readonly link: string
  /** "amended", or with several versions "E3 amended · Geneva 19-point not mentioned". */
  readonly status: string
  /** One line per term change or disputed value. */
  readonly details: readonly string[]
}

export interface EmailOutline {
  readonly heading: string
  /** "17 of 28 clauses changed." and, if filtered, what was left out. */
  readonly intro: readonly string[]
  readonly entries: readonly EmailEntry[]
  readonly permalink: string
  /** Set when links are routes to add to wherever the app is served. */
  readonly linksNote: string | null
  readonly footer: string
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`

/**
 * The one version every changed cell's status is stated against, if there is one: it is named
 * once, at the top. States that stand alone ("Bracketed") are stated against none.
 */
function commonBase(clauses: readonly ExportClause[]): string | null {
  const against = new Set(clauses.flatMap((clause) => clause.cells.slice(1).flatMap((cell) => (cell.changed && cell.statusWords.against ? [cell.statusWords.against] : []))))
  const [only] = against
  return against.size === 1 ? only! : null
}

function entryStatus(clause: ExportClause, base: string | null, named: boolean): string {
  return clause.cells
    .slice(1)
    .filter((cell) => cell.changed)
    .map((cell) => {
      const { label, against } = cell.statusWords
      const words = `${lowerFirst(label)}${against && against !== base ? ` (vs ${against})` : ''}`
      return named ? `${cell.version.shortTitle} ${words}` : words
    })
    .join(' · ')
}

/** The summary's content, before it is written as text or HTML. */
export function emailOutline(doc: ComparisonDocument): EmailOutline {
  const changed = doc.clauses.filter((clause) => clause.changed)
  const base = commonBase(changed)
  const [first, ...later] = doc.versions
  const names = doc.versions.map((version) => version.shortTitle)
  const heading = later.length === 1 ? `What changed from ${first!.shortTitle} to ${later[0]!.shortTitle}` : `What changed across ${names.join(', ')}`
  const filtered = doc.shown < doc.total
  const intro = [
    filtered
      ? `Of the ${doc.shown} clauses matching ${doc.filters} (${doc.total} in all), ${changed.length} changed.`
      : `${changed.length} of ${doc.total} clauses changed.`,
    ...(later.length > 1 && base ? [`Each version is compared with ${base}.`] : []),
  ]
  return {
    heading,
    intro,
    entries: changed.map((clause) => ({
      title: clause.title,
      link: clause.link,
      status: entryStatus(clause, base, later.length > 1),
      details: clause.cells
        .slice(1)
        .filter((cell) => cell.changed)
        .flatMap((cell) => {
          const lines = [...cell.flags.map((flag) => `Flag: ${flag.sentence}`), ...cell.termChanges]
          return later.length > 1 ? lines.map((line) => `${cell.version.shortTitle}: ${line}`) : lines
        }),
    })),
    permalink: doc.permalink,
    linksNote: doc.linksRelative ? 'Links are relative to wherever the app is served: add them to its address.' : null,
    footer: `Generated ${doc.generatedAt} with peace-plan-diff. ${doc.ownDrafts ? 'Clause texts are the drafts’ own wording' : 'Clause texts are paraphrases'}; sources are in the full comparison.`,
  }
}

/**
 * The summary as plain text.
 * @example
 * // • Size of Ukraine's armed forces: amended
 * //   Army cap: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%); …)
 * //   https://example.org/diff/#/compare/us-28/e3?clause=army-size
 */
export function whatChangedEmail(doc: ComparisonDocument): string {
  const outline = emailOutline(doc)
  const lines = [outline.heading, ...outline.intro, '']
  for (const entry of outline.entries) lines.push(`• ${entry.title}: ${entry.status}`, ...entry.details.map((line) => `  ${line}`), `  ${entry.link}`, '')
  if (outline.entries.length === 0) lines.push('No clause changed.', '')
  if (outline.linksNote) lines.push(outline.linksNote)
  lines.push(`Full comparison: ${outline.permalink}`, outline.footer)
  return `${lines.join('\n')}\n`
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text as HTML: every character that could start markup or end an attribute is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
}

/** A link, or its text alone when it is not a web, file or in-app address (nothing else may run on a click). */
function anchor(href: string, text: string): string {
  return /^(https?:|file:|#\/)/i.test(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text)
}

/** The same summary as HTML, for the clipboard: titles are links, term changes indented below them. */
export function whatChangedEmailHtml(doc: ComparisonDocument): string {
  const outline = emailOutline(doc)
  const entries = outline.entries.map(
    (entry) => `<li>${anchor(entry.link, entry.title)}: ${escapeHtml(entry.status)}${entry.details.map((line) => `<br>${escapeHtml(line)}`).join('')}</li>`,
  )
  return [
    `<p><strong>${escapeHtml(outline.heading)}</strong><br>${outline.intro.map(escapeHtml).join('<br>')}</p>`,
    entries.length > 0 ? `<ul>${entries.join('')}</ul>` : '<p>No clause changed.</p>',
    outline.linksNote ? `<p>${escapeHtml(outline.linksNote)}</p>` : '',
    `<p>${anchor(outline.permalink, 'Open the full comparison')}</p>`,
    `<p><small>${escapeHtml(outline.footer)}</small></p>`,
  ].join('')
}
