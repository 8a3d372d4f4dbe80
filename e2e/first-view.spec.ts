/**
 * The first view the build draws into index.html (src/app/prerender.tsx): on screen before the
 * app's scripts have run, only at the addresses it shows, in the reader's theme, and replaced
 * by the running app without the page moving.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test.ts'

/** Holds back the app's entry script until `release` is called: the page as it is before the app starts. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  return release
}

const firstView = (page: Page) => page.locator('.first-view')

test.describe('the first view drawn into the page', () => {
  test('shows the default comparison before the app starts, then the app takes over in place', async ({ page }) => {
    const release = await holdTheApp(page)
    await page.goto('/#/', { waitUntil: 'commit' })
    await expect(firstView(page).locator('h1')).toHaveText('US 28-point → E3')
    const drawnRows = firstView(page).getByTestId('compare.row')
    await expect(drawnRows).toHaveCount(4)
    await expect(drawnRows.first()).toBeVisible()
    await expect(drawnRows.nth(1).getByTestId('compare.cell').filter({ has: page.locator('ins') }).first()).toContainText('NATO')
    await expect(firstView(page)).toHaveAttribute('inert', '')
    // Nothing says "Loading" over the drawn page while the app is on its way.
    await expect(page.getByTestId('boot-message')).toBeHidden()
    const drawnBox = await drawnRows.nth(1).boundingBox()

    release()
    await expect(firstView(page)).toHaveCount(0)
    const rows = page.getByTestId('compare.row')
    await expect(rows).toHaveCount(28)
    // The app's rows sit where the drawn ones were: the page does not jump when it takes over.
    const liveBox = await rows.nth(1).boundingBox()
    expect(Math.abs(liveBox!.y - drawnBox!.y)).toBeLessThanOrEqual(1)
    expect(Math.abs(liveBox!.height - drawnBox!.height)).toBeLessThanOrEqual(1)
    await page.getByRole('checkbox', { name: 'Only what changed' }).check()
    await expect(page).toHaveURL(/changed=1/)
  })

  test('at another address, shows the loading message instead, never a page that was not asked for', async ({ page }) => {
    const release = await holdTheApp(page)
    await page.goto('/#/matrix', { waitUntil: 'commit' })
    await expect(page.getByTestId('boot-message')).toBeVisible()
    await expect(firstView(page)).toBeHidden()
    release()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Positions matrix/)
  })

  test('a deep link to a clause waits for the app, which scrolls to the clause', async ({ page }) => {
    const release = await holdTheApp(page)
    await page.goto('/#/compare/us-28/e3?clause=army-size', { waitUntil: 'commit' })
    await expect(page.getByTestId('boot-message')).toBeVisible()
    await expect(firstView(page)).toBeHidden()
    release()
    await expect(page.locator('[data-testid="compare.row"][data-clause="army-size"]')).toBeFocused()
  })

  test('a dark theme chosen earlier applies before the app starts', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('peace-plan-diff.theme', 'dark'))
    const release = await holdTheApp(page)
    await page.goto('/#/', { waitUntil: 'commit' })
    await expect(firstView(page).getByTestId('compare.row').first()).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    release()
    await expect(firstView(page)).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background)
  })

  test('a long comparison draws its first screen too, and the windowed list takes its place', async ({ page }) => {
    const release = await holdTheApp(page)
    await page.goto('/synthetic/index.html#/', { waitUntil: 'commit' })
    const drawnRows = firstView(page).getByTestId('compare.row')
    await expect(drawnRows.first()).toBeVisible()
    await expect(firstView(page).getByText('only the clauses near the screen are drawn')).toBeVisible()
    const drawnBox = await drawnRows.nth(1).boundingBox()
    release()
    await expect(firstView(page)).toHaveCount(0)
    const second = page.getByTestId('compare.row').nth(1)
    await expect(second).toBeVisible()
    const liveBox = await second.boundingBox()
    expect(Math.abs(liveBox!.y - drawnBox!.y)).toBeLessThanOrEqual(1)
    await expect(page.getByRole('list', { name: 'Clauses' }).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '2000')
  })
})
