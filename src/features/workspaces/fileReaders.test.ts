import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { readZip } from '../../domain/testing/readZip.ts'
import { writeZip } from '../../../scripts/write-zip.mjs'
import { readDocxFile, readTextFile } from './fileReaders.ts'

async function wordFile(paragraphs: readonly string[]): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] })
  return new Uint8Array(await Packer.toBuffer(document))
}

const blob = (bytes: Uint8Array | string) => new Blob([bytes as BlobPart])

describe('reading a Word file, limits before work', () => {
  it('reads a real .docx into draft text', async () => {
    const read = await readDocxFile(blob(await wordFile(['1. The army is capped at 600,000.', '2. Elections within 100 days.'])), 'draft.docx')
    expect(read).toEqual({ ok: true, text: '1. The army is capped at 600,000.\n2. Elections within 100 days.', notes: [] })
  })

  it('refuses a zip bomb from its declared sizes, unopened', async () => {
    const real = readZip(await wordFile(['1. Short.']))
    const bomb = writeZip([...real].map(([name, text]) => ({ name, data: new TextEncoder().encode(text), ...(name === 'word/document.xml' ? { declaredSize: 1024 * 1024 * 1024 } : {}) })))
    expect(await readDocxFile(blob(bomb), 'bomb.docx')).toEqual({
      ok: false,
      message: 'bomb.docx would unpack to 1,024 MB of document parts; the limit is 50 MB (20.5 times the limit). It was not opened.',
    })
  })

  it('refuses a part that unpacks to more than it declares, stopping as soon as it passes the declared size', async () => {
    const real = readZip(await wordFile(['1. Short.']))
    // 16 MB of zeros that says it is 1 KB: the reader must not unpack it whole, nor hand it to mammoth.
    const lying = writeZip([...real].map(([name, text]) => (name === 'word/document.xml' ? { name, data: new Uint8Array(16 * 1024 * 1024), declaredSize: 1024 } : { name, data: new TextEncoder().encode(text) })))
    expect(await readDocxFile(blob(lying), 'lying.docx')).toEqual({
      ok: false,
      message: 'lying.docx is damaged or built to mislead: word/document.xml does not unpack to the size the file declares. It was not opened.',
    })
  })

  it('refuses a file that is not a Word document', async () => {
    expect(await readDocxFile(blob('plain text named .docx'), 'fake.docx')).toEqual({ ok: false, message: 'fake.docx is not a Word document the app can read.' })
  })

  it('refuses a Word file whose text is over the limits', async () => {
    const many = Array.from({ length: 2_100 }, (_, i) => `${i + 1}. Clause.`)
    const read = await readDocxFile(blob(await wordFile(many)), 'many.docx')
    expect(read).toEqual({ ok: false, message: 'many.docx splits into 2,100 clauses; a version holds at most 2,000 (100 over).' })
  })
})

describe('reading a text file', () => {
  it('refuses a text over the character limit, naming the file and how far over it is', async () => {
    const read = await readTextFile(blob(Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Clause number ${i + 1} of the long text.`).join('\n')), 'lines100k.txt')
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toMatch(/^lines100k\.txt has [\d,]+ characters; the limit is 2,000,000 \(2\.\d times the limit\)\.$/)
  })
})
