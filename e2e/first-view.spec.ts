/**
 * The first view the build draws into a long negotiation's index.html (src/app/prerender.tsx): on screen before the
 * app's scripts have run, only at the addresses it shows, in the reader's theme, and replaced
 * by the running app without the page moving.
 */
import { createHash } from 'node:crypto'
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
// The app built with a synthetic negotiation of 2,000 clauses × 5 versions (playwright.config.ts):
// only a long negotiation's page carries a drawn first view.
const LONG = '/synthetic/index.html'

test.describe('the first view drawn into a long negotiation’s page', () => {
  test('shows the default comparison before the app starts, then the windowed list takes over in place', async ({ page }) => {
    const release = await holdTheApp(page)
    await page.goto(`${LONG}#/`, { waitUntil: 'commit' })
    await expect(firstView(page).locator('h1')).toHaveText('Draft 1 → Draft 2')
    const drawnRows = firstView(page).getByTestId('compare.row')
    await expect(drawnRows).toHaveCount(4)
    await expect(drawnRows.first()).toBeVisible()
    await expect(drawnRows.first()).toHaveAttribute('data-clause', 'clause-1')
    await expect(firstView(page).getByTestId('compare.summary')).toContainText('Showing 2000 of 2000 clauses')
    await expect(firstView(page).getByText('only the clauses near the screen are drawn')).toBeVisible()
    await expect(firstView(page)).toHaveAttribute('inert', '')
    // The drawn view's own page needs only the opening of the data: the rest waits for the app.
    await expect(page.locator('link[rel="modulepreload"][href*="data-rest-"]')).toHaveCount(0)
    // Nothing says "Loading" over the drawn page while the app is on its way.
    await expect(page.getByTestId('boot-message')).toBeHidden()
    const drawnBox = await drawnRows.nth(1).boundingBox()

    release()
    await expect(firstView(page)).toHaveCount(0)
    const second = page.getByTestId('compare.row').nth(1)
    await expect(second).toBeVisible()
    // The app's rows sit where the drawn ones were: the page does not jump when it takes over.
    const liveBox = await second.boundingBox()
    expect(Math.abs(liveBox!.y - drawnBox!.y)).toBeLessThanOrEqual(1)
    expect(Math.abs(liveBox!.height - drawnBox!.height)).toBeLessThanOrEqual(1)
    await expect(page.getByRole('list', { name: 'Clauses' }).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '2000')
    await page.getByRole('checkbox', { name: 'Only what changed' }).check()
    await expect(page).toHaveURL(/changed=1/)
  })

  test('at another address, shows the loading message instead, never a page that was not asked for', async ({ page }) => {
    const release = await holdTheApp(page)
    const restRequested = page.waitForRequest(/\/assets\/data-rest-[^/]+\.js$/)
    await page.goto(`${LONG}#/matrix`, { waitUntil: 'commit' })
    await expect(page.getByTestId('boot-message')).toBeVisible()
    // What to do about a page opened from disk is said only there.
    await expect(page.getByTestId('boot-message')).not.toContainText('file://', { useInnerText: true })
    await expect(firstView(page)).toBeHidden()
    // The matrix needs the rest of the data: it is on its way before the app has even started.
    await restRequested
    await expect(page.locator('link[rel="modulepreload"][href*="data-rest-"]')).toHaveCount(1)
    release()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Positions matrix/)
  })

  test('a deep link to a clause waits for the app, which scrolls to the clause', async ({ page }) => {
    const release = await holdTheApp(page)
    await page.goto(`${LONG}#/compare/v1/v2?clause=clause-1500`, { waitUntil: 'commit' })
    await expect(page.getByTestId('boot-message')).toBeVisible()
    await expect(firstView(page)).toBeHidden()
    release()
    await expect(page.locator('[data-testid="compare.row"][data-clause="clause-1500"]')).toBeFocused()
  })

  test('a dark theme chosen earlier applies before the app starts', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('peace-plan-diff.theme', 'dark'))
    const release = await holdTheApp(page)
    await page.goto(`${LONG}#/`, { waitUntil: 'commit' })
    await expect(firstView(page).getByTestId('compare.row').first()).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    release()
    await expect(firstView(page)).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background)
  })
})

test.describe('a long negotiation’s page carries what its first paint needs', () => {
  test('its stylesheet and boot script are in the page, allowed by hash, so the first paint waits for no file', async ({ request }) => {
    const response = await request.get(LONG)
    const html = await response.text()
    // The first paint waits for every stylesheet link and classic script file in <head>: none is left.
    expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*\bdisabled)[^>]*>/)
    expect(html).not.toMatch(/<script(?![^>]*type="module")[^>]*\bsrc=/)
    const hashes = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`)
    const scripts = hashes(/<script>([\s\S]*?)<\/script>/g)
    const styles = hashes(/<style>([\s\S]*?)<\/style>/g)
    expect(scripts).toHaveLength(1)
    expect(styles).toHaveLength(2)
    // The page's <meta> policy and the header allow exactly those, and nothing else inline.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replaceAll('&#39;', "'")
    for (const policy of [meta, response.headers()['content-security-policy']!]) {
      expect(policy).toContain(`script-src 'self' ${scripts.join(' ')};`)
      expect(policy).toContain(`style-src 'self' ${styles.join(' ')};`)
      expect(policy).not.toContain('unsafe')
    }
    expect(response.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`)
  })

  test('the Word export, loaded later, does not fetch the app’s stylesheet a second time', async ({ page }) => {
    const stylesheets: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url())
    })
    await page.goto(`${LONG}#/`)
    await expect(firstView(page)).toHaveCount(0)
    // The Word export's code lists the app's stylesheet among what it needs, as the entry's chunk does.
    const download = page.waitForEvent('download')
    await expect(async () => {
      await page.getByRole('button', { name: 'Word (tracked changes)' }).click()
      // Until the sources have loaded, the export asks to try again.
      await expect(page.getByTestId('compare.export-status')).toHaveText(/^(Preparing|Word document saved)/, { timeout: 1000 })
    }).toPass({ timeout: 30_000 })
    expect((await download).suggestedFilename()).toMatch(/\.docx$/)
    const inlined = await page.locator('link[rel="stylesheet"][disabled]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    expect(inlined).toHaveLength(1)
    expect(stylesheets).not.toContain(inlined[0])
  })
})

test('the bundled drafts, short enough to draw quickly, carry no drawn first view', async ({ page, request }) => {
  const html = await (await request.get('/')).text()
  expect(html).not.toContain('first-view')
  await page.goto('/#/')
  await expect(page.getByTestId('compare.row')).toHaveCount(28)
})
