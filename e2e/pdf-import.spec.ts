// A PDF read in the browser, through the pdf.js worker the build ships (build/plugins/pdfWorker.ts
// changes how it clones a text state), gives the text `npm run import` reads with pdf.js as published.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isPdfWorkerFile, TEXT_STATE_CLONE } from '../build/plugins/pdfWorker.ts'
import { pdfDocumentText } from '../src/features/workspaces/pdfDocumentText.ts'
import { expect, test } from './fixtures/test.ts'
import { openDrafts } from './fixtures/workspaces.ts'

const CORPUS = 'eval/drafts/corpus'

test('the worker served is the one whose text states are cloned by class', async ({ request }) => {
  const worker = readdirSync('dist/assets').find(isPdfWorkerFile)
  expect(worker, 'a pdf.js worker in dist/assets').toBeTruthy()
  const served = await (await request.get(`/assets/${worker}`)).text()
  expect(served).toContain(TEXT_STATE_CLONE.shipped)
  expect(served).not.toContain(TEXT_STATE_CLONE.published)
})

// Every PDF of the evaluation corpus (`npm run eval:drafts` reads them in Node), so its figures
// for PDF hold for the app's own reading too.
for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.pdf')).sort()) {
  test(`${name}: the text in the form is the text pdf.js as published reads`, async ({ page }) => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const expected = await pdfDocumentText(pdfjs, new Uint8Array(readFileSync(join(CORPUS, name))), name)
    if (!expected.ok) throw new Error(expected.message)
    expect(expected.text.length).toBeGreaterThan(1000)

    await openDrafts(page)
    const draft = page.getByTestId('workspaces.draft').first()
    await draft.getByLabel(/open a file/).setInputFiles(join(CORPUS, name))
    const box = draft.getByLabel('Paste the text')
    await expect(box).not.toHaveValue('')
    expect(await box.inputValue()).toBe(expected.text)
  })
}
