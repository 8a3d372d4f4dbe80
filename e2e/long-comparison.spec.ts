import { row, rows, toolbarBox } from './fixtures/comparePage.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

// The app built with a synthetic negotiation of 2,000 clauses × 5 versions (playwright.config.ts).
const APP = '/synthetic/index.html'

test.describe('a comparison of 2,000 clauses', () => {
  test('draws about a screenful of rows, and screen readers still hear the whole count', async ({ page }) => {
    await page.goto(`${APP}#/compare/v1/v2/v3/v4/v5`)
    await expect(rows(page).first()).toBeVisible()
    await expect(page.getByTestId('compare.summary')).toContainText('Showing 2000 of 2000 clauses')
    expect(await rows(page).count()).toBeLessThan(30)
    const first = page.getByRole('list', { name: 'Clauses' }).getByRole('listitem').first()
    await expect(first).toHaveAttribute('aria-posinset', '1')
    await expect(first).toHaveAttribute('aria-setsize', '2000')
    await expect(page.getByText('only the clauses near the screen are drawn')).toBeVisible()
  })

  test('a deep link scrolls to the clause and focuses it', async ({ page }) => {
    await page.goto(`${APP}#/compare/v1/v2/v3/v4/v5?clause=clause-1500`)
    const target = row(page, 'clause-1500')
    await expect(target).toBeFocused()
    await expect(target).toBeInViewport()
    await expect(target.locator('xpath=..')).toHaveAttribute('aria-posinset', '1500')
    await expect(target.getByTestId('compare.cell')).toHaveCount(5)
  })

  test('on a phone, a deep link far down the list shows the clause heading below the sticky toolbar', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${APP}#/compare/v1/v2?clause=clause-1500`)
    const target = row(page, 'clause-1500')
    await expect(target).toBeFocused()
    const heading = page.locator('#clause-clause-1500-heading')
    await expect(heading).toBeInViewport()
    const toolbar = await toolbarBox(page)
    await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height)
  })

  test('F7 steps to the next change far down the list, and Back returns to the linked clause', async ({ page }) => {
    await page.goto(`${APP}#/compare/v1/v2?clause=clause-1200`)
    await expect(row(page, 'clause-1200')).toBeFocused()
    await page.keyboard.press('F7')
    const current = page.locator('[data-testid="compare.row"][aria-current="true"]')
    await expect(current).toBeFocused()
    await expect(current).toBeInViewport()
    const reached = Number((await current.getAttribute('data-clause'))?.replace('clause-', ''))
    expect(reached).toBeGreaterThan(1200)
    await expect(page.getByTestId('compare.announcement')).toHaveText(/^Change \d+ of \d+: Clause \d+$/)
    await page.goto(`${APP}#/compare/v1/v2?clause=clause-10`)
    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`clause=clause-${reached}$`))
    await expect(row(page, `clause-${reached}`)).toBeInViewport()
  })

  test('search and "Only what changed" filter every clause, drawn or not, and mark the matches', async ({ page }) => {
    await page.goto(`${APP}#/compare/v1/v2`)
    await page.getByRole('checkbox', { name: 'Only what changed' }).check()
    const summary = page.getByTestId('compare.summary')
    await expect(summary).toContainText(/Showing (\d+) of 2000 clauses \(filtered\); \1 with changes\./)
    await page.getByRole('checkbox', { name: 'Only what changed' }).uncheck()
    await page.getByTestId('compare.search').fill('clause 1999')
    await expect(rows(page)).toHaveCount(1)
    await expect(row(page, 'clause-1999')).toBeVisible()
    await page.getByTestId('compare.search').fill('treaty')
    await expect(summary).toContainText(/Showing \d+ of 2000 clauses \(filtered\)/)
    await expect(rows(page).first().locator('mark').first()).toHaveText(/treaty/i)
  })

  test('has no axe violations', async ({ page }) => {
    await page.goto(`${APP}#/compare/v1/v2?clause=clause-40`)
    await expect(row(page, 'clause-40')).toBeFocused()
    await expectNoAxeViolations(page)
  })
})
