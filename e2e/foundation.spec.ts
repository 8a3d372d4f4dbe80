import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

test.describe('versions and sources', () => {
  test('the versions page shows the four bundled versions with how each text is known', async ({ page }) => {
    await page.goto('/#/versions')
    const cards = page.getByTestId('versions.card')
    await expect(cards).toHaveCount(4)
    await expect(cards.getByRole('heading', { level: 2 })).toHaveText([
      'US 28-point draft peace plan',
      'E3 counterproposal (UK, France, Germany)',
      'US–Ukraine Geneva revision (“19 points”)',
      '20-point framework, as read out by President Zelensky',
    ])
    const geneva = cards.nth(2)
    await expect(geneva).toContainText('23 Nov 2025')
    await expect(geneva).toContainText('Text never published; only reported changes are known')
    await expect(geneva).toContainText(/\d+ unknown/)
    await expect(cards.nth(0)).toContainText('Full text known')
    await expect(cards.nth(3)).toContainText('Read out in public')
  })

  test('the sources page lists every source with the clauses that cite it', async ({ page }) => {
    await page.goto('/#/sources')
    const items = page.getByTestId('sources.item')
    // The sources page is its own chunk, loaded when shown.
    await expect(items.first()).toBeVisible()
    const total = await items.count()
    expect(total).toBeGreaterThan(100)
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${total} of ${total} sources.`)

    await page.getByLabel('Find a source').fill('RMF24')
    await expect(items).toHaveCount(1)
    const rmf = items.first()
    await expect(rmf).toContainText('Cited by')
    await expect(rmf.getByRole('link', { name: /Geneva 19-point, unnumbered: Fighter jets in Poland/ })).toHaveAttribute('href', '#/clause/fighter-jets-poland')

    await page.getByLabel('Find a source').fill('')
    await page.getByLabel('Kind').selectOption('state-media')
    const stateMedia = await items.count()
    expect(stateMedia).toBeGreaterThan(0)
    for (let i = 0; i < stateMedia; i += 1) await expect(items.nth(i)).toContainText('State media')
  })

  test('external source links open in a new tab without sending a referrer', async ({ page }) => {
    await page.goto('/#/sources')
    const link = page.getByTestId('sources.item').first().getByRole('link').first()
    await expect(link).toHaveAttribute('target', '_blank')
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  test('has no accessibility violations on the versions and sources pages', async ({ page }) => {
    // Two axe runs over long pages: 30 s is not enough on a loaded machine.
    test.setTimeout(90_000)
    await page.goto('/#/versions')
    await expect(page.getByTestId('versions.card')).toHaveCount(4)
    await expectNoAxeViolations(page)
    await page.goto('/#/sources')
    await expect(page.getByTestId('sources.item').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
