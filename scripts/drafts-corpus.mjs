// Writes the own-drafts evaluation corpus (eval/drafts/corpus): real licence texts from the
// spdx-license-list package, in pairs of versions, plus two revisions made from them by moving
// whole sections (renumbered, reorganised). Each text is written as .txt, .docx (docx package)
// and .pdf (Chromium's print to PDF, with running headers and footers). Run it after changing
// the list; the files are committed, so tests need neither this script nor a browser.
//   node scripts/drafts-corpus.mjs            # .txt, .docx and .pdf
//   node scripts/drafts-corpus.mjs --no-pdf   # without a browser
//   node scripts/drafts-corpus.mjs --only cc-by-3.0,cc-by-4.0   # just these (the others' files stay byte for byte)
// Never the GPL, LGPL, AGPL or MPL families: a check we do not see uses them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'

const require = createRequire(import.meta.url)
const OUT = 'eval/drafts/corpus'
const REAL = ['EPL-1.0', 'EPL-2.0', 'CDDL-1.0', 'CDDL-1.1', 'EUPL-1.1', 'EUPL-1.2', 'OSL-2.0', 'OSL-3.0', 'Artistic-1.0', 'Artistic-2.0', 'Apache-2.0', 'Apache-1.1', 'CC-BY-3.0', 'CC-BY-4.0']
const FORBIDDEN = /^(?:L?GPL|AGPL|MPL)/i

function licence(id) {
  if (FORBIDDEN.test(id)) throw new Error(`${id} must not be used`)
  return require(`spdx-license-list/licenses/${id}.json`).licenseText.replace(/\r\n?/g, '\n')
}

/** Lines of a text, by the line a block starts with (exact prefix) up to the next given prefix. */
function block(lines, start, end) {
  const from = lines.findIndex((line) => line.startsWith(start))
  const to = end === null ? lines.length : lines.findIndex((line, k) => k > from && line.startsWith(end))
  if (from < 0 || to < 0) throw new Error(`block ${start} → ${end} not found`)
  return lines.slice(from, to)
}

/** Apache 2.0 with two sections inserted (from Apache 1.1's conditions) and the rest renumbered. */
function apacheRenumbered() {
  const lines = licence('Apache-2.0').split('\n')
  const older = licence('Apache-1.1')
  const acknowledgment = older.slice(older.indexOf('The end-user documentation'), older.indexOf('4. The names')).replace(/\s+/g, ' ').trim()
  const productNames = older.slice(older.indexOf('Products derived from'), older.indexOf('THIS SOFTWARE')).replace(/\s+/g, ' ').trim()
  const renumber = (text, from, to) => text.replace(new RegExp(`^${from}\\. `), `${to}. `)
  const out = [
    ...block(lines, 'Apache License', '2. Grant'),
    ...block(lines, '2. Grant', '3. Grant'),
    ...block(lines, '3. Grant', '4. Redistribution'),
    `4. Acknowledgment. ${acknowledgment}`,
    '',
    ...block(lines, '4. Redistribution', '5. Submission').map((line) => renumber(line, 4, 5)),
    ...block(lines, '5. Submission', '6. Trademarks').map((line) => renumber(line, 5, 6)),
    ...block(lines, '6. Trademarks', '7. Disclaimer').map((line) => renumber(line, 6, 7)),
    `8. Product Names. ${productNames}`,
    '',
    ...block(lines, '7. Disclaimer', '8. Limitation').map((line) => renumber(line, 7, 9)),
    ...block(lines, '8. Limitation', '9. Accepting').map((line) => renumber(line, 8, 10)),
    ...block(lines, '9. Accepting', null).map((line) => renumber(line, 9, 11)),
  ]
  return out.join('\n')
}

/**
 * CDDL 1.1 reorganised: the two grants merged into one, a section split in two, a section moved,
 * six leaves deleted, everything renumbered; a cross-reference keeps its old numbers.
 */
function cddlReorganised() {
  const lines = licence('CDDL-1.1').split('\n')
  const sub = (from, to) => (line) => line.replace(new RegExp(`^${from.replace(/\./g, '\\.')}\\. `), `${to}. `)
  const grant2 = block(lines, '2.2. Contributor Grant.', '3. Distribution').slice(1)
  const relettered = grant2.map((line) => line.replace(/^(\s*)\(([a-d])\)/, (_, space, letter) => `${space}(${String.fromCharCode(letter.charCodeAt(0) + 4)})`))
  const availability = block(lines, '3.1. Availability', '3.2. Modifications')[1]
  const cut = availability.indexOf('You must inform recipients')
  const out = [
    ...block(lines, 'COMMON DEVELOPMENT', '1.4. '),
    ...block(lines, '1.5. ', '1.6. ').map(sub('1.5', '1.4')),
    ...block(lines, '1.6. ', '1.7. ').map(sub('1.6', '1.5')),
    ...block(lines, '1.8. ', '1.9. ').map(sub('1.8', '1.6')),
    ...block(lines, '1.9. ', '1.10. ').map(sub('1.9', '1.7')),
    ...block(lines, '1.10. ', '1.11. ').map(sub('1.10', '1.8')),
    ...block(lines, '1.11. ', '1.12. ').map(sub('1.11', '1.9')),
    ...block(lines, '1.12. ', '1.13. ').map(sub('1.12', '1.10')),
    ...block(lines, '1.13. ', '2. License').map(sub('1.13', '1.11')),
    ...block(lines, '2. License', '2.1. '),
    '2.1. The Grants.',
    ...block(lines, '2.1. The Initial', '2.2. ').slice(1),
    ...relettered,
    ...block(lines, '3. Distribution', '3.1. '),
    '3.1. Availability of Source Code.',
    availability.slice(0, cut).trim(),
    '',
    '3.2. Information for Recipients.',
    availability.slice(cut).trim(),
    '',
    ...block(lines, '3.2. ', '3.3. ').map(sub('3.2', '3.3')),
    ...block(lines, '3.3. ', '3.4. ').map(sub('3.3', '3.4')),
    ...block(lines, '3.4. ', '3.5. ').map(sub('3.4', '3.5')),
    ...block(lines, '3.5. ', '3.6. ').map(sub('3.5', '3.6')),
    ...block(lines, '4. Versions', '4.3. '),
    ...block(lines, '7. LIMITATION', '8. U.S.').map(sub('7', '5')),
    ...block(lines, '5. DISCLAIMER', '6. TERMINATION').map(sub('5', '6')),
    ...block(lines, '6. TERMINATION', '6.3. ').map(sub('6', '7')).map(sub('6.1', '7.1')).map(sub('6.2', '7.2')),
    ...block(lines, '6.4. ', '7. LIMITATION').map(sub('6.4', '7.3')),
    ...block(lines, '9. MISCELLANEOUS', '10. RESPONSIBILITY').map(sub('9', '8')),
    ...block(lines, '10. RESPONSIBILITY', null).map(sub('10', '9')),
  ]
  return out.join('\n')
}

const TEXTS = {
  ...Object.fromEntries(REAL.map((id) => [id.toLowerCase(), licence(id)])),
  'apache-2.0-renumbered': apacheRenumbered(),
  'cddl-1.1-reorganised': cddlReorganised(),
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
/** Long words get soft hyphens, so the PDF breaks some of them at line ends as a typesetter would. */
const softHyphens = (text) => text.replace(/\b([a-z]{5,})([a-z]{5,})\b/g, '$1\u00ad$2')

function paragraphs(text) {
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => ({ indent: /^\s+/.exec(line)?.[0].length ?? 0, text: line.trim() }))
}

async function writeDocx(name, text) {
  const doc = new Document({
    creator: 'peace-plan-diff corpus',
    sections: [{ children: paragraphs(text).map((p) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: p.indent ? { left: 360 * Math.min(4, Math.ceil(p.indent / 5)) } : undefined, children: [new TextRun(p.text)] })) }],
  })
  writeFileSync(`${OUT}/${name}.docx`, await Packer.toBuffer(doc))
}

function html(name, text) {
  const body = paragraphs(text)
    .map((p) => `<p style="margin-left:${p.indent ? 1.5 * Math.min(4, Math.ceil(p.indent / 5)) : 0}em">${softHyphens(escapeHtml(p.text))}</p>`)
    .join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><style>
    body { font: 11pt/1.35 "DejaVu Serif", serif; }
    p { margin: 0 0 0.6em; text-align: justify; }
  </style></head><body>${body}</body></html>`
}

async function writePdfs(names) {
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  const page = await browser.newPage()
  for (const name of names) {
    await page.setContent(html(name, TEXTS[name]))
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;text-align:right;margin-right:20mm">${name} (draft for discussion)</div>`,
      footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    })
    writeFileSync(`${OUT}/${name}.pdf`, pdf)
  }
  await browser.close()
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null
const names = Object.keys(TEXTS).filter((name) => !only || only.includes(name))
mkdirSync(OUT, { recursive: true })
for (const name of names) {
  const text = TEXTS[name]
  writeFileSync(`${OUT}/${name}.txt`, text.endsWith('\n') ? text : `${text}\n`)
  await writeDocx(name, text)
}
if (!process.argv.includes('--no-pdf')) await writePdfs(names)
console.log(`Wrote ${names.length} texts to ${OUT}`)
