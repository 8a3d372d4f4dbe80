// A pair of 2,000-clause drafts split, aligned, saved and compared, with the time to the first comparison row logged.
import { expect, test } from './fixtures/test.ts'
import { openDrafts, rows } from './fixtures/workspaces.ts'

test.describe('your own drafts', () => {
  test('saves and opens a pair of 2,000-clause drafts that have more than 2,000 distinct clauses between them (issue #12)', async ({ page }) => {
    // Each step reads, splits, aligns or draws 4,000 clauses: on a busy 2-core machine one can take
    // a minute or more. Expectations wait as long as actions do (the config's 20 s is for small pages).
    const STEP = { timeout: 180_000 }
    test.setTimeout(900_000)
    page.setDefaultTimeout(STEP.timeout)
    // The later draft changes every clause's number and amends every fifth, so a few clauses find no
    // match: more than 2,000 lineages, which the data format used to refuse (shown far above the button).
    const long = (later: boolean) =>
      Array.from({ length: 2_000 }, (_, i) => `${i + 1}. Clause ${i + 1} text about topic ${i % 37} with ${1000 + i * (later ? 2 : 1)} people and ${i % 11} days${later && i % 5 === 0 ? ' amended' : ''}.`).join('\n')
    await openDrafts(page)
    for (const [index, name, date] of [[0, 'Long draft', '2026-03-02'], [1, 'Long revision', '2026-03-06']] as const) {
      const version = page.getByTestId('workspaces.draft').nth(index)
      await version.getByLabel('Name').fill(name)
      await version.getByLabel('Date').fill(date)
      // Set in one input event: typing 150 KB through fill() is slow and tests nothing of ours.
      await version.getByLabel('Paste the text').evaluate((area, text) => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text)
        area.dispatchEvent(new Event('input', { bubbles: true }))
      }, long(index === 1))
    }
    // A long text is summed up in place of its box (laying out the box froze the page), and can still be edited there.
    const summaries = page.getByTestId('workspaces.long-text')
    await expect(summaries).toHaveCount(2)
    await expect(summaries.first()).toContainText(/^Pasted text: 2,000 lines, [\d,]+ characters\. It begins:1\. Clause 1 text about topic 0/)
    await summaries.nth(1).getByRole('button', { name: /Edit the text here/ }).click()
    await expect(page.getByTestId('workspaces.draft').nth(1).getByLabel('Paste the text')).toBeFocused()
    await expect(page.getByTestId('workspaces.draft').nth(1).getByLabel('Paste the text')).toHaveValue(long(true))
    // Buttons by text, not role: computing accessible names over 4,000 clauses makes getByRole crawl.
    await page.locator('button.primary', { hasText: 'Split into clauses' }).click()
    await expect(page.getByTestId('workspaces.split')).toHaveCount(2, STEP)
    // A long split is drawn in slices; every clause of both versions gets drawn.
    await expect(page.getByTestId('workspaces.clause')).toHaveCount(4_000, STEP)
    await page.locator('button.primary', { hasText: 'Align the versions' }).click()
    await expect(page.getByTestId('workspaces.alignment')).toHaveCount(1, STEP)
    // Every later clause's link stays to be chosen, its rows drawn a slice at a time, from one list of all 2,000 earlier clauses.
    const alignment = page.getByTestId('workspaces.alignment')
    await alignment.getByLabel('Show only the matches to check').uncheck()
    await expect(alignment.getByTestId('workspaces.match')).toHaveCount(2_000, STEP)
    await expect(alignment.locator('datalist option')).toHaveCount(2_000)
    const last = alignment.getByTestId('workspaces.match').last()
    await last.getByRole('combobox').fill('1999')
    await last.getByRole('combobox').press('Enter')
    await expect(last).toContainText('Set by you')
    await expect(last.getByRole('combobox')).toHaveValue(/^1999: Clause 1999 text/)
    const started = Date.now()
    await page.locator('button.primary', { hasText: 'Save and compare' }).click()
    await expect(rows(page).first()).toBeVisible(STEP)
    console.log(`2,000-clause pair: Save and compare to the first comparison row in ${Date.now() - started} ms`)
    await expect(page).toHaveURL(/#\/w\/ws-[0-9a-f]{8}\/compare\/long-draft\/long-revision/, STEP)
    await expect(page.getByTestId('workspaces.problems')).toHaveCount(0)
  })
})
