/**
 * The comparison as Markdown, to paste into a wiki, a ticket or a shared document; built from
 * the `ComparisonDocument` the compare view describes, never from the page. The email summary
 * is `exportEmail.ts`.
 */
import { termsTable, versionsTable, type ComparisonDocument, type DocumentTable, type ExportCell, type ExportPart } from './comparisonDocument.ts'
import type { RedlineToken } from '../diffText.ts'

/** Escapes the characters Markdown would read as formatting, links, HTML or table borders. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#]/g, '\\$&').replace(/\r?\n/g, ' ')
}

/**
 * Struck for removed words, bold for added ones; moved words likewise where they left and landed,
 * followed by where they went or came from in italics. Whitespace stays outside the marks so they render.
 */
function markRun(run: RedlineToken): string {
  const text = escapeMarkdown(run.text)
  switch (run.kind) {
    case 'equal':
      return text
    case 'removed':
      return `~~${text}~~`
    case 'added':
      return `**${text}**`
    case 'moved-from':
      return `~~${text}~~ _(${escapeMarkdown(run.label)})_`
    case 'moved-to':
      return `**${text}** _(${escapeMarkdown(run.label)})_`
  }
}

function partLine(part: ExportPart): string {
  const label = part.label ? `(${escapeMarkdown(part.label)}) ` : ''
  return `${label}${part.missing ? `_${part.missing}_` : part.runs.map(markRun).join('')}`
}

function table({ header, rows }: DocumentTable): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)]
}

const cite = (numbers: readonly number[]) => numbers.map((number) => `[${number}]`).join(' ')

function cellLines(cell: ExportCell): string[] {
  const head = [
    `**${escapeMarkdown(cell.version.shortTitle)}**`,
    cell.number ? `point ${escapeMarkdown(cell.number)}` : 'no number known',
    escapeMarkdown(cell.status),
    escapeMarkdown(cell.confidence),
    cell.sources.length > 0 ? `sources ${cite(cell.sources)}` : null,
  ].filter((piece) => piece !== null)
  const lines = [head.join(' · '), '']
  if (cell.redlineAgainst) lines.push(`Redline against ${escapeMarkdown(cell.redlineAgainst.shortTitle)}:`, '')
  for (const part of cell.parts) lines.push(`> ${partLine(part)}`, '>')
  if (cell.parts.length > 0) lines.pop()
  if (cell.parts.length > 0) lines.push('')
  for (const dispute of cell.textDisputes) lines.push(`_${escapeMarkdown(dispute)}_`, '')
  if (cell.note) lines.push(`_${escapeMarkdown(cell.note)}_`, '')
  for (const flag of cell.flags) lines.push(`- Flag: ${escapeMarkdown(flag.sentence)}`)
  for (const change of cell.termChanges) lines.push(`- ${escapeMarkdown(change)}`)
  for (const option of cell.options) lines.push(`- Option (${escapeMarkdown(option.party)}): ${escapeMarkdown(option.text)}`)
  if (cell.flags.length > 0 || cell.termChanges.length > 0 || cell.options.length > 0) lines.push('')
  return lines
}

/** The comparison as a Markdown document: versions, summary, contested terms, every clause shown, references. */
export function comparisonMarkdown(doc: ComparisonDocument): string {
  const lines = [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    `${escapeMarkdown(doc.negotiation)}. Generated ${doc.generatedAt}. Filters: ${escapeMarkdown(doc.filters)}. Clauses: ${doc.shown} of ${doc.total}.`,
    '',
    `Link: <${doc.permalink}>${doc.linksRelative ? ' (links are relative to wherever the app is served: add them to its address)' : ''}`,
    '',
    `Removed words are ~~struck through~~, added words are **bold**, and moved words are marked both ways with where they went or came from, _(moved from point 7)_: ${escapeMarkdown(doc.base)}. ${doc.ownDrafts ? 'Clause texts are the drafts’ own wording: own drafts, not published texts.' : 'Clause texts are our own paraphrases, not quotations.'}`,
    '',
    '## Versions',
    '',
    ...table(versionsTable(doc)),
    '',
    '## Summary',
    '',
    ...doc.summary.map((line) => `- ${escapeMarkdown(line)}`),
    '',
  ]
  if (doc.keyChanges.length > 0) {
    lines.push('## Key changes', '', 'Found by word rules, not by reading for meaning: check each against the text.', '', ...doc.keyChanges.map((line) => `- ${escapeMarkdown(line)}`), '')
  }
  if (doc.terms.length > 0) {
    lines.push(
      `## Contested terms (change against ${escapeMarkdown(doc.termsBase)})`,
      '',
      ...table(termsTable(doc)),
      '',
    )
  }
  lines.push('## Clause by clause', '')
  if (doc.clauses.length === 0) lines.push('No clause matches the filters.', '')
  for (const clause of doc.clauses) {
    lines.push(`### [${escapeMarkdown(clause.title)}](<${clause.link}>)`, '')
    for (const cell of clause.cells) lines.push(...cellLines(cell))
  }
  lines.push('## References', '')
  for (const reference of doc.references) {
    const { text, href } = reference.citation
    lines.push(`${reference.number}. ${escapeMarkdown(text)}: ${escapeMarkdown(reference.title)}.${href ? ` <${href}>` : ''}`)
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}
