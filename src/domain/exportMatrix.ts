import { isOriginalDraft, statedAgainst } from './clauseState.ts'
import { CONFIDENCE_LABEL, STATUS_LABEL } from './labels.ts'
import type { Matrix, MatrixRow } from './matrix.ts'
import type { Negotiation } from './model.ts'

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

/** The matrix as a table of plain strings: a header, then one record per term, in the rows' order. */
export function matrixRecords(matrix: Matrix, rows: readonly MatrixRow[], negotiation: Negotiation): string[][] {
  const topicLabel = new Map(negotiation.topics.map((topic) => [topic.id as string, topic.label]))
  const header = ['Term', 'Topic', 'Clause']
  for (const version of matrix.versions) {
    header.push(`${version.shortTitle}: position`, `${version.shortTitle}: clause status (vs its own base)`, `${version.shortTitle}: confidence`)
    if (version !== matrix.base) header.push(`${version.shortTitle}: against ${matrix.base.shortTitle}`)
  }
  const records = rows.map((row) => {
    const record = [row.term.label, row.topics.map((topic) => topicLabel.get(topic) ?? topic).join('; '), row.lineage.id]
    for (const version of matrix.versions) {
      const cell = row.cells.get(version.id)!
      const base = negotiation.versions.find((candidate) => candidate.id === statedAgainst(cell.clause, version))
      const status = isOriginalDraft(cell.clause, version) ? 'Original draft' : `${STATUS_LABEL[cell.status]}${base ? ` (vs ${base.shortTitle})` : ''}`
      record.push(cell.text, status, cell.confidence ? CONFIDENCE_LABEL[cell.confidence] : 'Content not known')
      if (version !== matrix.base) {
        const change = cell.versusBase!
        const word = cell.changed ? 'Changed' : change.kind === 'unknown' ? 'Not known' : 'Same'
        record.push(cell.changed ? `${word}: ${change.summary}${change.delta ? ` (${change.delta})` : ''}` : word)
      }
    }
    return record
  })
  return [header, ...records]
}

/** The matrix as a JSON document: every cell's typed value, words, status, confidence, delta and sources. */
export function matrixJson(matrix: Matrix, rows: readonly MatrixRow[], negotiation: Negotiation, generatedAt: string) {
  return {
    negotiation: negotiation.id,
    title: `${negotiation.title}: positions matrix`,
    generatedAt,
    base: matrix.base.id,
    versions: matrix.versions.map((version) => ({ id: version.id, title: version.title, date: version.date, textKnown: version.textKnown })),
    terms: rows.map((row) => ({
      term: row.term.id,
      label: row.term.label,
      clause: row.lineage.id,
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
              clauseStatus: cell.status,
              clauseNumber: cell.clause.number,
              confidence: cell.confidence,
              changedFromBase: cell.changed,
              againstBase: cell.versusBase ? { kind: cell.versusBase.kind, summary: cell.versusBase.summary, delta: cell.versusBase.delta } : null,
              sources: cell.clause.sources.map((ref) => ref.source),
            },
          ]
        }),
      ),
    })),
  }
}
