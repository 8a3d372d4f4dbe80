import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

test.describe('colour theme', () => {
  test('follows a dark system setting, is axe clean in both themes, and prints light', async ({ page }) => {
    // Two axe runs over a comparison: generous on a shared machine.
    test.setTimeout(90_000)
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/#/compare/us-28/e3/geneva-19?topics=military&clause=army-size')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(20, 23, 27)')
    await expectNoAxeViolations(page)

    await page.emulateMedia({ colorScheme: 'light' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
    await expectNoAxeViolations(page)

    await page.emulateMedia({ colorScheme: 'dark', media: 'print' })
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  })

  test('can be switched, and the choice is kept in this browser across visits', async ({ page }) => {
    test.setTimeout(60_000)
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/#/matrix')
    await page.getByLabel('Theme').selectOption('dark')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(20, 23, 27)')
    await expectNoAxeViolations(page)
    await page.reload()
    await expect(page.getByLabel('Theme')).toHaveValue('dark')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.getByLabel('Theme').selectOption('system')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  })
})
