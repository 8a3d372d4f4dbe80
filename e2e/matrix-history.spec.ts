import { readFileSync } from 'node:fs'
import { statusBadges } from './fixtures/comparePage.ts'
import { matrixCell, matrixRows, termOrder, termTopics } from './fixtures/matrixPage.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'
import { parseCsv } from '../src/domain/testing/parseCsv.ts'


test.describe('positions matrix', () => {
  test('shows every version and every contested term, with the army cap delta', async ({ page }) => {
    await page.goto('/#/matrix')
    const headers = page.locator('[data-testid="matrix.table"] thead th')
    await expect(headers).toHaveText([/Contested term/, /US 28-point \(base\)/, /^E3/, /Geneva 19-point/, /20-point/])
    await expect(page.getByTestId('matrix.row')).toHaveCount(25)
    await expect(matrixCell(page, 'army-cap', 'us-28')).toContainText('600,000, at all times')
    await expect(matrixCell(page, 'army-cap', 'ua-20')).toContainText('800,000, in peacetime')
    await expect(matrixCell(page, 'army-cap', 'e3')).toContainText('Changed +200,000 (+33%); at all times → in peacetime')
    await expect(matrixCell(page, 'election-deadline', 'e3')).toContainText('As soon as possible after signing')
    await expect(matrixCell(page, 'amnesty', 'geneva-19')).toContainText('Clause deleted')
    await expect(matrixCell(page, 'nato-membership', 'geneva-19')).toContainText('New wording not reported')
    await expect(matrixCell(page, 'territory-donetsk', 'ua-20')).toContainText('Not agreed: United States:')
  })

  test('sorting, topic filter, column choice and base live in the URL and survive a reload', async ({ page }) => {
    await page.goto('/#/matrix')
    await page.getByRole('button', { name: /^E3/ }).click()
    await expect(page).toHaveURL(/#\/matrix\?sort=e3$/)
    await expect(page.locator('th[aria-sort="ascending"]')).toContainText('E3')
    await page.getByRole('button', { name: /^E3/ }).click()
    await expect(page).toHaveURL(/sort=-e3/)

    await page.getByText('Topics: all').click()
    await page.getByRole('checkbox', { name: 'Territory' }).check()
    await expect(page).toHaveURL(/topics=territory/)
    await page.getByRole('checkbox', { name: 'Geneva 19-point' }).uncheck()
    await expect(page).toHaveURL(/versions=us-28,e3,ua-20/)
    await page.getByRole('button', { name: 'Move 20-point left' }).click()
    await expect(page).toHaveURL(/versions=us-28,ua-20,e3/)
    await page.getByLabel('Compare with').selectOption('ua-20')
    await expect(page).toHaveURL(/base=ua-20/)

    const url = page.url()
    const before = await termOrder(page)
    await page.reload()
    await expect(page).toHaveURL(url)
    // The matrix is its own chunk, loaded when shown.
    await expect(page.getByTestId('matrix.row').first()).toBeVisible()
    expect(await termOrder(page)).toEqual(before)
    await expect(page.locator('[data-testid="matrix.table"] thead th')).toHaveText([/Contested term/, /US 28-point/, /20-point \(base\)/, /^E3/])
    // Territory (data/ukraine-2025): the territory clause's six regions, the US guarantee's three
    // terms and the nuclear plant.
    await expect(page.getByTestId('matrix.row')).toHaveCount(10)
    expect([...before].sort()).toEqual([
      'guarantee-form', 'guarantee-void-if', 'territory-crimea', 'territory-donetsk', 'territory-kherson',
      'territory-luhansk', 'territory-other', 'territory-zaporizhzhia', 'us-compensation', 'znpp',
    ])
    for (const topics of await termTopics(page)) expect(topics).toContain('Territory')
    await expect(matrixCell(page, 'territory-crimea', 'us-28')).toContainText('Changed')
  })

  test('a cell opens the comparison at its clause', async ({ page }) => {
    await page.goto('/#/matrix')
    await matrixCell(page, 'election-deadline', 'ua-20').getByRole('link').first().click()
    await expect(page).toHaveURL(/#\/compare\/us-28\/ua-20\?clause=elections$/)
    const row = page.locator('[data-testid="compare.row"][data-clause="elections"]')
    await expect(row).toBeFocused()
    await expect(row).toContainText('as soon as possible')
  })

  test('the table works by keyboard: tab to a header and sort with Enter', async ({ page }) => {
    await page.goto('/#/matrix')
    const sortButton = page.getByRole('button', { name: /^Contested term/ })
    await sortButton.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/sort=term$/)
    const terms = await termOrder(page)
    const labels = await page.locator('[data-testid="matrix.row"] th a').allTextContents()
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)))
    expect(terms).toHaveLength(25)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: /^US 28-point/ })).toBeFocused()
  })

  test('exports CSV that reads back as the rows shown, and JSON', async ({ page }) => {
    await page.goto('/#/matrix?topics=military,elections,amnesty')
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
    expect(csvDownload.suggestedFilename()).toBe('positions-matrix.csv')
    const bytes = readFileSync((await csvDownload.path())!)
    // The byte-order mark tells Excel on Windows the file is UTF-8, so "→" stays "→".
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''))
    expect(records[0]!.slice(0, 4)).toEqual(['Term', 'Topic', 'Clause', 'US 28-point: position'])
    // Terms follow the clause order (so territory's regions stay together): elections (25) before amnesty (26).
    expect(records.slice(1).map((record) => record[0])).toEqual(['Army cap', 'NATO troops in Ukraine', 'Elections', 'Amnesty'])
    const armyCap = records[1]!
    expect(armyCap[records[0]!.indexOf('E3: position')]).toBe('800,000, in peacetime')
    expect(armyCap[records[0]!.indexOf('E3: against US 28-point')]).toBe(
      'Changed: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%); at all times → in peacetime)',
    )
    expect(armyCap[records[0]!.indexOf('US 28-point: clause status (vs its own base)')]).toBe('Original draft')
    expect(armyCap[records[0]!.indexOf('E3: sources')]).toMatch(/\d{4}, https:\/\//)

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()])
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'))
    expect(json.base).toBe('us-28')
    expect(json.terms.map((term: { term: string }) => term.term)).toEqual(['army-cap', 'nato-troops', 'election-deadline', 'amnesty'])
    expect(json.terms[0].cells['ua-20'].value).toMatchObject({ term: 'army-cap', kind: 'quantity', amount: 800000, qualifier: 'peacetime' })
    // The same words as the page and the CSV: the first draft is the original, not "added".
    expect(json.terms[0].cells['us-28'].clauseStatus).toBe('Original draft')
    await expect(statusBadges(matrixRows(page).first()).first()).toHaveText('Original draft')
  })

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/#/matrix')
    await expect(page.getByTestId('matrix.row').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

test.describe('clause history', () => {
  const cases = [
    { clause: 'army-size', title: "Size of Ukraine's armed forces", check: ['600,000', '800,000, in peacetime', '+200,000 (+33%)'] },
    { clause: 'territory', title: 'Territory', check: ['“de facto Russian”', 'US proposal for Donetsk', 'Ukrainian position'] },
    { clause: 'amnesty', title: 'Amnesty', check: ['full amnesty', 'victims', 'Stefanishyna'] },
    { clause: 'elections', title: 'Elections in Ukraine', check: ['within 100 days', 'as soon as possible', 'Wording not published'] },
  ]
  for (const { clause, title, check } of cases) {
    test(`follows ${clause} through every version with its sources`, async ({ page }) => {
      await page.goto(`/#/clause/${clause}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      const entries = page.getByTestId('history.entry')
      await expect(entries).toHaveCount(4)
      expect(await entries.evaluateAll((list) => list.map((entry) => entry.getAttribute('data-version')))).toEqual(['us-28', 'e3', 'geneva-19', 'ua-20'])
      for (const text of check) await expect(page.locator('main')).toContainText(text)
      for (let i = 0; i < 4; i += 1) {
        await expect(entries.nth(i).getByRole('heading', { name: 'Sources' })).toBeVisible()
        expect(await entries.nth(i).getByTestId('source-list').getByRole('listitem').count()).toBeGreaterThan(0)
      }
    })
  }

  test('is reachable from the comparison and from the matrix', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3?clause=amnesty')
    await page.locator('[data-testid="compare.row"][data-clause="amnesty"]').getByRole('link', { name: 'History' }).click()
    await expect(page).toHaveURL(/#\/clause\/amnesty$/)
    await page.goto('/#/matrix')
    await page.getByRole('link', { name: 'Army cap' }).click()
    await expect(page).toHaveURL(/#\/clause\/army-size$/)
  })

  test('the clause list links every clause and the page has no accessibility violations', async ({ page }) => {
    await page.goto('/#/clause')
    await expect(page.getByTestId('clauses.row')).toHaveCount(30)
    await expectNoAxeViolations(page)
    await page.goto('/#/clause/territory')
    await expectNoAxeViolations(page)
  })
})
