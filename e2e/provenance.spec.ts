import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

test.describe('provenance', () => {
  test('the sources page cites publishers, keeps copies apart and filters by publisher and kind', async ({ page }) => {
    await page.goto('/#/sources')
    const items = page.getByTestId('sources.item')
    // The page is its own chunk (lazy route): count once it has rendered.
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
