/**
 * Script and markup smuggled in through every way a text reaches the app: opened .txt, .md,
 * .docx and .pdf files, and every free-text field of an imported workspace file. The page's
 * Content-Security-Policy is bypassed here, so only the app's own escaping stands between the
 * payload and the page: every payload must show as text, and nothing may run or be injected.
 */
import { writeFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { wordFile } from '../scripts/word-file.mjs'
import { SCRIPT_PAYLOADS, workspaceWithPayloadsEverywhere } from '../src/domain/testing/workspaceFileMutations.ts'
import { expect, test } from './fixtures/test.ts'

test.use({ bypassCSP: true })

declare global {
  interface Window {
    __pwned?: boolean
  }
}

const EARLIER = SCRIPT_PAYLOADS.map((payload, i) => `${i + 1}. Clause ${i + 1} keeps ${payload} as text.`)
const LATER = SCRIPT_PAYLOADS.map((payload, i) => `${i + 1}. Clause ${i + 1} now keeps ${payload} as plain text.`)

/** Nothing ran, and nothing the payloads name became an element, an attribute or a link. */
async function expectNothingInjected(page: Page, where: string) {
  expect(await page.evaluate(() => window.__pwned), `a payload ran on ${where}`).toBeUndefined()
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].flatMap((element) => [
      ...[...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
      ...(/^(javascript|data):/i.test(element.getAttribute('href') ?? '') ? [`${element.tagName} href=${element.getAttribute('href')}`] : []),
      ...(element.tagName === 'SCRIPT' && element.closest('body') ? ['a script element in the page'] : []),
    ]),
  )
  expect(injected, `elements made from payloads on ${where}`).toEqual([])
}

async function pdfOf(browser: Browser, lines: readonly string[]): Promise<Buffer> {
  const page = await browser.newPage()
  await page.setContent('<body style="font: 12pt sans-serif"></body>')
  // Text, not markup: the PDF's text layer must carry the payload characters themselves.
  await page.evaluate((texts) => texts.forEach((text) => document.body.appendChild(document.createElement('p')).append(text)), lines)
  const pdf = await page.pdf({ format: 'A4' })
  await page.close()
  return pdf
}

async function openFiles(page: Page, files: readonly { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.goto('/#/workspaces')
  for (const [index, file] of files.entries()) {
    const version = page.getByTestId('workspaces.draft').nth(index)
    await version.getByLabel(/open a file/).setInputFiles(file)
    await expect(version.getByLabel('Paste the text')).toHaveValue(/Clause 1/)
  }
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByRole('heading', { name: 'Check how each text was split' })).toBeVisible()
  await page.getByRole('button', { name: 'Align the versions' }).click()
  await expect(page.getByRole('heading', { name: 'Check which clauses match' })).toBeVisible()
  await page.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page.getByTestId('compare.row')).toHaveCount(SCRIPT_PAYLOADS.length)
}

/** Every view of the workspace open now, each checked. */
async function visitViews(page: Page) {
  const workspace = /#\/w\/([^/]+)\//.exec(page.url())?.[1]
  expect(workspace).toBeTruthy()
  await expectNothingInjected(page, 'compare')
  await expect(page.getByTestId('compare.row').first()).toContainText('<script>window.__pwned = true</script>')
  for (const view of ['compare/a/b?view=inline', 'clause', 'report/a/b', 'sources', 'versions', 'matrix']) {
    await page.goto(`/#/w/${workspace}/${view}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNothingInjected(page, view)
  }
}

test.describe('script payloads in imported drafts', () => {
  const text = (lines: readonly string[]) => Buffer.from(lines.join('\n'))

  test('.txt and .md files', async ({ page }) => {
    await openFiles(page, [
      { name: 'earlier.txt', mimeType: 'text/plain', buffer: text(EARLIER) },
      { name: 'later.md', mimeType: 'text/markdown', buffer: text(['# Later draft', ...LATER]) },
    ])
    await visitViews(page)
  })

  test('.docx and .pdf files', async ({ page, browser }) => {
    await openFiles(page, [
      { name: 'earlier.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await wordFile(EARLIER) },
      { name: 'later.pdf', mimeType: 'application/pdf', buffer: await pdfOf(browser, LATER) },
    ])
    await visitViews(page)
  })

  test('every free-text field of an imported workspace file', async ({ page }, testInfo) => {
    const file = testInfo.outputPath('hostile.json')
    writeFileSync(file, workspaceWithPayloadsEverywhere())
    await page.goto('/#/workspaces')
    await page.getByLabel('Import a workspace file').setInputFiles(file)
    await expect(page.getByTestId('workspaces.message')).toContainText('Imported')
    await expectNothingInjected(page, 'the workspace list')
    await page.getByTestId('workspaces.item').getByRole('link').click()
    await expect(page.getByTestId('compare.row').first()).toBeVisible()
    const workspace = /#\/w\/([^/]+)\//.exec(page.url())?.[1]
    for (const view of ['compare/a/b', 'compare/a/b?view=inline', 'clause/point-1', 'report/a/b', 'sources', 'versions', 'matrix']) {
      await page.goto(`/#/w/${workspace}/${view}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNothingInjected(page, view)
    }
  })
})
