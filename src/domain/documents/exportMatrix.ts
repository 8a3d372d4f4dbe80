import { confidenceLabel } from '../labels.ts'
import { describeDispute, statusText } from '../statusWords.ts'
import { citationText, citeSource } from '../sourceCitation.ts'
import { optionsLine, type Matrix, type MatrixCell, type MatrixRow } from '../matrix.ts'
import type { Negotiation, Source, SourceId } from '../model.ts'

// Spreadsheets run a cell that starts with one of these as a formula ("CSV injection"), even
// after leading blanks or line breaks, and some read the full-width forms (＝＋－＠) as the
// ASCII ones; such a cell gets a leading apostrophe, which spreadsheets hide and read as "text".
const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote or line break, with quotes doubled.
 * @example csvField('a "b", c') // '"a ""b"", c"'
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows of fields as CSV text, CRLF between records as RFC 4180 asks. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/**
 * CSV text as a file: with a UTF-8 byte-order mark, without which Excel on Windows reads the
 * file as Windows-1252 and shows "â†’" for "→".
 */
export function csvFile(records: readonly (readonly string[])[]): string {
  return `\uFEFF${toCsv(records)}`
}

/**
 * The sources a cell's position rests on, each once: the clause's own and its rival options'
 * (a position "Not agreed: US: …; Ukraine: …" cites who reported each option). CSV and JSON both
 * cite these, so the two files agree.
 */
function cellSources(cell: MatrixCell, negotiation: Negotiation): { readonly id: SourceId; readonly source: Source }[] {
  const ids = new Set([...cell.clause.sources, ...cell.clause.alternatives.flatMap((alternative) => alternative.sources)].map((ref) => ref.source))
  return [...ids].flatMap((id) => {
    const source = negotiation.sources.get(id)
    return source ? [{ id, source }] : []
  })
}

/** Where an exported matrix links to: the matrix as shown, and each term's clause compared across its columns. */
export interface MatrixLinks {
  readonly permalink: string
  readonly clauseLink: (clause: string) => string
}

/**
 * The matrix as a table of plain strings: a header, then one record per term, in the rows'
 * order; with links, a last column links each term to its clause in the comparison.
 */
export function matrixRecords(matrix: Matrix, rows: readonly MatrixRow[], negotiation: Negotiation, links?: MatrixLinks): string[][] {
  const topicLabel = new Map(negotiation.topics.map((topic) => [topic.id as string, topic.label]))
  const header = ['Term', 'Topic', 'Clause']
  for (const version of matrix.versions) {
    header.push(
      `${version.shortTitle}: position`,
      `${version.shortTitle}: clause status (vs its own base)`,
      `${version.shortTitle}: confidence`,
      `${version.shortTitle}: rival options`,
      `${version.shortTitle}: disputed (sources disagree)`,
      `${version.shortTitle}: sources`,
    )
    if (version !== matrix.base) header.push(`${version.shortTitle}: against ${matrix.base.shortTitle}`)
  }
  if (links) header.push('Link')
  const records = rows.map((row) => {
    const record = [row.term.label, row.topics.map((topic) => topicLabel.get(topic) ?? topic).join('; '), row.lineage.id]
    for (const version of matrix.versions) {
      const cell = row.cells.get(version.id)!
      record.push(
        cell.text,
        statusText(cell.clause, version, negotiation.versions),
        confidenceLabel(cell.confidence),
        optionsLine(cell.options),
        cell.disputed ? describeDispute(cell.disputed) : '',
        cellSources(cell, negotiation)
          .map(({ source }) => citationText(source))
          .join('; '),
      )
      if (version !== matrix.base) {
        const change = cell.versusBase!
        const word = cell.changed ? 'Changed' : change.kind === 'unknown' ? 'Not known' : 'Same'
        record.push(cell.changed ? `${word}: ${change.summary}${change.delta ? ` (${change.delta})` : ''}` : word)
      }
    }
    if (links) record.push(links.clauseLink(row.lineage.id))
    return record
  })
  return [header, ...records]
}

/**
 * The matrix as a JSON document: every cell's typed value, words, status, confidence, delta and
 * sources; with links, the matrix's own and each term's clause in the comparison.
 */
export function matrixJson(matrix: Matrix, rows: readonly MatrixRow[], negotiation: Negotiation, generatedAt: string, links?: MatrixLinks) {
  return {
    negotiation: negotiation.id,
    title: `${negotiation.title}: positions matrix`,
    generatedAt,
    ...(links ? { permalink: links.permalink } : {}),
    base: matrix.base.id,
    versions: matrix.versions.map((version) => ({ id: version.id, title: version.title, date: version.date, textKnown: version.textKnown })),
    terms: rows.map((row) => ({
      term: row.term.id,
      label: row.term.label,
      clause: row.lineage.id,
      ...(links ? { link: links.clauseLink(row.lineage.id) } : {}),
      topics: row.topics,
      cells: Object.fromEntries(
        matrix.versions.map((version) => {
          const cell = row.cells.get(version.id)!
          return [
            version.id,
            {
              position: cell.text,
              value: cell.value ?? null,
              disputed: cell.disputed ? cell.disputed.map((claim) => ({ claim: claim.claim, sources: claim.sources.map((ref) => ref.source) })) : null,
              options: cell.options.map((option) => ({ party: option.party, value: option.value, position: option.text })),
              // The same words as the UI and the CSV ("Original draft", not the data's "added").
              clauseStatus: statusText(cell.clause, version, negotiation.versions),
              clauseNumber: cell.clause.number,
              confidence: confidenceLabel(cell.confidence),
              changedFromBase: cell.changed,
              againstBase: cell.versusBase ? { kind: cell.versusBase.kind, summary: cell.versusBase.summary, delta: cell.versusBase.delta } : null,
              sources: cellSources(cell, negotiation).map(({ id, source }) => {
                const citation = citeSource(source)
                return { id, publisher: source.publisher, date: source.date, citation: citation.text, url: citation.href || null }
              }),
            },
          ]
        }),
      ),
    })),
  }
}
