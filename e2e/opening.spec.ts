/**
 * The moment before the rest of the bundled data arrives (src/load/negotiationJson.ts): the
 * first view draws the default comparison from the opening, says its source lists are loading,
 * and every view that needs more waits for it, never showing a version as empty.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test.ts'

/** Every source of the bundled data, which the sources page counts once the rest is in. */
const SOURCES = (JSON.parse(readFileSync('data/ukraine-2025/sources.json', 'utf8')) as { sources: unknown[] }).sources.length

/** Holds back the chunk with the rest of the data until `release` is called. */
async function holdTheRest(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/data-rest-[^/]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  return release
}

const firstRow = (page: Page) => page.getByTestId('compare.row').first()

test.describe('before the rest of the data has arrived', () => {
  test('the default comparison is drawn, its sources say they are loading, then fill in', async ({ page }) => {
    const release = await holdTheRest(page)
    await page.goto('/#/')
    await expect(page.getByTestId('compare.row')).toHaveCount(28)
    await expect(firstRow(page).getByTestId('compare.cell')).toHaveCount(2)
    // Every version can be chosen already.
    await expect(page.getByTestId('compare.version-select').first().locator('option')).toHaveText([/US 28-point/, /E3/, /Geneva/, /20-point/])

    const disclosure = firstRow(page).getByTestId('compare.cell').first().locator('details.sources-disclosure').first()
    await disclosure.locator('summary').click()
    await expect(disclosure).toContainText('Loading the sources…')
    await expect(disclosure.getByRole('link')).toHaveCount(0)
    // An export cites every source: its buttons wait for them rather than leave them out.
    const markdownButton = page.getByRole('button', { name: 'Markdown' })
    await expect(markdownButton).toBeDisabled()
    await expect(page.getByRole('group', { name: 'Export this comparison' })).toHaveAttribute('aria-busy', 'true')

    release()
    const [download] = await Promise.all([page.waitForEvent('download'), markdownButton.click()])
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toContain('# Comparison: US 28-point → E3')
    // Every clause cites its sources, and the references list them.
    expect(markdown).toMatch(/ · sources \[\d+\]/)
    expect(markdown.slice(markdown.indexOf('## References'))).toMatch(/^1\. .*<https:\/\/[^>]+>$/m)
    await expect(disclosure.getByRole('link').first()).toBeVisible()
    await expect(disclosure).not.toContainText('Loading the sources…')
    // The disclosure the reader opened stays open: the page was not drawn afresh.
    await expect(disclosure).toHaveAttribute('open', '')
  })

  test('another pair of versions waits for the rest, then shows the versions in full', async ({ page }) => {
    const release = await holdTheRest(page)
    await page.goto('/#/')
    await expect(page.getByTestId('compare.row')).toHaveCount(28)
    await page.getByTestId('compare.version-select').nth(1).selectOption('ua-20')
    await expect(page).toHaveURL(/#\/compare\/us-28\/ua-20/)
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible()
    // React keeps the previous pair's rows in the page, hidden, until the new pair can be drawn.
    await expect(page.getByTestId('compare.row').first()).toBeHidden()

    release()
    await expect(page.locator('[data-testid="compare.cell"][data-version="ua-20"]').first()).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0)
  })

  test('a link to one clause waits for the rest, then opens the clause with its sources in place', async ({ page }) => {
    const release = await holdTheRest(page)
    await page.goto('/#/compare/us-28/e3?clause=army-size')
    await expect(page.getByTestId('boot-message')).toBeVisible()
    await expect(page.getByTestId('compare.row')).toHaveCount(0)
    release()
    const row = page.locator('[data-testid="compare.row"][data-clause="army-size"]')
    await expect(row).toBeFocused()
    await expect(row).not.toContainText('Loading the sources…')
    const disclosure = row.locator('details.sources-disclosure').first()
    await disclosure.locator('summary').click()
    await expect(disclosure.getByRole('link').first()).toBeVisible()
  })

  test('a link to another page waits for the rest rather than drawing it from part of the data', async ({ page }) => {
    const release = await holdTheRest(page)
    await page.goto('/#/sources')
    // Opened at such a link, the app starts once the rest is in; until then the page says it is loading.
    await expect(page.getByTestId('boot-message')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('peace-plan-diff')
    release()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Sources/)
    await expect(page.getByText(new RegExp(` of ${SOURCES} sources link to the publisher’s own page`))).toBeVisible()
  })

  test('if the rest cannot be loaded, the default comparison still works and other pages say why they cannot show', async ({ page, watch }) => {
    await page.route(/\/assets\/data-rest-[^/]+\.js$/, (route) => route.fulfill({ status: 503, body: '' }))
    await page.goto('/#/matrix')
    await expect(page.getByRole('alert')).toContainText('could not be loaded')
    await page.goto('/#/')
    await page.reload()
    await expect(page.getByTestId('compare.row')).toHaveCount(28)
    // The browser reports the failed requests; they are this test's doing.
    const expected = watch.errors.filter((error) => /503|Failed to fetch|dynamically imported module/i.test(error))
    expect(expected.length).toBeGreaterThan(0)
    watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((error) => !expected.includes(error)))
  })
})
