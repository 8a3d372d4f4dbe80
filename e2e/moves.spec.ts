/**
 * Changes that matter first (issue 23): moved text reads as moved, with where it came from, in
 * compare, the report and both exports (Word as its own move revisions); and a disputed text
 * says which report its wording follows, with the rival claims beside it.
 */
import { copyFileSync, readFileSync } from 'node:fs'
import type { Download, Page } from '@playwright/test'
import { EARLIER, LATER } from '../src/domain/testing/movedDrafts.ts'
import { readZip } from '../src/domain/testing/readZip.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'
import { pasteVersion } from './fixtures/workspaces.ts'

const SENTENCE = 'NATO adds a provision to its statutes that Ukraine will not be admitted in future.'

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()])
  return file
}

/** Two own drafts of the first US points, the later moving a sentence from point 7 to point 9. */
async function compareOwnDrafts(page: Page) {
  await page.goto('/#/workspaces')
  await pasteVersion(page, 0, 'Monday draft', '2026-03-02', EARLIER)
  await pasteVersion(page, 1, 'Tuesday draft', '2026-03-03', LATER)
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByRole('heading', { name: 'Check how each text was split' })).toBeVisible()
  await page.getByRole('button', { name: 'Align the versions' }).click()
  await expect(page.getByRole('heading', { name: 'Check which clauses match' })).toBeVisible()
  await page.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page.getByTestId('compare.row').first()).toBeVisible()
}

const rowWith = (page: Page, text: string) => page.getByTestId('compare.row').filter({ hasText: text })

test('a sentence moved between points of one’s own drafts shows as moved, in compare, the report, Markdown and Word', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 1000 })
  await compareOwnDrafts(page)

  // Side by side: struck where it left, underlined where it landed, each saying where.
  const landed = rowWith(page, 'European fighter jets')
  await expect(landed.locator('ins.diff-moved-to')).toContainText(SENTENCE)
  await expect(landed.locator('ins.diff-moved-to')).toContainText('moved from point 7')
  await expect(landed.locator('ins.diff-ins')).toHaveCount(0)
  const left = rowWith(page, 'rules out NATO membership')
  await expect(left.locator('del.diff-moved-from')).toContainText('moved to point 9')
  await expect(left.locator('del.diff-del')).toHaveCount(0)
  // Not by colour alone: the double line, and the words for screen readers.
  await expect(landed.locator('ins.diff-moved-to')).toHaveCSS('text-decoration-style', 'double')
  await expect(landed.locator('ins.diff-moved-to .sr-only').first()).toHaveText('[moved from point 7: ')
  await landed.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('compare-1440.png') })
  await expectNoAxeViolations(page)

  // The redline view, then the report.
  const markdown = readFileSync((await (await download(page, 'Markdown')).path())!, 'utf8')
  expect(markdown).toContain(`**${SENTENCE}** _(moved from point 7)_`)
  expect(markdown).toContain(`~~${SENTENCE}~~ _(moved to point 9)_`)

  const docxPath = (await (await download(page, 'Word (tracked changes)')).path())!
  const xml = readZip(readFileSync(docxPath)).get('word/document.xml')!
  const moveFrom = [...xml.matchAll(/<w:moveFromRangeStart [^>]*w:name="([^"]+)"[^>]*\/>\s*<w:moveFrom [^>]*>([\s\S]*?)<\/w:moveFrom>/g)].find(([, , body]) =>
    body!.includes('NATO adds a provision'),
  )
  expect(moveFrom).toBeDefined()
  expect(xml).toMatch(new RegExp(`<w:moveToRangeStart [^>]*w:name="${moveFrom![1]}"[^>]*/>\\s*<w:moveTo [^>]*>[\\s\\S]*?NATO adds a provision`))
  // Kept to open in LibreOffice and look at.
  copyFileSync(docxPath, testInfo.outputPath('moves.docx'))

  await page.getByRole('link', { name: 'Print report' }).click()
  const report = page.getByTestId('report.document')
  const reportClause = page.getByTestId('report.clause').filter({ hasText: 'European fighter jets' })
  await expect(reportClause.locator('ins.diff-moved-to')).toContainText('moved from point 7')
  await expect(page.getByTestId('report.clause').filter({ hasText: 'rules out NATO membership' }).locator('del.diff-moved-from')).toContainText('moved to point 9')
  await expect(report).toBeVisible()
  await reportClause.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('report-1440.png') })
  await page.setViewportSize({ width: 390, height: 844 })
  await reportClause.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('report-390.png') })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path: testInfo.outputPath('report.pdf') })
  await expectNoAxeViolations(page)
})

test('at 390 px a moved sentence still says where it came from', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await compareOwnDrafts(page)
  const landed = rowWith(page, 'European fighter jets')
  await expect(landed.locator('ins.diff-moved-to')).toContainText('moved from point 7')
  await landed.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('compare-390.png') })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test('Geneva’s army cap: the redline says which report its wording follows, with the rival claim beside the text', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 1000 })
  await page.goto('/#/compare/us-28/geneva-19?clause=army-size')
  const row = page.locator('[data-testid="compare.row"][data-clause="army-size"]')
  const geneva = row.locator('[data-testid="compare.cell"][data-version="geneva-19"]')
  const dispute = geneva.getByTestId('cell.text-dispute')
  await expect(dispute).toContainText('Not settled (army cap): this wording follows one report, by Kyiv Independent: 800,000 in peacetime')
  await expect(dispute).toContainText('No strict cap on the army')
  // Beside the text: once, in the cell's text block, above the term line.
  await expect(dispute).toHaveCount(1)
  expect((await dispute.boundingBox())!.y).toBeLessThan((await geneva.locator('[data-term="army-cap"]').boundingBox())!.y)
  await row.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('dispute-compare-1440.png') })
  await expectNoAxeViolations(page)

  await page.setViewportSize({ width: 390, height: 844 })
  await row.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('dispute-compare-390.png') })
  const docxPath = (await (await download(page, 'Word (tracked changes)')).path())!
  expect(readZip(readFileSync(docxPath)).get('word/document.xml')!.replace(/<[^>]+>/g, '')).toContain('this wording follows one report, by Kyiv Independent, citing Financial Times')
  copyFileSync(docxPath, testInfo.outputPath('dispute.docx'))

  await page.goto('/#/report/us-28/geneva-19')
  const clause = page.locator('[data-testid="report.clause"][data-clause="army-size"]')
  await expect(clause.getByTestId('cell.text-dispute')).toContainText('this wording follows one report, by Kyiv Independent [')
  await expect(clause.getByTestId('cell.text-dispute')).toContainText('No strict cap on the army')
  await page.setViewportSize({ width: 1440, height: 1000 })
  await clause.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('dispute-report-1440.png') })
})
