import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { readZip } from '../src/domain/testing/readZip.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

const row = (page: Page, clause: string) => page.locator(`[data-testid="compare.row"][data-clause="${clause}"]`)
const cell = (page: Page, clause: string, version: string) => row(page, clause).locator(`[data-testid="compare.cell"][data-version="${version}"]`)
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
      const badges = target.locator('.status')
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
    await expect(page.locator('.cell__against').first()).toHaveText(' (redline against US 28-point)')
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
    await expect(page.locator('.shortcuts kbd')).toHaveText(['F7', 'Shift+F7'])
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

test.describe('exports from the compare view', () => {
  test('Word export: each change is a tracked revision by the E3 drafters, and the library loads only on export', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto('/#/compare/us-28/e3?topics=military')
    await expect(page.getByTestId('compare.row').first()).toBeVisible()
    const before = scripts.length
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (tracked changes)' }).click()])
    expect(download.suggestedFilename()).toBe('comparison-us-28-e3.docx')
    expect(scripts.length, 'the Word library is a separate script, fetched on export').toBeGreaterThan(before)
    const xml = readZip(readFileSync((await download.path())!)).get('word/document.xml')!
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="The national security advisers of the UK, France and Germany \(the E3\)" w:date="2025-11-23T00:00:00Z"><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:delText[^>]*>600,000<\/w:delText>/)
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="[^"]+" w:date="2025-11-23T00:00:00Z"><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>800,000<\/w:t>/)
    // Filtered as in the URL: only the military clauses.
    expect(xml).toContain('Filters: topics: Armed forces')
    await expect(page.getByTestId('compare.export-status')).toHaveText('Word document saved, with each change as a tracked change.')
  })

  test('Markdown export and the email summary describe the comparison shown', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/#/compare/us-28/e3?changed=1')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()])
    expect(download.suggestedFilename()).toBe('comparison-us-28-e3.md')
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toContain('# Comparison: US 28-point → E3')
    expect(markdown).toContain('capped at ~~600,000~~**800,000** personnel **in peacetime**.')
    expect(markdown).toContain(`](<${baseURL}/#/compare/us-28/e3?clause=army-size&changed=1>)`)

    await page.getByRole('button', { name: 'Copy email summary' }).click()
    await expect(page.getByTestId('compare.export-status')).toHaveText('Summary copied: paste it into an email.')
    const email = await page.evaluate(() => navigator.clipboard.readText())
    const changedRows = await page.getByTestId('compare.row').count()
    expect(email.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(changedRows)
    expect(email).toContain(
      "• Size of Ukraine's armed forces: amended\n  Flag: Number changed: “600,000 personnel” → “800,000 personnel”\n  Army cap: 600,000, at all times → 800,000, in peacetime",
    )
    expect(email).toContain(`  ${baseURL}/#/compare/us-28/e3?clause=army-size&changed=1`)
  })
})
