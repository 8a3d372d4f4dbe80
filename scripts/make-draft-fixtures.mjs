// Makes the small .docx and .pdf drafts the e2e tests import, with the project's own tools:
// the docx package writes the Word file (real headings and Word numbering), and Chromium's
// page.pdf() prints the PDF, so it has a text layer. Run: node scripts/make-draft-fixtures.mjs
import { writeFileSync } from 'node:fs'
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx'
import { chromium } from '@playwright/test'
import { findChromium } from './browser-path.mjs'

const out = new URL('../e2e/fixtures/drafts/', import.meta.url)

const numbered = (text, level = 0) => new Paragraph({ text, numbering: { reference: 'points', level } })
const document = new Document({
  numbering: {
    config: [
      {
        reference: 'points',
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
        ],
      },
    ],
  },
  sections: [
    {
      children: [
        new Paragraph({ text: 'Harbour agreement, second draft', heading: HeadingLevel.HEADING_1 }),
        numbered('The port of Riverton reopens to commercial shipping within 45 days.'),
        numbered('A joint board of 12 members oversees the port.'),
        numbered('Fees are capped at 3% of cargo value.'),
        numbered('Inspections follow the agreed rules:'),
        numbered('random checks of one ship in ten;', 1),
        numbered('a report every month.', 1),
      ],
    },
  ],
})
writeFileSync(new URL('harbour-v2.docx', out), await Packer.toBuffer(document))

const browserPath = findChromium()
const browser = await chromium.launch(browserPath ? { executablePath: browserPath.executablePath } : {})
const page = await browser.newPage()
await page.setContent(`<!doctype html><html lang="en"><body style="font-family: sans-serif">
<h1>Harbour agreement, third draft</h1>
<p>1. The port of Riverton reopens to commercial shipping within 30 days.</p>
<p>2. A joint board of 12 members oversees the port.</p>
<p>3. Fees are capped at 2% of cargo value.</p>
<p>4. A fund of $50 million repairs the quays.</p>
</body></html>`)
writeFileSync(new URL('harbour-v3.pdf', out), await page.pdf({ format: 'A4' }))
// A "scan": a page with no text at all, only a drawn shape.
await page.setContent('<!doctype html><html lang="en"><body><div style="width: 400px; height: 500px; background: #888"></div></body></html>')
writeFileSync(new URL('scan.pdf', out), await page.pdf({ format: 'A4', printBackground: true }))
await browser.close()
console.log('wrote e2e/fixtures/drafts/harbour-v2.docx and harbour-v3.pdf and scan.pdf')
