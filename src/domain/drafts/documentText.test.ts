import { describe, expect, it } from 'vitest'
import { docxHtmlToText } from './documentText.ts'
import { pdfItemsToText } from './pdfText.ts'
import { splitClauses } from './splitClauses.ts'

describe('docxHtmlToText', () => {
  it('writes Word headings as Markdown headings and automatic list numbers as text', () => {
    const html = '<h1>Framework</h1><p>The parties agree:</p><ol><li>Sovereignty &amp; borders.</li><li>Army<ol><li>cap</li><li>training</li></ol></li></ol><p>&lt;b&gt;not markup&lt;/b&gt;</p>'
    expect(docxHtmlToText(html)).toBe('# Framework\nThe parties agree:\n1. Sovereignty & borders.\n2. Army\n(a) cap\n(b) training\n<b>not markup</b>')
    const split = splitClauses(docxHtmlToText(html))
    expect(split.ok && split.clauses.map((c) => [c.number, c.parts.map((p) => p.label)])).toEqual([
      [null, []],
      ['1', []],
      ['2', ['a', 'b']],
    ])
  })
})

describe('pdfItemsToText', () => {
  it('joins a page\'s items into lines by their baseline', () => {
    const result = pdfItemsToText([[{ str: '1. The cap is ', hasEOL: false, y: 700 }, { str: '600,000.', hasEOL: true, y: 700 }, { str: '2. Elections.', hasEOL: false, y: 680 }]], 'a.pdf')
    expect(result).toEqual({ ok: true, text: '1. The cap is 600,000.\n2. Elections.', pagesWithoutText: [] })
  })

  it('refuses a scan with a message, and names pages without text in a mixed file', () => {
    expect(pdfItemsToText([[], []], 'scan.pdf')).toEqual({
      ok: false,
      message: 'scan.pdf has no text layer: it looks like a scan (2 pages, no selectable text). Run it through text recognition (OCR), or open the original document instead.',
    })
    expect(pdfItemsToText([[{ str: '1. Enough text here.', hasEOL: true, y: 1 }], []], 'mixed.pdf')).toMatchObject({ ok: true, pagesWithoutText: [2] })
  })
})
