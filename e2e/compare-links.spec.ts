// Links into the comparison: deep links land on their clause and view, bad links say what is wrong and land nearby.
import type { Page } from '@playwright/test'
import { cell, row, statusBadges } from './fixtures/comparePage.ts'
import { expect, test } from './fixtures/test.ts'

const notices = (page: Page) => page.getByTestId('app.notices')

test.describe('deep links', () => {
  test('land on the army-size clause with 600,000 and 800,000 both visible and the change marked', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3?clause=army-size')
    const armySize = row(page, 'army-size')
    await expect(armySize).toHaveAttribute('aria-current', 'true')
    await expect(armySize).toBeFocused()
    await expect(armySize).toBeInViewport()
    await expect(cell(page, 'army-size', 'us-28').locator('del')).toHaveText(/600,000/)
    await expect(cell(page, 'army-size', 'e3').locator('ins').first()).toHaveText(/800,000/)
    await expect(cell(page, 'army-size', 'e3')).toContainText('Amended')
    await expect(cell(page, 'army-size', 'e3')).toContainText('+200,000 (+33%); at all times → in peacetime')
    // The strike and underline are real text decoration, not only colour.
    await expect(cell(page, 'army-size', 'us-28').locator('del')).toHaveCSS('text-decoration-line', 'line-through')
    await expect(cell(page, 'army-size', 'e3').locator('ins').first()).toHaveCSS('text-decoration-line', 'underline')
  })

  const fourWay = '/#/compare/us-28/e3/geneva-19/ua-20'
  const expectations: ReadonlyArray<{ clause: string; statuses: [string, string, string]; texts: string[] }> = [
    // With four columns every relation names the version it is stated against.
    { clause: 'nato-membership', statuses: ['Amended vs US 28-point', 'Separate track', 'Deleted vs US 28-point'], texts: ['constitution', '“which does not exist”', 'Not in the framework: the constitutional ban is dropped'] },
    { clause: 'territory', statuses: ['Amended vs US 28-point', 'Bracketed', 'Bracketed'], texts: ['“de facto Russian”', 'line of contact', 'US proposal for Donetsk', 'Ukrainian position'] },
    { clause: 'amnesty', statuses: ['Amended vs US 28-point', 'Deleted vs US 28-point', 'Not mentioned'], texts: ['full amnesty', 'victims'] },
    { clause: 'elections', statuses: ['Amended vs US 28-point', 'Amended vs US 28-point', 'Amended vs US 28-point'], texts: ['within 100 days', 'as soon as possible', 'Wording not published'] },
  ]
  for (const { clause, statuses, texts } of expectations) {
    test(`land on ${clause} across all four versions`, async ({ page }) => {
      await page.goto(`${fourWay}?clause=${clause}`)
      const target = row(page, clause)
      await expect(target).toBeFocused()
      await expect(target).toBeInViewport()
      const badges = statusBadges(target)
      await expect(badges).toHaveText(statuses)
      for (const text of texts) await expect(target).toContainText(text)
    })
  }

  test('#/ opens the US draft against the E3 text', async ({ page }) => {
    await page.goto('/#/')
    await expect(page).toHaveURL(/#\/compare\/us-28\/e3$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('US 28-point → E3')
    await expect(notices(page)).toHaveCount(0)
  })

  test('the inline view and filters come back from the link', async ({ page }) => {
    await page.goto('/#/compare/us-28/ua-20?view=inline&topics=nato&changed=1')
    await expect(page.getByRole('button', { name: 'Redline' })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('checkbox', { name: 'Only what changed' })).toBeChecked()
    const keys = await page.getByTestId('compare.row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-clause')))
    // Clauses the 20-point account does not mention are not known to have changed, so they are not
    // listed (NATO troops); those reported moved to a separate track are.
    expect(keys).toEqual(['no-invasion-no-expansion', 'russia-nato-dialogue', 'nato-membership', 'fighter-jets-poland'])
    await expect(page.getByTestId('compare.cell').getByText('(redline against US 28-point)').first()).toBeVisible()
  })
})

test.describe('bad links show a message and the nearest valid view', () => {
  const cases = [
    { name: 'an unknown version', url: '/#/compare/us-28/e9', message: 'There is no version “e9”', landed: /#\/compare\/us-28\/e3$/ },
    { name: 'one version only', url: '/#/compare/ua-20', message: 'A comparison needs two versions', landed: /#\/compare\/us-28\/ua-20$/ },
    { name: 'an unknown clause', url: '/#/compare/us-28/e3?clause=army-cap', message: 'There is no clause “army-cap”', landed: /#\/compare\/us-28\/e3$/ },
    { name: 'a malformed view', url: '/#/compare/us-28/e3?view=sideways', message: 'is not a view', landed: /#\/compare\/us-28\/e3$/ },
    { name: 'a broken escape', url: '/#/compare/us-28/e3?q=%E0%A4%A', message: 'not validly encoded', landed: /#\/compare\/us-28\/e3$/ },
    { name: 'an unknown topic', url: '/#/compare/us-28/e3?topics=weather', message: 'unknown topic “weather”', landed: /#\/compare\/us-28\/e3$/ },
    { name: 'an unknown page', url: '/#/comprae/us-28/e3', message: 'There is no page', landed: /#\/compare\/us-28\/e3$/ },
  ]
  for (const { name, url, message, landed } of cases) {
    test(name, async ({ page }) => {
      await page.goto(url)
      await expect(notices(page)).toContainText(message)
      await expect(page).toHaveURL(landed)
      await expect(page.getByTestId('compare.row').first()).toBeVisible()
    })
  }

  test('the notice can be dismissed', async ({ page }) => {
    await page.goto('/#/compare/us-28/e9')
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await expect(notices(page)).toHaveCount(0)
  })
})
