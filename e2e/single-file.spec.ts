/**
 * Opening the app from disk. Not the shared fixture: a page opened from file:// has no origin
 * to compare requests with, and the normal build's blocked scripts are the point of one test.
 */
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Page } from '@playwright/test'

const root = resolve(import.meta.dirname, '..')

/** Every request the page makes other than loading the file itself, and every CSP violation. */
async function watch(page: Page, fileUrl: string) {
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => {
    if (request.url().split('#')[0] !== fileUrl) requests.push(request.url())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.addInitScript(() => {
    const violations: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = violations
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`))
  })
  return {
    requests,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  }
}

test.describe('opened from disk', () => {
  test('the single-file build works from file:// with no request and no policy violation', async ({ page }) => {
    // Built before the tests start, with dist/ (scripts/build-e2e.mjs).
    const file = join(root, 'dist-single', 'peace-plan-diff.html')
    const fileUrl = pathToFileURL(file).href
    const seen = await watch(page, fileUrl)

    await page.goto(`${fileUrl}#/compare/us-28/e3?clause=army-size`)
    const armySize = page.locator('[data-testid="compare.cell"][data-version="e3"]').filter({ hasText: '800,000' })
    await expect(armySize.locator('ins').first()).toHaveText(/800,000/)
    await page.getByRole('link', { name: 'Positions matrix' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Positions matrix/)
    await page.getByRole('link', { name: 'Sources' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources')
    await page.goto(`${fileUrl}#/report/us-28/e3/geneva-19/ua-20?orientation=landscape`)
    await expect(page.getByTestId('report.document')).toBeVisible()
    // Own drafts split on the page itself: the single file has no worker file to start.
    await page.goto(`${fileUrl}#/workspaces`)
    const drafts = page.getByTestId('workspaces.draft')
    await drafts.nth(0).getByLabel('Paste the text').fill('1. Elections within 100 days.\n2. The army is capped at 600,000.')
    await drafts.nth(1).getByLabel('Paste the text').fill('1. Elections within 60 days.\n2. The army is capped at 800,000.')
    await page.getByRole('button', { name: 'Split into clauses' }).click()
    await expect(page.getByTestId('workspaces.split')).toHaveCount(2)
    // Aligned, built and checked on the page too, then saved and compared.
    await page.getByRole('button', { name: 'Align the versions' }).click()
    await expect(page.getByTestId('workspaces.alignment')).toHaveCount(1)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(page.getByTestId('compare.row')).toHaveCount(2)
    await expect(page.getByTestId('compare.row').nth(1)).toContainText('800,000')
    expect(readdirSync(join(root, 'dist-single')), 'files in dist-single/').toEqual(['peace-plan-diff.html'])

    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toMatch(/script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/)
    expect(policy).not.toContain('unsafe-inline')
    expect(seen.requests, 'requests').toEqual([])
    expect(await seen.violations(), 'Content-Security-Policy violations').toEqual([])
    expect(seen.errors, 'page errors').toEqual([])
  })

  test('the normal build opened from disk says what to do instead of showing a blank page', async ({ page }) => {
    const file = join(root, 'dist', 'index.html')
    await page.goto(pathToFileURL(file).href)
    const message = page.getByTestId('boot-message')
    await expect(message).toBeVisible()
    await expect(message).toContainText('Browsers do not run this build')
    await expect(message).toContainText('npm run build:single')
    // Served over http the app starts and the message is gone.
    await page.goto('/#/compare/us-28/e3')
    await expect(page.getByTestId('compare.row').first()).toBeVisible()
    await expect(page.getByTestId('boot-message')).toHaveCount(0)
  })

  test('a long negotiation’s build opened from disk shows its drawn first view, and says at once what to do', async ({ page }) => {
    const file = join(root, 'dist', 'synthetic', 'index.html')
    // Not after the few seconds a slow start is given (a delayed CSS animation): from disk the app
    // cannot start at all. With the page's animations stopped, the delay never ends, so a message
    // that shows came without waiting, however slow the machine.
    const devtools = await page.context().newCDPSession(page)
    await devtools.send('Animation.enable')
    await devtools.send('Animation.setPlaybackRate', { playbackRate: 0 })
    await page.goto(pathToFileURL(file).href)
    await expect(page.locator('.first-view').getByTestId('compare.row').first()).toBeVisible()
    const message = page.getByTestId('boot-message')
    await expect(message).toBeVisible()
    await expect(message).toContainText('Browsers do not run this build')
  })
})
