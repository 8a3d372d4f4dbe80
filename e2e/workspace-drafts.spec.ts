// Your own drafts made into a workspace: pasted or opened from files, split, aligned, corrected and compared.
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'
import { rows } from './fixtures/comparePage.ts'
import { FIRST, SECOND, fillVersion, openDrafts, pasteTwoDrafts, rowWith, watchLateRequests } from './fixtures/workspaces.ts'

declare global {
  interface Window {
    __pwned?: boolean
  }
}

test.describe('your own drafts', () => {
  test('paste two drafts, check the split and the alignment, and compare them in the same views as the published drafts', async ({ page, baseURL }) => {
    const network = watchLateRequests(page, new URL(baseURL!).origin)
    await openDrafts(page)
    network.start()
    await expectNoAxeViolations(page)
    await page.getByLabel('Workspace name').fill('Ceasefire talks')
    await fillVersion(page, 0, 'Monday draft', '2026-03-02', FIRST)
    await fillVersion(page, 1, 'Friday draft', '2026-03-06', SECOND)
    await page.getByRole('button', { name: 'Split into clauses' }).click()

    // Splitting runs in a worker: wait for both versions' clauses before reading them.
    await expect(page.getByTestId('workspaces.split')).toHaveCount(2)
    const monday = page.getByTestId('workspaces.split').first()
    await expect(monday.getByTestId('workspaces.clause')).toHaveCount(4)
    // Markup in a draft is text, never code.
    await expect(monday).toContainText('<script>window.__pwned = true</script> Sanctions')
    await expectNoAxeViolations(page)

    // Merge and split back by keyboard: the buttons are reachable and say which clause they act on.
    await monday.getByRole('button', { name: 'Merge into the clause above (2)' }).press('Enter')
    await expect(monday.getByTestId('workspaces.clause')).toHaveCount(3)
    await monday.getByRole('button', { name: 'Split… clause 1' }).click()
    const caret = monday.getByLabel('Put the cursor where the new clause starts')
    await caret.focus()
    await caret.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(element.value.indexOf('Elections'), element.value.indexOf('Elections')))
    await monday.getByRole('button', { name: 'Split at the cursor' }).press('Enter')
    await expect(monday.getByTestId('workspaces.clause')).toHaveCount(4)
    await monday.getByTestId('workspaces.clause').nth(1).getByLabel('Number').fill('2')

    await page.getByRole('button', { name: 'Align the versions' }).click()
    const alignment = page.getByTestId('workspaces.alignment')
    // Renumbered: Friday's point 2 continues Monday's point 1, with the delta already read.
    const army = alignment.getByTestId('workspaces.match').filter({ hasText: '2: The armed forces are capped' })
    await expect(army.getByRole('combobox')).toHaveValue('0')
    await expect(army).toContainText('600,000 → 800,000: +200,000 (+33%)')
    await expect(army).toContainText(/Sure \(\d+%\)|Fairly sure \(\d+%\)/)
    await expect(alignment).toContainText('Not continued in Friday draft (shown as deleted)')
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(page).toHaveURL(/#\/w\/ws-[a-z0-9]{8}\/compare\/monday-draft\/friday-draft$/)
    await expect(rows(page)).toHaveCount(5)
    const armyRow = rowWith(page, 'capped at')
    await expect(armyRow.locator('[data-testid="compare.cell"][data-version="friday-draft"]')).toContainText('Amended')
    await expect(armyRow).toContainText('+200,000 (+33%)')
    await expect(rowWith(page, 'grain exports').locator('[data-testid="compare.cell"][data-version="friday-draft"]')).toContainText('Deleted')
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()

    // Only what changed, the clause history, the report and the sources work on the workspace too.
    await page.getByLabel('Only what changed').check()
    await expect(rows(page)).toHaveCount(4)
    await page.getByRole('link', { name: 'Clauses', exact: true }).click()
    await expect(page).toHaveURL(/#\/w\/ws-[a-z0-9]{8}\/clause$/)
    await page.getByRole('link', { name: 'Sources' }).click()
    await expect(page.getByTestId('sources.item')).toHaveCount(2)
    await expect(page.getByTestId('sources.item').first()).toContainText('Your own text')
    await page.goto(page.url().replace(/\/sources$/, '/report/monday-draft/friday-draft'))
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Monday draft|Ceasefire talks|report/i)
    await expectNoAxeViolations(page)
    network.check()
  })

  test('a clause merged after the split is aligned as merged, not as the split first was', async ({ page }) => {
    await openDrafts(page)
    await fillVersion(page, 0, 'Monday draft', '2026-03-02', FIRST)
    await fillVersion(page, 1, 'Friday draft', '2026-03-06', SECOND)
    await page.getByRole('button', { name: 'Split into clauses' }).click()
    const monday = page.getByTestId('workspaces.split').first()
    await expect(monday.getByTestId('workspaces.clause')).toHaveCount(4)
    // Monday's sanctions clause joins its grain clause: the clause Friday's sanctions continue is now the third.
    await monday.getByRole('button', { name: 'Merge into the clause above (4)' }).click()
    await expect(monday.getByTestId('workspaces.clause')).toHaveCount(3)
    await page.getByRole('button', { name: 'Align the versions' }).click()
    const alignment = page.getByTestId('workspaces.alignment')
    const sanctions = alignment.getByTestId('workspaces.match').filter({ hasText: '3: <script>window.__pwned = true</script> Sanctions' })
    await expect(sanctions.getByRole('combobox')).toHaveValue('2')
    await expect(sanctions.getByRole('combobox').locator('option:checked')).toContainText('grain exports')
  })

  test('correct an alignment on the same screen, and the comparison follows it', async ({ page, baseURL }) => {
    const network = watchLateRequests(page, new URL(baseURL!).origin)
    await openDrafts(page)
    network.start()
    await pasteTwoDrafts(page)
    const frozen = page.getByTestId('workspaces.match').filter({ hasText: 'Frozen assets' })
    await expect(frozen.getByRole('combobox')).toHaveValue('')
    await expect(frozen).toContainText('New')
    // The user says Friday's point 4 replaces Monday's grain clause (point 3).
    await frozen.getByRole('combobox').selectOption({ label: '3: A joint commission oversees grain exports through the' })
    await expect(frozen).toContainText('Set by you')
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(rows(page)).toHaveCount(4)
    const replaced = rowWith(page, 'grain exports')
    await expect(replaced.locator('[data-testid="compare.cell"][data-version="friday-draft"]')).toContainText('Frozen assets')
    await expect(replaced.locator('[data-testid="compare.cell"][data-version="friday-draft"]')).toContainText('Amended')
    network.check()
  })

  test('import a Word file and a PDF; a scanned PDF gets a clear message', async ({ page, baseURL }) => {
    const network = watchLateRequests(page, new URL(baseURL!).origin)
    await openDrafts(page)
    network.start()
    const versions = page.getByTestId('workspaces.draft')
    await versions.nth(0).getByLabel(/open a file/).setInputFiles('e2e/fixtures/drafts/scan.pdf')
    await expect(page.getByTestId('workspaces.problems')).toContainText('scan.pdf has no text layer: it looks like a scan')
    await expect(versions.nth(0).getByLabel('Paste the text')).toHaveValue('')

    await versions.nth(0).getByLabel(/open a file/).setInputFiles('e2e/fixtures/drafts/harbour-v2.docx')
    await expect(versions.nth(0).getByLabel('Paste the text')).toHaveValue(/1\. The port of Riverton reopens to commercial shipping within 45 days\./)
    await versions.nth(0).getByLabel('Date').fill('2026-04-01')
    await versions.nth(1).getByLabel(/open a file/).setInputFiles('e2e/fixtures/drafts/harbour-v3.pdf')
    await expect(versions.nth(1).getByLabel('Paste the text')).toHaveValue(/4\. A fund of \$50 million repairs the quays\./)
    await versions.nth(1).getByLabel('Date').fill('2026-04-08')
    await page.getByRole('button', { name: 'Split into clauses' }).click()
    await expect(page.getByTestId('workspaces.split')).toHaveCount(2)
    const word = page.getByTestId('workspaces.split').nth(0)
    const pdf = page.getByTestId('workspaces.split').nth(1)
    // Word: the heading titles point 1, and the automatic (a)/(b) numbering is kept as sub-points.
    await expect(word.getByTestId('workspaces.clause')).toHaveCount(4)
    await expect(word.getByTestId('workspaces.clause').first().getByLabel('Title')).toHaveValue('Harbour agreement, second draft')
    await expect(word.getByTestId('workspaces.clause').nth(3)).toContainText('(b) a report every month.')
    // PDF: no heading structure survives, so the title line is a preamble before point 1.
    await expect(pdf.getByTestId('workspaces.clause')).toHaveCount(5)
    await page.getByRole('button', { name: 'Align the versions' }).click()
    await expect(page.getByRole('heading', { name: 'Check which clauses match' })).toBeVisible()
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(rowWith(page, 'reopens')).toContainText('−15 days (−33%)')
    await expect(rowWith(page, 'Fees are capped')).toContainText('−1 percentage points')
    network.check()
  })

  test('a bundled deep link still opens the published drafts, and the picker switches between them and a workspace', async ({ page }) => {
    await page.goto('/#/compare/us-28/e3?clause=army-size')
    await expect(page.locator('[data-testid="compare.row"][data-clause="army-size"]')).toHaveAttribute('aria-current', 'true')
    await page.setViewportSize({ width: 390, height: 800 })
    await openDrafts(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await pasteTwoDrafts(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(rows(page)).toHaveCount(5)
    await page.getByTestId('negotiation.picker').selectOption({ label: 'Ukraine peace-plan drafts, November–December 2025' })
    await expect(page).toHaveURL(/#\/compare\/us-28\/e3$/)
    await expect(rows(page)).toHaveCount(28)
  })
})
