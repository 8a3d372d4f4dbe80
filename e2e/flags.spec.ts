/**
 * Substantive-change flags (issue 23): a Key changes list at the top of compare and of the
 * report counts the flags by kind and links to each flagged clause; each flag sits on its cell
 * in words; ?flags= filters to kinds, and a kind it does not know gets a notice; own drafts get
 * flags too.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'
import { pasteVersion } from './fixtures/workspaces.ts'

const keyChanges = (page: Page) => page.getByTestId('flags.key-changes')
const row = (page: Page, clause: string) => page.locator(`[data-testid="compare.row"][data-clause="${clause}"]`)
const cell = (page: Page, clause: string, version: string) => row(page, clause).locator(`[data-testid="compare.cell"][data-version="${version}"]`)

test('compare: Key changes counts flags by kind, and a link lands on the flagged cell', async ({ page }) => {
  await page.goto('/#/compare/us-28/e3')
  const counts = keyChanges(page).getByTestId('flags.counts')
  // US 28 → E3: 600,000 → 800,000, US$100 billion and 50% gone, 100 days gone.
  await expect(counts.getByRole('link', { name: '3 numbers and dates' })).toHaveAttribute('href', '#/compare/us-28/e3?flags=numbers')
  await expect(counts).toContainText(/\d+ parties/)
  await keyChanges(page).getByText('List the 15 flagged changes').click()
  const link = keyChanges(page).getByTestId('flags.key-link').filter({ hasText: 'Size of Ukraine' })
  await expect(link).toHaveAttribute('href', '#/compare/us-28/e3?clause=army-size')
  await link.click()
  await expect(page).toHaveURL(/#\/compare\/us-28\/e3\?clause=army-size$/)
  await expect(row(page, 'army-size')).toHaveAttribute('aria-current', 'true')
  await expect(row(page, 'army-size')).toBeFocused()
  await expect(cell(page, 'army-size', 'e3').getByTestId('flags.cell-flag')).toHaveText('Number changed: “600,000 personnel” → “800,000 personnel”')
  // The flag is on the column that changed, not on the text it changed.
  await expect(cell(page, 'army-size', 'us-28').getByTestId('flags.cell-flag')).toHaveCount(0)
  await expect(cell(page, 'fighter-jets-poland', 'e3').getByTestId('flags.cell-flag')).toHaveText('Party changed: “European” → “NATO”')
  await expectNoAxeViolations(page)
})

test('?flags=numbers shows only clauses with a number changed; the count toggles the filter', async ({ page }) => {
  await page.goto('/#/compare/us-28/e3')
  await keyChanges(page).getByRole('link', { name: '3 numbers and dates' }).click()
  await expect(page).toHaveURL(/\?flags=numbers$/)
  await expect(page.getByTestId('compare.row')).toHaveCount(3)
  await expect(page.getByTestId('compare.summary')).toContainText('Showing 3 of 28 clauses (filtered)')
  for (const clause of ['army-size', 'frozen-assets', 'elections']) {
    await expect(row(page, clause).locator('[data-testid="flags.cell-flag"][data-kind="numbers"]')).toHaveCount(1)
  }
  await keyChanges(page).getByRole('link', { name: 'Show every clause' }).click()
  await expect(page).toHaveURL(/#\/compare\/us-28\/e3$/)
  await expect(page.getByTestId('compare.row')).toHaveCount(28)
})

test('a ?flags= kind that does not exist gets a notice and the nearest valid view', async ({ page }) => {
  await page.goto('/#/compare/us-28/e3?flags=numbers,colour')
  await expect(page.getByTestId('app.notices')).toContainText('Ignored “colour” in flags=; use obligation, negation, numbers, parties, conditions or scope.')
  await expect(page).toHaveURL(/#\/compare\/us-28\/e3\?flags=numbers$/)
  await expect(page.getByTestId('compare.row')).toHaveCount(3)
})

test('the report starts with Key changes and prints each flag on its cell', async ({ page }) => {
  await page.goto('/#/report/us-28/e3')
  const key = keyChanges(page)
  await expect(key.getByTestId('flags.counts')).toContainText('3 numbers and dates')
  await expect(key.getByTestId('flags.key-link').filter({ hasText: 'Size of Ukraine' })).toHaveAttribute('href', /#\/compare\/us-28\/e3\?clause=army-size$/)
  const armySize = page.locator('[data-testid="report.clause"][data-clause="army-size"]')
  await expect(armySize.getByTestId('flags.cell-flag')).toHaveText('Number changed: “600,000 personnel” → “800,000 personnel”')
  // Key changes comes before the clauses.
  const [keyTop, clausesTop] = await Promise.all([key.boundingBox(), page.getByRole('heading', { name: 'Clause by clause' }).boundingBox()])
  expect(keyTop!.y).toBeLessThan(clausesTop!.y)
  await expectNoAxeViolations(page)
})

test('own drafts get flags: CDDL 1.0 → 1.1 names Oracle where Sun was', async ({ page }) => {
  await page.goto('/#/workspaces')
  const corpus = (name: string) => readFileSync(`eval/drafts/corpus/${name}.txt`, 'utf8')
  for (const [index, name, date, text] of [
    [0, 'CDDL 1.0', '2026-01-05', corpus('cddl-1.0')],
    [1, 'CDDL 1.1', '2026-02-05', corpus('cddl-1.1')],
  ] as const) {
    await pasteVersion(page, index, name, date, text)
  }
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByRole('heading', { name: 'Check how each text was split' })).toBeVisible()
  await page.getByRole('button', { name: 'Align the versions' }).click()
  await expect(page.getByRole('heading', { name: 'Check which clauses match' })).toBeVisible()
  await page.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page.getByTestId('compare.row').first()).toBeVisible()
  const flag = page.getByTestId('flags.cell-flag').filter({ hasText: 'Party changed: “Sun Microsystems” → “Oracle”' })
  await expect(flag).toHaveCount(1)
  // The Key changes link keeps the workspace in its real href.
  const link = keyChanges(page).getByTestId('flags.key-link').first()
  await expect(link).toHaveAttribute('href', /^#\/w\/ws-[0-9a-f]{8}\/compare\//)
})

for (const width of [1440, 390]) {
  test(`looks right at ${width} px: compare and report with flags`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/#/compare/us-28/e3')
    await expect(keyChanges(page).getByTestId('flags.counts')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await page.screenshot({ path: test.info().outputPath(`compare-${width}.png`), fullPage: false })
    await page.goto('/#/compare/us-28/e3?clause=army-size')
    await expect(row(page, 'army-size')).toBeFocused()
    await page.screenshot({ path: test.info().outputPath(`compare-cell-${width}.png`), fullPage: false })
    await page.goto('/#/report/us-28/e3')
    await expect(keyChanges(page).getByTestId('flags.counts')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await keyChanges(page).screenshot({ path: test.info().outputPath(`report-key-changes-${width}.png`) })
    await page.locator('[data-testid="report.clause"][data-clause="army-size"]').screenshot({ path: test.info().outputPath(`report-clause-${width}.png`) })
  })
}
