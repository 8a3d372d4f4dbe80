/**
 * Links opened inside a tab that already shows the app: a link clicked in the page, an address
 * typed or pasted into the address bar (a same-document navigation), a script setting the hash.
 * Every correction the app makes must stay explained on screen.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test.ts'

const notices = (page: Page) => page.getByTestId('app.notices')

/** Waits for the app to settle on the corrected address, then two frames more for any late event. */
async function settle(page: Page, canonical: RegExp) {
  await expect(page).toHaveURL(canonical)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

test.describe('bad links inside an open tab', () => {
  test('a link clicked in the page keeps its notice after the address is corrected', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    await expect(page.getByTestId('compare.row').first()).toBeVisible()
    await expect(notices(page)).toHaveCount(0)
    await page.evaluate(() => {
      const link = document.createElement('a')
      link.href = '#/compare/us-28/e9'
      link.textContent = 'a bad link'
      document.querySelector('main')!.append(link)
    })
    await page.getByRole('link', { name: 'a bad link' }).click()
    await settle(page, /#\/compare\/us-28\/e3$/)
    await expect(notices(page)).toContainText('There is no version “e9”')
  })

  test('an address set in an open tab shows a notice for every kind of correction', async ({ page }) => {
    await page.goto('/#/versions')
    const cases = [
      { hash: '#/sources/x', canonical: /#\/sources$/, notice: 'Ignored the end of the address, “/x”' },
      { hash: '#/clause/army-size/extra', canonical: /#\/clause\/army-size$/, notice: 'Ignored the end of the address, “/extra”' },
      { hash: '#/compare/us-28/e3?topics=nato,nato', canonical: /#\/compare\/us-28\/e3\?topics=nato$/, notice: '“topics” names “nato” more than once' },
      { hash: '#/nowhere', canonical: /#\/compare\/us-28\/e3$/, notice: 'There is no page “/nowhere”' },
      { hash: '#/compare/us-28/e3?view=sideways', canonical: /#\/compare\/us-28\/e3$/, notice: '“view=sideways” is not a view' },
      { hash: '#/matrix?sort=height', canonical: /#\/matrix$/, notice: 'cannot be sorted by “height”' },
    ]
    for (const { hash, canonical, notice } of cases) {
      await page.evaluate((next) => (window.location.hash = next), hash)
      await settle(page, canonical)
      await expect(notices(page), hash).toContainText(notice)
    }
  })

  test('an address typed into the bar of an open tab shows its notice', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    await expect(page.getByTestId('compare.row').first()).toBeVisible()
    // Only the hash differs, so this is the same-document navigation a typed address makes.
    await page.goto('/#/clause/army-cap')
    await settle(page, /#\/clause$/)
    await expect(notices(page)).toContainText('There is no clause “army-cap”')
  })

  test('Back to a corrected address and forward again keeps the app in step, with no stale notice', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    await page.evaluate(() => (window.location.hash = '#/sources/x'))
    await settle(page, /#\/sources$/)
    await expect(notices(page)).toBeVisible()
    await page.goBack()
    await settle(page, /#\/compare\/us-28\/e3$/)
    await expect(page.getByTestId('compare.row').first()).toBeVisible()
    await expect(notices(page)).toHaveCount(0)
  })
})

test('an id with a right-to-left override is shown isolated, its control characters visible', async ({ page }) => {
  await page.goto(`/#/clause/${encodeURIComponent('x\u202E.deifirev si kniL')}`)
  await settle(page, /#\/clause$/)
  const notice = notices(page).getByRole('listitem')
  await expect(notice).toHaveText('There is no clause “xU+202E.deifirev si kniL”; here is the list of clauses.')
  await expect(notice.locator('bdi')).toHaveText('xU+202E.deifirev si kniL')
  expect(await notice.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
})
