import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

test.describe('provenance', () => {
  test('the sources page cites publishers, keeps copies apart and filters by publisher and kind', async ({ page }) => {
    await page.goto('/#/sources')
    const items = page.getByTestId('sources.item')
    // The sources page is its own chunk, loaded when shown.
    await expect(items.first()).toBeVisible()
    const total = await items.count()
    await expect(page.getByTestId('sources.own-url-count')).toHaveText(new RegExp(`^\\d+ of ${total} sources link to the publisher’s own page`))

    await page.getByRole('combobox', { name: /^Publisher/ }).selectOption('Reuters')
    const reuters = await items.count()
    expect(reuters).toBeGreaterThan(0)
    for (let i = 0; i < reuters; i += 1) await expect(items.nth(i)).toContainText(/Reuters, \d+ \w+ 2025 \(read in a copy on /)

    await page.getByRole('combobox', { name: /^Publisher/ }).selectOption('all')
    await page.getByLabel('Kind of publisher').selectOption('state-linked-network')
    await expect(items.first()).toContainText('Russian state-linked network')
    for (const host of await items.locator('code').allTextContents()) expect(host).toContain('news-pravda.com')

    await page.getByLabel('Kind of publisher').selectOption('all')
    await page.getByLabel('Where read').selectOption('content-farm')
    const farmed = await items.count()
    expect(farmed).toBeGreaterThan(0)
    for (let i = 0; i < farmed; i += 1) await expect(items.nth(i)).toContainText('content farm')
    await expectNoAxeViolations(page)
  })

  test('the versions page says what happened after the latest version, dated and sourced', async ({ page }) => {
    await page.goto('/#/versions')
    const later = page.getByRole('region', { name: 'After the 20-point framework' })
    await expect(later).toContainText('No newer text of the plan has been published')
    const events = later.locator('ol > li')
    await expect(events).toHaveCount(7)
    await expect(events.first().locator('time')).toHaveText('23–24 Jan 2026')
    const lavrov = events.filter({ hasText: 'Lavrov' })
    await expect(lavrov.locator('time')).toHaveText('11 Feb 2026')
    await expect(lavrov.getByRole('link', { name: 'Ukrainska Pravda, 11 Feb 2026' })).toHaveAttribute('href', 'https://www.pravda.com.ua/eng/news/2026/02/11/8020459')
    await expect(events.last()).toContainText('open letter')
    await expect(events.last()).toContainText('citing Reuters')
    await expect(later).toContainText('Last checked for a newer text on 6 Dec 2026')
    await expectNoAxeViolations(page)

    // Each of its sources is listed on the sources page, with a link back to this list.
    await page.goto('/#/sources')
    await page.getByRole('searchbox', { name: 'Find a source' }).fill('Belga News Agency')
    const ceasefire = page.getByTestId('sources.item').filter({ hasText: 'three-day ceasefire' })
    await expect(ceasefire.getByRole('link', { name: 'After the 20-point framework' })).toHaveAttribute('href', '#/versions')
  })

  test('the versions page states the grading rule and opens the data changelog', async ({ page }) => {
    await page.goto('/#/versions')
    await expect(page.getByRole('region', { name: 'How each clause is known' })).toContainText('two independent publishers')
    const changelog = page.getByTestId('versions.changelog')
    await expect(changelog).not.toHaveAttribute('open')
    await page.getByRole('button', { name: 'What changed and why' }).click()
    await expect(changelog).toHaveAttribute('open')
    await expect(changelog.getByRole('heading', { level: 3 }).first()).toHaveText(/^\d{4}-\d{2}-\d{2}: /)
    await expect(changelog).toContainText('remains')
    await expectNoAxeViolations(page)
  })
})
