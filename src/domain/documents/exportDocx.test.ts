import { describe, expect, it } from 'vitest'
import { buildComparison } from '../buildComparison.ts'
import { describeComparison, describeFilters } from './describeComparison.ts'
import { findMoves } from '../moves.ts'
import { flagRow } from '../changeFlags.ts'
import { comparisonDocxBytes } from './exportDocx.ts'
import { filterRows } from '../filterRows.ts'
import type { VersionId } from '../model.ts'
import { loadBundledNegotiation } from '../testing/bundledNegotiation.ts'
import { readZip } from '../testing/readZip.ts'

const negotiation = loadBundledNegotiation()

async function documentXml(versions: string[]) {
  const model = buildComparison(negotiation, versions as VersionId[])
  const rows = filterRows(model, { topics: [], changedOnly: false, statuses: [], query: '' })
  const doc = describeComparison(negotiation, model, rows, {
    filters: describeFilters({ topics: [], changed: false, query: '' }, negotiation),
    permalink: '#/compare/us-28/e3',
    clauseLink: (clause) => `#/compare/us-28/e3?clause=${clause}`,
    linksRelative: true,
    generatedAt: new Date('2026-01-02T10:30:00Z'),
    moves: findMoves(model),
    flagsOf: flagRow,
  })
  const files = readZip(await comparisonDocxBytes(doc))
  return files.get('word/document.xml')!
}

describe('domain/documents/exportDocx', () => {
  it('writes every change as a Word revision by the later version’s drafters, dated', async () => {
    const xml = await documentXml(['us-28', 'e3'])
    const e3 = negotiation.versions.find((version) => version.id === 'e3')!
    const insertions = [...xml.matchAll(/<w:ins ([^>]*)>([\s\S]*?)<\/w:ins>/g)]
    const deletions = [...xml.matchAll(/<w:del ([^>]*)>([\s\S]*?)<\/w:del>/g)]
    expect(insertions.length).toBeGreaterThan(10)
    expect(deletions.length).toBeGreaterThan(10)
    for (const [, attributes] of [...insertions, ...deletions]) {
      expect(attributes).toContain(`w:author="${e3.drafters}"`)
      expect(attributes).toContain('w:date="2025-11-23T00:00:00Z"')
    }
    // Deleted words are w:delText inside w:del, so Accept removes them and Reject keeps them.
    expect(deletions.some(([, , body]) => /<w:delText[^>]*>600,000<\/w:delText>/.test(body!))).toBe(true)
    expect(insertions.some(([, , body]) => /<w:t[^>]*>800,000<\/w:t>/.test(body!))).toBe(true)
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('lists the key changes and puts each flag under its cell', async () => {
    const xml = await documentXml(['us-28', 'e3'])
    expect(xml).toContain('<w:t xml:space="preserve">Key changes</w:t>')
    expect(xml).toContain('Numbers and dates: 3 (Size of Ukraine&apos;s armed forces, Frozen Russian assets, Elections in Ukraine)')
    expect(xml).toMatch(/Flag: <\/w:t>[\s\S]{0,200}Number changed: “600,000 personnel” → “800,000 personnel”/)
  })

  it('has the summary, the contested-terms table and numbered sources', async () => {
    const xml = await documentXml(['us-28', 'e3'])
    const text = xml.replace(/<[^>]+>/g, '')
    expect(text).toContain('E3 against US 28-point: 11 kept · 16 amended · 1 deleted')
    expect(text).toContain('Contested terms (change against US 28-point)')
    expect(text).toContain('800,000, in peacetime (changed: +200,000 (+33%); at all times → in peacetime)')
    expect(text).toMatch(/1\. LIGA\.net, about 20 Nov 2025/)
    expect(text).toContain('relative to wherever the app is served')
  })
})
