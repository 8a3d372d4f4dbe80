/**
 * Huge or hostile files are refused with a message that names the limit, while the page stays
 * responsive; every storage write that fails (a full disk, a workspace another tab deleted) ends
 * in a message and loses nothing the user had.
 */
import type { Page } from '@playwright/test'
import { writeZip } from '../scripts/write-zip.mjs'
import { expect, test } from './fixtures/test.ts'

const FIRST = '1. The armed forces are capped at 600,000 personnel.\n2. Elections are held within 100 days of signature.'
const SECOND = '1. The armed forces are capped at 800,000 personnel.\n2. Elections are held within 60 days of signature.'

async function openDrafts(page: Page) {
  await page.goto('/#/workspaces')
  await expect(page.getByRole('heading', { level: 1, name: 'Your drafts' })).toBeVisible()
}

const draft = (page: Page, index: number) => page.getByTestId('workspaces.draft').nth(index)
const problems = (page: Page) => page.getByTestId('workspaces.problems')

/** The page answers a script within the wait, so its main thread is not blocked. */
async function expectResponsive(page: Page) {
  expect(await page.evaluate(() => new Promise<string>((resolve) => requestAnimationFrame(() => resolve('drawn'))))).toBe('drawn')
}

/** A .docx whose document part declares 1 GiB, as a zip bomb does: 1 KB on disk. */
function zipBomb(): Buffer {
  const xml = (text: string) => new TextEncoder().encode(text)
  return Buffer.from(
    writeZip([
      { name: '[Content_Types].xml', data: xml('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      { name: 'word/document.xml', data: new Uint8Array(4096), declaredSize: 1024 * 1024 * 1024 },
    ]),
  )
}

async function saveDrafts(page: Page) {
  await draft(page, 0).getByLabel('Paste the text').fill(FIRST)
  await draft(page, 1).getByLabel('Paste the text').fill(SECOND)
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByRole('heading', { name: 'Check how each text was split' })).toBeVisible()
  await page.getByRole('button', { name: 'Align the versions' }).click()
  await expect(page.getByTestId('workspaces.alignment')).toHaveCount(1)
}

test.describe('huge and hostile files', () => {
  test('a Word zip bomb is refused unopened, saying by how much it is over, and the text already there is kept', async ({ page }) => {
    await openDrafts(page)
    await draft(page, 0).getByLabel('Paste the text').fill(FIRST)
    await draft(page, 0).getByLabel(/open a file/).setInputFiles({ name: 'bomb.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: zipBomb() })
    await expect(problems(page)).toContainText('bomb.docx would unpack to 1,024 MB of document parts; the limit is 50 MB (20.5 times the limit). It was not opened.')
    await expect(problems(page)).toContainText('The text that was there is kept.')
    await expectResponsive(page)
    await expect(draft(page, 0).getByLabel('Paste the text')).toHaveValue(FIRST)
  })

  test('a text file of 100,000 one-line clauses is refused before it reaches the form', async ({ page }) => {
    await openDrafts(page)
    const lines = Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Clause number ${i + 1} of a text far too long to be one draft.`).join('\n')
    await draft(page, 0).getByLabel(/open a file/).setInputFiles({ name: 'lines100k.txt', mimeType: 'text/plain', buffer: Buffer.from(lines) })
    await expect(problems(page)).toContainText(/lines100k\.txt has [\d,]+ characters; the limit is 2,000,000 \(\d\.\d times the limit\)\./)
    await expectResponsive(page)
    await expect(draft(page, 0).getByLabel('Paste the text')).toHaveValue('')
  })

  test('a text file under the character limit but with too many clauses is refused when opened', async ({ page }) => {
    await openDrafts(page)
    const text = Array.from({ length: 2_500 }, (_, i) => `${i + 1}. Clause ${i + 1}.`).join('\n')
    await draft(page, 1).getByLabel(/open a file/).setInputFiles({ name: 'many.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
    await expect(problems(page)).toContainText('many.txt splits into 2,500 clauses; a version holds at most 2,000 (500 over).')
    await expect(draft(page, 1).getByLabel('Paste the text')).toHaveValue('')
  })

  test('a long paste goes to the form summed up, never laid out in the box, and the box comes back to edit it', async ({ page }) => {
    await openDrafts(page)
    const long = Array.from({ length: 3_000 }, (_, i) => `${i + 1}. Clause ${i + 1} holds forty characters.`).join('\r\n')
    const box = draft(page, 0).getByLabel('Paste the text')
    await box.focus()
    // A paste as the clipboard hands it over; the box takes none of it (the event's default is prevented).
    const taken = await box.evaluate((area, text) => {
      const clipboardData = new DataTransfer()
      clipboardData.setData('text/plain', text)
      return area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
    }, long)
    expect(taken).toBe(false)
    const summary = draft(page, 0).getByTestId('workspaces.long-text')
    await expect(summary).toContainText(/^Pasted text: 3,000 lines, [\d,]+ characters\. It begins:1\. Clause 1 holds forty characters\.\n2\. Clause 2/)
    await expect(summary).toBeFocused()
    await summary.getByRole('button', { name: /Edit the text here/ }).click()
    await expect(draft(page, 0).getByLabel('Paste the text')).toHaveValue(long.replace(/\r\n/g, '\n'))
    await expect(draft(page, 0).getByLabel('Paste the text')).toBeFocused()
  })

  test('a paste over the limit is refused as it lands, and the text that was there stays', async ({ page }) => {
    await openDrafts(page)
    const box = draft(page, 0).getByLabel('Paste the text')
    await box.fill(FIRST)
    await box.fill('word '.repeat(450_000))
    await expect(problems(page)).toContainText('Version 1: The pasted text has 2,250,000 characters; the limit is 2,000,000 (250,000 over). The text that was there is kept.')
    await expect(box).toHaveValue(FIRST)
  })
})

test.describe('failed writes', () => {
  /** Sets this origin's storage quota through the dev tools protocol; no size restores the browser's own. */
  async function setQuota(page: Page, quotaSize?: number) {
    const devtools = await page.context().newCDPSession(page)
    await devtools.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, ...(quotaSize === undefined ? {} : { quotaSize }) })
  }

  test('with storage full, saving and importing each say so, and nothing is lost', async ({ page, browser }, testInfo) => {
    await openDrafts(page)
    await saveDrafts(page)
    await setQuota(page, 2_000)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(problems(page)).toContainText('could not be saved: this browser has no room left for the app’s workspaces. Nothing was changed')
    // The drafts and their alignment are still on screen, ready to save once there is room.
    await expect(page.getByTestId('workspaces.alignment')).toHaveCount(1)

    await setQuota(page)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(page.getByTestId('compare.row')).toHaveCount(2)
    await page.getByRole('link', { name: 'Your drafts' }).click()
    const download = page.waitForEvent('download')
    await page.getByTestId('workspaces.item').getByRole('button', { name: /^Export/ }).click()
    const file = testInfo.outputPath('workspace.json')
    await (await download).saveAs(file)

    // A colleague's browser, whose storage is full, imports the exported file. (A browser of its
    // own: Chromium keeps the room it last found for a while, so a tab that just wrote would not
    // see a quota lowered after its write.)
    const colleague = await browser.newContext()
    const theirs = await colleague.newPage()
    const errors: string[] = []
    theirs.on('pageerror', (error) => errors.push(error.message))
    theirs.on('console', (message) => (message.type() === 'error' ? errors.push(message.text()) : undefined))
    await openDrafts(theirs)
    await expect(theirs.getByText('None yet.')).toBeVisible()
    await setQuota(theirs, 2_000)
    await theirs.getByLabel('Import a workspace file').setInputFiles(file)
    await expect(theirs.getByTestId('workspaces.message')).toContainText('workspace.json could not be imported: this browser has no room left for the app’s workspaces. Nothing was changed, and your workspaces are as they were.')
    await theirs.reload()
    await expect(theirs.getByText('None yet.')).toBeVisible()
    expect(errors, 'uncaught errors in the full browser').toEqual([])
    await colleague.close()
  })

  test('exporting a workspace that another tab deleted says so, and the list catches up', async ({ page, context }) => {
    await openDrafts(page)
    await saveDrafts(page)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(page.getByTestId('compare.row')).toHaveCount(2)

    const stale = await context.newPage()
    await openDrafts(stale)
    await expect(stale.getByTestId('workspaces.item')).toHaveCount(1)

    await openDrafts(page)
    await page.getByRole('button', { name: 'Delete everything' }).click()
    await page.getByRole('button', { name: 'Yes, delete every workspace' }).click()
    await expect(page.getByText('None yet.')).toBeVisible()

    await stale.getByTestId('workspaces.item').getByRole('button', { name: /^Export/ }).click()
    await expect(stale.getByTestId('workspaces.message')).toContainText('could not be exported: it is no longer in this browser (it was deleted in another tab or window)')
    await expect(stale.getByText('None yet.')).toBeVisible()
  })
})
