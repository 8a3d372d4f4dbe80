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

/** Puts a link into the page where the user is reading, and clicks it as they would. */
async function clickLinkIn(page: Page, container: string, href: string) {
  await page.evaluate(
    ([selector, target]) => {
      const link = document.createElement('a')
      link.href = target!
      link.textContent = 'a bad link'
      document.querySelector(selector!)!.append(link)
    },
    [container, href],
  )
  await page.getByRole('link', { name: 'a bad link' }).click()
}

test.describe('bad links inside an open tab', () => {
  test('a link clicked in the page keeps its notice after the address is corrected', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    await expect(page.getByTestId('compare.row').first()).toBeVisible()
    await expect(notices(page)).toHaveCount(0)
    await clickLinkIn(page, 'main', '#/compare/us-28/e9')
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

/** The notice is on screen, whole, holds the focus, and sits in the polite live region. */
async function expectNoticeInView(page: Page, text: string) {
  const notice = notices(page)
  await expect(notice).toContainText(text)
  await expect(notice).toBeInViewport({ ratio: 1 })
  await expect(notice).toBeFocused()
  await expect(page.locator('[role="status"][aria-live="polite"]').filter({ has: notice })).toHaveCount(1)
}

const fourWay = '/#/compare/us-28/e3/geneva-19/ua-20'

/** Opens the four-version comparison scrolled down to army size, as a reader deep in the page. */
async function readingArmySize(page: Page) {
  await page.goto(`${fourWay}?clause=army-size`)
  await expect(page.locator('[data-clause="army-size"]')).toBeFocused()
  await page.evaluate(() => window.scrollBy(0, 400))
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
}

test.describe('a corrected link is explained where the user is looking', () => {
  test('a fresh load that scrolls to the linked clause', async ({ page }) => {
    await page.goto(`${fourWay}?clause=army-size&topics=bogus`)
    await expectNoticeInView(page, 'Ignored the unknown topic “bogus”')
    await expect(page.locator('[data-clause="army-size"]')).toBeInViewport()
    // Dismissed, the notice hands the focus to the clause the link named.
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await expect(notices(page)).toHaveCount(0)
    await expect(page.locator('[data-clause="army-size"]')).toBeFocused()
  })

  test('a link clicked deep in a scrolled page', async ({ page }) => {
    await readingArmySize(page)
    await clickLinkIn(page, '[data-clause="army-size"] .cell', '#/compare/us-28/e9/geneva-19/ua-20')
    await settle(page, /#\/compare\/us-28\/geneva-19\/ua-20$/)
    await expectNoticeInView(page, 'There is no version “e9”')
  })

  test('an address set by a script in a scrolled page', async ({ page }) => {
    await readingArmySize(page)
    await page.evaluate(() => (window.location.hash = '#/compare/us-28/e3/geneva-19/ua-20?clause=bogus-clause'))
    await settle(page, /#\/compare\/us-28\/e3\/geneva-19\/ua-20$/)
    await expectNoticeInView(page, 'There is no clause “bogus-clause”')
  })

  test('an address typed into the bar of a scrolled page', async ({ page }) => {
    await readingArmySize(page)
    await page.goto('/#/compare/us-28/e3/geneva-19/ua-20?view=sideways')
    await settle(page, /#\/compare\/us-28\/e3\/geneva-19\/ua-20$/)
    await expectNoticeInView(page, '“view=sideways” is not a view')
  })

  test('Back and Forward to a corrected link explain it again', async ({ page }) => {
    await readingArmySize(page)
    await page.evaluate(() => (window.location.hash = '#/compare/us-28/e9/geneva-19/ua-20'))
    await settle(page, /#\/compare\/us-28\/geneva-19\/ua-20$/)
    await expectNoticeInView(page, 'There is no version “e9”')
    await page.evaluate(() => (window.location.hash = '#/sources'))
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible()
    await expect(notices(page)).toHaveCount(0)

    await page.goBack()
    await settle(page, /#\/compare\/us-28\/geneva-19\/ua-20$/)
    await expectNoticeInView(page, 'There is no version “e9”')
    await page.goBack()
    await settle(page, /#\/compare\/us-28\/e3\/geneva-19\/ua-20\?clause=army-size$/)
    await expect(notices(page)).toHaveCount(0)
    await page.goForward()
    await settle(page, /#\/compare\/us-28\/geneva-19\/ua-20$/)
    await expectNoticeInView(page, 'There is no version “e9”')
  })
})

test.describe('every correction gets a notice, the default view included', () => {
  const cases = [
    { hash: '#/compare', canonical: /#\/compare\/us-28\/e3$/, notice: 'This link names no versions to compare; showing us-28 against e3.' },
    { hash: '#/compare/', canonical: /#\/compare\/us-28\/e3$/, notice: 'This link names no versions to compare; showing us-28 against e3.' },
    { hash: '#/report', canonical: /#\/report\/us-28\/e3$/, notice: 'This link names no versions to compare; showing us-28 against e3.' },
    {
      hash: '#/compare/us-28/e3?clause=%EF%BB%BFarmy-size%EF%BB%BF&topics=%EF%BB%BFnato',
      canonical: /#\/compare\/us-28\/e3\?clause=army-size&topics=nato$/,
      notice: 'Removed invisible characters around “U+FEFFarmy-sizeU+FEFF” in “clause”; showing “army-size”.',
    },
  ]
  for (const { hash, canonical, notice } of cases) {
    test(`${hash}, opened fresh and set in an open tab`, async ({ page }) => {
      await page.goto(`/${hash}`)
      await settle(page, canonical)
      await expectNoticeInView(page, notice)
      await page.goto('/#/versions')
      await expect(notices(page)).toHaveCount(0)
      await page.evaluate((next) => (window.location.hash = next), hash)
      await settle(page, canonical)
      await expectNoticeInView(page, notice)
    })
  }
})
