// A pair of 2,000-clause drafts split, aligned, saved and compared, with the time to the first comparison row logged.
import { expect, test } from './fixtures/test.ts'
import { rows } from './fixtures/comparePage.ts'
import { openDrafts, pasteVersion } from './fixtures/workspaces.ts'

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
    await pasteVersion(page, 0, 'Long draft', '2026-03-02', long(false))
    await pasteVersion(page, 1, 'Long revision', '2026-03-06', long(true))
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

  test('a long split drawn in slices never moves the step’s buttons while it grows', async ({ page }) => {
    test.setTimeout(300_000)
    const text = (later: boolean) => Array.from({ length: 1_000 }, (_, i) => `${i + 1}. Clause ${i + 1} on topic ${i % 23}, ${later ? 'amended' : 'as first drafted'}.`).join('\n')
    await openDrafts(page)
    await pasteVersion(page, 0, 'First', '2026-03-02', text(false))
    await pasteVersion(page, 1, 'Second', '2026-03-06', text(true))
    // Where the step's way on sits on the page, frame by frame, from the split step's first frame
    // until every clause is drawn: a click aimed at it must not land on a clause drawn in its place.
    const watched = page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
      const progress = () => document.querySelector('[data-testid="workspaces.split-progress"]')
      const next = () => [...document.querySelectorAll('button.primary')].find((button) => button.textContent === 'Align the versions')
      while (!next()) await frame()
      const tops: number[] = []
      do {
        tops.push(Math.round(next()!.getBoundingClientRect().top + window.scrollY))
        await frame()
      } while (progress())
      tops.push(Math.round(next()!.getBoundingClientRect().top + window.scrollY))
      return tops
    })
    await page.locator('button.primary', { hasText: 'Split into clauses' }).click()
    const tops = await watched
    expect(tops.length, 'frames seen while the lists were drawn').toBeGreaterThan(2)
    expect(new Set(tops), 'the button’s place on the page, frame by frame').toEqual(new Set([tops[0]]))
    await expect(page.getByTestId('workspaces.clause')).toHaveCount(2_000)
    // Each long list scrolls in its own named box, which the keyboard can reach.
    const box = page.getByRole('group', { name: 'All clauses of Second' })
    await box.focus()
    await page.keyboard.press('End')
    await expect(box.getByTestId('workspaces.clause').last()).toBeInViewport()
    await expect(box.getByTestId('workspaces.clause').last().getByLabel('Number')).toHaveValue('1000')
  })
})
