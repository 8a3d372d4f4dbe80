import { describe, expect, it } from 'vitest'
import { writeZip } from '../../scripts/write-zip.mjs'
import { docxSizeProblem, fileSizeProblem, overBy, pdfPagesProblem, textLimitProblem, textSizeProblem } from './importLimits.ts'
import { readZipDirectory } from './zipDirectory.ts'

describe('import limits, checked before any work, say which limit and by how much', () => {
  it('words how far over a limit a figure is', () => {
    expect(overBy(5_466_685, 2_000_000)).toBe('2.7 times the limit')
    expect(overBy(2_340, 2_000)).toBe('340 over')
  })

  it('refuses a text over the character or line limit without splitting it', () => {
    expect(textSizeProblem('lines100k.txt', 'x'.repeat(5_466_685))).toBe('lines100k.txt has 5,466,685 characters; the limit is 2,000,000 (2.7 times the limit).')
    expect(textSizeProblem('The pasted text', '\n'.repeat(150_000))).toBe('The pasted text has 150,001 lines; the limit is 100,000 (50,001 over).')
    expect(textSizeProblem('fine.txt', '1. One clause.\n2. Another.')).toBeNull()
  })

  it('refuses a text that splits into more clauses than a version holds', () => {
    const text = Array.from({ length: 2_340 }, (_, i) => `${i + 1}. Clause ${i + 1}.`).join('\n')
    expect(textLimitProblem('many.txt', text)).toBe('many.txt splits into 2,340 clauses; a version holds at most 2,000 (340 over).')
    expect(textLimitProblem('few.txt', text.split('\n').slice(0, 1_999).join('\n'))).toBeNull()
  })

  it('refuses files over the size and page limits', () => {
    expect(fileSizeProblem('big.pdf', 48.2 * 1024 * 1024)).toBe('big.pdf is 48.2 MB; the limit is 10 MB per file (4.8 times the limit).')
    expect(pdfPagesProblem('long.pdf', 5_000)).toBe('long.pdf has 5,000 pages; the limit is 500 (10 times the limit).')
    expect(pdfPagesProblem('ok.pdf', 500)).toBeNull()
  })

  it('refuses a Word file whose parts would unpack past the limit, from its table of contents alone', () => {
    const bomb = writeZip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      { name: 'word/document.xml', data: new Uint8Array(1024), declaredSize: 1024 * 1024 * 1024 },
    ])
    const directory = readZipDirectory(bomb)
    expect(directory.ok).toBe(true)
    if (!directory.ok) return
    expect(directory.entries.map((entry) => [entry.name, entry.uncompressedSize])).toEqual([
      ['[Content_Types].xml', 8],
      ['word/document.xml', 1024 * 1024 * 1024],
    ])
    expect(docxSizeProblem('bomb.docx', directory.entries)).toBe('bomb.docx would unpack to 1,024 MB of document parts; the limit is 50 MB (20.5 times the limit). It was not opened.')
  })

  it('leaves media out of the count: the reader never unpacks images', () => {
    const directory = readZipDirectory(writeZip([
      { name: 'word/document.xml', data: new Uint8Array(10) },
      { name: 'word/media/image1.png', data: new Uint8Array(10), declaredSize: 200 * 1024 * 1024 },
    ]))
    expect(directory.ok && docxSizeProblem('photos.docx', directory.entries)).toBeNull()
  })

  it('tells a file that is not a zip archive', () => {
    expect(readZipDirectory(new TextEncoder().encode('just some text, not a Word file at all'))).toEqual({ ok: false, problem: 'not-zip' })
  })
})
