// Working in the comparison: stepping through changes, pickers, filters, clause links, diff options and accessibility.
import { cell, row, shortcutKeys } from './fixtures/comparePage.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

test.describe('working in the comparison', () => {
  test('the keyboard alone steps through every change and back', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    const summary = await page.getByTestId('compare.summary').textContent()
    const total = Number(/(\d+) with changes/.exec(summary ?? '')?.[1])
    expect(total).toBeGreaterThan(10)
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    const visited: string[] = []
    for (let i = 0; i < total; i += 1) {
      await page.keyboard.press('n')
      await expect(page.getByTestId('compare.announcement')).toHaveText(new RegExp(`^Change ${i + 1} of ${total}:`))
      const current = page.locator('[data-testid="compare.row"][aria-current="true"]')
      await expect(current).toBeFocused()
      visited.push((await current.getAttribute('data-clause')) ?? '')
    }
    expect(new Set(visited).size).toBe(total)
    await page.keyboard.press('n')
    await expect(page.getByTestId('compare.announcement')).toHaveText('No later change.')
    await page.keyboard.press('Shift+F7')
    await expect(page.getByTestId('compare.announcement')).toHaveText(new RegExp(`^Change ${total - 1} of ${total}:`))
    await page.keyboard.press('k')
    await expect(page.getByTestId('compare.announcement')).toHaveText(new RegExp(`^Change ${total - 2} of ${total}:`))
    await expect(page.getByText('Keys:')).toBeVisible()
  })

  test('the version pickers swap and add versions, and Back and Forward restore each view', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    await page.getByTestId('compare.version-select').nth(1).selectOption('ua-20')
    await expect(page).toHaveURL(/#\/compare\/us-28\/ua-20$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('US 28-point → 20-point')

    await page.getByRole('button', { name: 'Swap' }).click()
    await expect(page).toHaveURL(/#\/compare\/ua-20\/us-28$/)

    await page.getByTestId('compare.add-version').selectOption('e3')
    await expect(page).toHaveURL(/#\/compare\/ua-20\/us-28\/e3$/)
    await expect(row(page, 'army-size').getByTestId('compare.cell')).toHaveCount(3)

    await page.getByRole('button', { name: 'Redline' }).click()
    await expect(page).toHaveURL(/#\/compare\/ua-20\/us-28\/e3\?view=inline$/)

    await page.goBack()
    await expect(page).toHaveURL(/#\/compare\/ua-20\/us-28\/e3$/)
    await expect(page.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true')
    await page.goBack()
    await expect(page).toHaveURL(/#\/compare\/ua-20\/us-28$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('20-point → US 28-point')
    await expect(row(page, 'army-size').getByTestId('compare.cell')).toHaveCount(2)
    await page.goBack()
    await expect(page).toHaveURL(/#\/compare\/us-28\/ua-20$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('US 28-point → 20-point')
    await page.goBack()
    await expect(page).toHaveURL(/#\/compare\/us-28\/e3$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('US 28-point → E3')
    await page.goForward()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('US 28-point → 20-point')
  })

  test('filters by topic, by change and by search, and the URL follows', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    await page.getByText('Topics: all').click()
    await page.getByRole('checkbox', { name: 'Armed forces' }).check()
    await expect(page).toHaveURL(/topics=military/)
    await expect(page.getByTestId('compare.row')).toHaveCount(2)
    await page.getByRole('button', { name: 'Clear topics' }).click()
    await page.getByRole('checkbox', { name: 'Only what changed' }).check()
    await expect(page).toHaveURL(/changed=1/)
    const changedCount = await page.getByTestId('compare.row').count()
    await expect(page.getByTestId('compare.summary')).toContainText(`Showing ${changedCount} of 28 clauses (filtered); ${changedCount} with changes.`)
    await page.getByTestId('compare.search').fill('peacetime')
    await expect(page).toHaveURL(/q=peacetime/)
    await expect(page.getByTestId('compare.row')).toHaveCount(2)
    await expect(page.locator('mark').first()).toHaveText(/peacetime/i)
  })

  test('each clause copies its own link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await page.goto('/#/compare/us-28/e3')
    await row(page, 'amnesty').getByRole('button', { name: /Copy link/ }).click()
    await expect(row(page, 'amnesty').getByRole('status')).toHaveText('Link copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(`${baseURL}/#/compare/us-28/e3?clause=amnesty`)
    await page.goto(copied)
    await expect(row(page, 'amnesty')).toBeFocused()
  })

  test('an unknown clause looks unknown and says why, with the earlier text left unmarked', async ({ page }) => {
    await page.goto('/#/compare/us-28/geneva-19?clause=sovereignty')
    const unknown = cell(page, 'sovereignty', 'geneva-19')
    await expect(unknown).toContainText('Unknown')
    await expect(unknown).toContainText('Not known. The joint statement of 23 November')
    await expect(cell(page, 'sovereignty', 'us-28').locator('del')).toHaveCount(0)
    await expect(page.getByTestId('compare.summary')).toContainText('unknown')
  })
})

test.describe('accessibility of the comparison', () => {
  for (const url of [
    '/#/compare/us-28/e3?clause=army-size',
    '/#/compare/us-28/e3?view=inline',
    '/#/compare/us-28/e3/geneva-19/ua-20?clause=territory',
    '/#/compare/us-28/geneva-19?q=NATO',
  ]) {
    test(`no axe violations at ${url}`, async ({ page }) => {
      await page.goto(url)
      await expect(page.getByTestId('compare.row').first()).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})

test.describe('review fixes', () => {
  test('single-key shortcuts can be switched off, leaving F7', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    await page.getByRole('checkbox', { name: 'Single-key shortcuts' }).uncheck()
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('n')
    await expect(page).toHaveURL(/#\/compare\/us-28\/e3$/)
    await page.keyboard.press('F7')
    await expect(page).toHaveURL(/clause=non-aggression$/)
    await expect(shortcutKeys(page)).toHaveText(['F7', 'Shift+F7'])
  })

  test('changing a version keeps focus on the picker, and a new page focuses its heading', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3?clause=army-size')
    const second = page.getByTestId('compare.version-select').nth(1)
    await second.focus()
    await second.selectOption('ua-20')
    await expect(page).toHaveURL(/#\/compare\/us-28\/ua-20\?clause=army-size$/)
    await expect(second).toBeFocused()
    await page.getByRole('link', { name: 'Positions matrix' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Positions matrix' })).toBeFocused()
    await expect(page).toHaveTitle('Positions matrix — peace-plan-diff')
  })

  test('the redline view keeps the first version’s options, notes and sources', async ({ page }) => {
    await page.goto('/#/compare/ua-20/e3?view=inline&clause=territory')
    const territory = row(page, 'territory')
    await expect(territory).toContainText('US proposal for Donetsk')
    await expect(territory).toContainText('Ukrainian position')
    await expect(territory).toContainText('Its wording appears in the redline against it')
  })

  test('a clause struck in both columns still says so', async ({ page }) => {
    await page.goto('/#/compare/geneva-19/ua-20?clause=fighter-jets-poland')
    await expect(cell(page, 'fighter-jets-poland', 'ua-20')).toContainText('Struck from this version.')
    await expect(row(page, 'fighter-jets-poland')).not.toContainText('Changed')
    await page.goto('/#/compare/e3/us-28?clause=no-invasion-no-expansion')
    await expect(cell(page, 'no-invasion-no-expansion', 'e3')).toContainText('Struck from this version.')
  })
})

test.describe('diff options', () => {
  test('each toggle is kept in the URL, comes back from the link and goes to the report', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3')
    const options = page.getByRole('group', { name: 'Ignore differences in' })
    // A disclosure in the toolbar, like the topics: "Ignore: nothing" until something is chosen.
    const menu = page.locator('details.diff-ignores')
    const open = async () => {
      if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) await menu.locator('summary').click()
    }
    await expect(menu.locator('summary')).toHaveText('Ignore: nothing')
    await open()
    await options.getByRole('checkbox', { name: 'Spacing' }).check()
    await expect(page).toHaveURL(/#\/compare\/us-28\/e3\?ignore=space$/)
    await options.getByRole('checkbox', { name: 'Case' }).check()
    await options.getByRole('checkbox', { name: 'Punctuation' }).check()
    await expect(page).toHaveURL(/\?ignore=case,punct,space$/)
    await expect(page.getByRole('link', { name: 'Print report' })).toHaveAttribute('href', /ignore=case,punct,space/)

    await page.goto('/#/compare/us-28/e3?ignore=punct')
    await expect(menu.locator('summary')).toHaveText('Ignore: punctuation')
    await open()
    await expect(options.getByRole('checkbox', { name: 'Punctuation' })).toBeChecked()
    await expect(options.getByRole('checkbox', { name: 'Case' })).not.toBeChecked()
    await options.getByRole('checkbox', { name: 'Punctuation' }).uncheck()
    await expect(page).toHaveURL(/#\/compare\/us-28\/e3$/)
  })
})
