/**
 * On a phone (390 px): the comparison's sticky toolbar is one short line that still names what is
 * being read, and no page scrolls sideways, the report included.
 */
import { rowHeading, toolbar as compareToolbar } from './fixtures/comparePage.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

test.use({ viewport: { width: 390, height: 844 } })

const fourWay = '/#/compare/us-28/e3/geneva-19/ua-20'

test('the sticky toolbar is one short line that names the versions, then the one being read', async ({ page }) => {
  await page.goto(fourWay)
  const toolbar = compareToolbar(page)
  const reading = page.getByTestId('compare.reading')
  await expect(reading).toHaveText('US 28-point → E3 → Geneva 19-point → 20-point')
  expect((await toolbar.boundingBox())!.height).toBeLessThanOrEqual(844 * 0.08)

  // Deep in a long clause the stacked versions' labels have scrolled away: the toolbar says whose text it is.
  const e3Army = page.locator('[data-clause="army-size"] [data-testid="compare.cell"][data-version="e3"]')
  // The toolbar sticks to the top of the window: the cell's first 60 px go under it.
  const toolbarHeight = (await toolbar.boundingBox())!.height
  await e3Army.evaluate((cell, height) => window.scrollBy(0, cell.getBoundingClientRect().top - height + 60), toolbarHeight)
  await expect(reading).toHaveText("Reading E3 · Size of Ukraine's armed forces")
  await expect(rowHeading(page.getByTestId('compare.row').filter({ has: e3Army }))).not.toBeInViewport()

  // The controls unfold on demand, and "/" still reaches the search.
  const search = page.getByTestId('compare.search')
  await expect(search).toBeHidden()
  await page.getByRole('button', { name: 'Filters' }).click()
  await expect(search).toBeVisible()
  await page.getByRole('button', { name: 'Filters' }).click()
  await expect(search).toBeHidden()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await page.keyboard.type('amnesty')
  await expect(page.getByRole('button', { name: 'Filters (1 on)' })).toHaveAttribute('aria-expanded', 'true')
})

test('no page scrolls sideways at 390 px, the report included', async ({ page }) => {
  test.slow()
  const routes = [
    '/#/compare/us-28/e3',
    `${fourWay}?clause=territory`,
    `${fourWay}?view=inline`,
    '/#/report/us-28/e3',
    '/#/report/us-28/e3/geneva-19/ua-20',
    '/#/report/us-28/e3/geneva-19/ua-20?orientation=landscape',
    '/#/matrix',
    '/#/clause',
    '/#/clause/territory',
    '/#/versions',
    '/#/sources',
    '/#/workspaces',
    '/#/w/ws-not-here/compare/a/b',
    '/#/n/no-such-negotiation/',
  ]
  for (const route of routes) {
    await page.goto(route)
    await expect(page.locator('main h1'), route).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(390)
  }
})

test('the report on a phone keeps its wide tables in boxes the keyboard can scroll', async ({ page }) => {
  await page.goto('/#/report/us-28/e3/geneva-19/ua-20')
  const counts = page.getByRole('region', { name: 'Clauses by status' })
  await expect(counts).toBeVisible()
  await counts.focus()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => counts.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0)
  await expectNoAxeViolations(page)
})
