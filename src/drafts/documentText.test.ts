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
    expect(result).toEqual({ ok: true, text: '1. The cap is 600,000.\n\n2. Elections.', pagesWithoutText: [] })
  })

  // A page as pdf.js gives it: 12-point lines 14 apart, paragraphs 22 apart, text from x = 72 to 520.
  const line = (str: string, y: number, x = 72, right = 520, fontName = 'body') => ({ str, hasEOL: true, x, y, width: right - x, height: 12, fontName })
  const page = (number: number, lines: ReturnType<typeof line>[]) => [line('Harbour agreement (draft for discussion)', 800, 300, 520, 'small'), ...lines, line(`Page ${number} of 2`, 40, 280, 330, 'small')]

  it('rebuilds paragraphs from positions: a wrapped line that starts with a number stays in its paragraph', () => {
    const result = pdfItemsToText(
      [
        page(1, [
          line('1. The licensee may distribute the work in source code form, or in the form', 700),
          line('2) in object code, as long as the notice is kept.', 686, 72, 330),
          line('2. Fees are capped at 3 per cent, as set out in article', 664),
          line('6.1. For legal entities the cap is lower, and it is', 650),
        ]),
        page(2, [line('reviewed every year.', 700, 72, 200), line('3. The port reopens.', 678, 72, 200)]),
      ],
      'wrapped.pdf',
    )
    expect(result).toMatchObject({
      ok: true,
      text: '1. The licensee may distribute the work in source code form, or in the form 2) in object code, as long as the notice is kept.\n\n2. Fees are capped at 3 per cent, as set out in article 6.1. For legal entities the cap is lower, and it is reviewed every year.\n\n3. The port reopens.',
    })
  })

  it('joins a word hyphenated at a line end, keeps real hyphens, and drops running headers, footers and page numbers', () => {
    const result = pdfItemsToText(
      [
        page(1, [line('1. Write to the Foundation, Boston, MA 02110-', 700), line('1301, for a royalty-free licence; the contri-', 686), line('butions stay royalty-', 672), line('free.', 658, 72, 110)]),
        page(2, [line('2. Nothing else.', 700, 72, 200)]),
      ],
      'hyphens.pdf',
    )
    expect(result).toMatchObject({ ok: true, text: '1. Write to the Foundation, Boston, MA 02110-1301, for a royalty-free licence; the contributions stay royalty-free.\n\n2. Nothing else.' })
  })

  it('refuses a scan with a message, and names pages without text in a mixed file', () => {
    expect(pdfItemsToText([[], []], 'scan.pdf')).toEqual({
      ok: false,
      message: 'scan.pdf has no text layer: it looks like a scan (2 pages, no selectable text). Run it through text recognition (OCR), or open the original document instead.',
    })
    expect(pdfItemsToText([[{ str: '1. Enough text here.', hasEOL: true, y: 1 }], []], 'mixed.pdf')).toMatchObject({ ok: true, pagesWithoutText: [2] })
  })
})
