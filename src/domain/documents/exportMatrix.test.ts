import { describe, expect, it } from 'vitest'
import { buildMatrix } from '../matrix.ts'
import { csvField, csvFile, matrixJson, matrixRecords, toCsv } from './exportMatrix.ts'
import type { VersionId } from '../model.ts'
import { loadBundledNegotiation } from '../testing/bundledNegotiation.ts'
import { parseCsv } from '../testing/parseCsv.ts'

const negotiation = loadBundledNegotiation()
const ids = (...list: string[]) => list as VersionId[]
const all = ids('us-28', 'e3', 'geneva-19', 'ua-20')

describe('domain/documents/exportMatrix', () => {
  it('carries a disputed value with each claim and its sources into CSV and JSON', () => {
    const matrix = buildMatrix(negotiation, all, 'us-28' as VersionId)
    const records = matrixRecords(matrix, matrix.rows, negotiation)
    const armyCap = records.find((record) => record[0] === 'Army cap')!
    const genevaAt = records[0]!.indexOf('Geneva 19-point: position')
    expect(genevaAt).toBeGreaterThan(0)
    expect(armyCap[genevaAt]).toMatch(/^Disputed: 800,000 in peacetime .* \/ No strict cap on the army \(3 reports\)$/)
    const json = matrixJson(matrix, matrix.rows, negotiation, '2026-01-01T00:00:00Z')
    expect(json.terms.find((term) => term.term === 'army-cap')!.cells['geneva-19']!.disputed).toEqual([
      { claim: '800,000 in peacetime (the FT, citing Ukrainian officials)', sources: ['kyivindependent-800k'] },
      { claim: 'No strict cap on the army', sources: ['caliber-abc-19-points', 'rbcua-no-limits-no-amnesty', 'theaustralian-ft-19-points'] },
    ])
  })

  it.each([
    { value: 'plain', expected: 'plain' },
    { value: '600,000, at all times', expected: '"600,000, at all times"' },
    { value: 'the “line of contact”, "quoted"', expected: '"the “line of contact”, ""quoted"""' },
    { value: 'two\nlines', expected: '"two\nlines"' },
    { value: '=HYPERLINK("x")', expected: '"\'=HYPERLINK(""x"")"' },
    { value: '+200,000 (+33%)', expected: '"\'+200,000 (+33%)"' },
  ])('escapes $value', ({ value, expected }) => {
    expect(csvField(value)).toBe(expected)
  })

  it.each([' =1+1', '  @SUM(A1)', '\n=cmd', '\r\n-2+3', '\u3000+1', '＝HYPERLINK("x")', '＋1', '－1', '＠SUM(A1)', ' ＝1'])(
    'keeps %j from being read as a formula, leading blanks and full-width signs included',
    (value) => {
      const [field] = parseCsv(`${csvField(value)}\r\n`)[0]!
      expect(field).toBe(`'${value}`)
    },
  )

  it.each(['a = b', '600,000', 'e-mail', '–10% (en dash)'])('leaves %j as it is', (value) => {
    expect(parseCsv(`${csvField(value)}\r\n`)[0]![0]).toBe(value)
  })

  it('writes a CSV that reads back as the same table, commas, quotes and line breaks included', () => {
    const records = [['Term', 'Note'], ['a, b', 'say "hi"'], ['multi\nline', 'x']]
    expect(parseCsv(toCsv(records))).toEqual(records)
  })

  it('exports the matrix with one record per term and the deltas in words', () => {
    const matrix = buildMatrix(negotiation, all, 'us-28' as VersionId)
    const parsed = parseCsv(toCsv(matrixRecords(matrix, matrix.rows, negotiation)))
    expect(parsed).toHaveLength(negotiation.terms.length + 1)
    const header = parsed[0]!
    expect(header.slice(0, 10)).toEqual([
      'Term', 'Topic', 'Clause',
      'US 28-point: position', 'US 28-point: clause status (vs its own base)', 'US 28-point: confidence', 'US 28-point: rival options', 'US 28-point: disputed (sources disagree)', 'US 28-point: sources',
      'E3: position',
    ])
    const armyCap = parsed.find((record) => record[0] === 'Army cap')!
    expect(armyCap.slice(3, 6)).toEqual(['600,000, at all times', 'Original draft', 'Published text'])
    expect(armyCap[header.indexOf('E3: clause status (vs its own base)')]).toBe('Amended (vs US 28-point)')
    expect(armyCap[header.indexOf('E3: sources')]).toMatch(/^[^,;]+, (about )?\d{1,2} [A-Z][a-z]{2} 2025.*https:\/\/\S+/)
    expect(armyCap).toContain('800,000, in peacetime')
    expect(armyCap).toContain('Changed: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%); at all times → in peacetime)')
  })

  it('starts the CSV file with a UTF-8 byte-order mark, so Excel reads arrows and quotes right', () => {
    const file = csvFile([['Term'], ['600,000 → 800,000']])
    expect([...new TextEncoder().encode(file).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(parseCsv(file.slice(1))).toEqual([['Term'], ['600,000 → 800,000']])
  })

  it('lists rival positions as rival options', () => {
    const matrix = buildMatrix(negotiation, all, 'us-28' as VersionId)
    const parsed = parseCsv(toCsv(matrixRecords(matrix, matrix.rows, negotiation)))
    const disputedColumns = parsed[0]!.flatMap((name, index) => (name.endsWith(': rival options') ? [index] : []))
    const disputed = parsed.slice(1).flatMap((record) => disputedColumns.map((index) => record[index]!)).filter((text) => text !== '')
    expect(disputed.length).toBeGreaterThan(0)
    for (const text of disputed) expect(text).toMatch(/^[^:]+: .+/)
  })

  it('links each exported term to its clause in the comparison, and the JSON to the matrix itself', () => {
    const matrix = buildMatrix(negotiation, ids('us-28', 'e3'), 'us-28' as VersionId)
    const links = { permalink: 'https://diff.example.org/#/matrix', clauseLink: (clause: string) => `https://diff.example.org/#/compare/us-28/e3?clause=${clause}` }
    const parsed = parseCsv(toCsv(matrixRecords(matrix, matrix.rows, negotiation, links)))
    expect(parsed[0]!.at(-1)).toBe('Link')
    expect(parsed.find((record) => record[0] === 'Army cap')!.at(-1)).toBe('https://diff.example.org/#/compare/us-28/e3?clause=army-size')
    const json = matrixJson(matrix, matrix.rows, negotiation, '2026-01-01T00:00:00.000Z', links)
    expect(json.permalink).toBe('https://diff.example.org/#/matrix')
    expect(json.terms.find((term) => term.term === 'army-cap')!.link).toBe('https://diff.example.org/#/compare/us-28/e3?clause=army-size')
  })

  it('exports JSON with typed values and sources for every cell', () => {
    const matrix = buildMatrix(negotiation, ids('us-28', 'e3'), 'us-28' as VersionId)
    const json = matrixJson(matrix, matrix.rows, negotiation, '2026-01-01T00:00:00.000Z')
    const armyCap = json.terms.find((term) => term.term === 'army-cap')!
    expect(armyCap.cells['e3']).toMatchObject({
      position: '800,000, in peacetime',
      value: { kind: 'quantity', amount: 800_000, qualifier: 'peacetime' },
      changedFromBase: true,
      clauseStatus: 'Amended (vs US 28-point)',
    })
    expect(armyCap.cells['us-28']!.clauseStatus).toBe('Original draft')
    expect(armyCap.cells['e3']!.sources.map((source) => source.id)).toEqual(['report-az-e3', 'uanews-e3-full-text', 'upday-e3'])
    expect(armyCap.cells['e3']!.sources[0]).toMatchObject({ publisher: expect.any(String), url: expect.stringMatching(/^https:\/\//) })
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
  })

  it('cites the same sources in CSV and JSON, the rival options\' sources included', () => {
    const matrix = buildMatrix(negotiation, all, 'us-28' as VersionId)
    const records = matrixRecords(matrix, matrix.rows, negotiation)
    const json = matrixJson(matrix, matrix.rows, negotiation, '2026-01-01T00:00:00.000Z')
    let optionCells = 0
    matrix.rows.forEach((row, index) => {
      for (const version of matrix.versions) {
        const jsonSources = json.terms[index]!.cells[version.id]!.sources
        const csvSources = records[index + 1]![records[0]!.indexOf(`${version.shortTitle}: sources`)]
        expect(csvSources).toBe(jsonSources.map((source) => source.citation + (source.url ? `, ${source.url}` : '')).join('; '))
        const optionSources = row.cells.get(version.id)!.clause.alternatives.flatMap((alternative) => alternative.sources.map((ref) => ref.source))
        for (const id of optionSources) expect(jsonSources.map((source) => source.id)).toContain(id)
        if (optionSources.length > 0) optionCells += 1
      }
    })
    expect(optionCells).toBeGreaterThan(0)
  })
})
