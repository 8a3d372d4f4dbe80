/**
 * Own drafts on real documents (issue 20): a reorganised licence text (eval/drafts/corpus) shows
 * its merges and splits before saving; a typed name survives opening a file; a private draft is
 * labelled as the user's own, never as published text; every link inside the workspace keeps
 * its prefix in its real href, so a middle-click stays in the workspace.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { rowNumbers } from './fixtures/comparePage.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

const corpus = (name: string) => readFileSync(`eval/drafts/corpus/${name}.txt`, 'utf8')

/** Sets a long text in one input event: typing it through fill() tests nothing of ours. */
async function setText(page: Page, index: number, text: string) {
  await page
    .getByTestId('workspaces.draft')
    .nth(index)
    .getByLabel('Paste the text')
    .evaluate((area, value) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value)
      area.dispatchEvent(new Event('input', { bubbles: true }))
    }, text)
}

/** A draft's name, date and text, pasted. */
async function fillVersion(page: Page, index: number, name: string, date: string, text: string) {
  const version = page.getByTestId('workspaces.draft').nth(index)
  await version.getByLabel('Name').fill(name)
  await version.getByLabel('Date').fill(date)
  await setText(page, index, text)
}

test('a reorganised text: the review shows what was merged and what was split, with section headings', async ({ page }) => {
  await page.goto('/#/workspaces')
  await fillVersion(page, 0, 'CDDL 1.1', '2026-01-05', corpus('cddl-1.1'))
  await fillVersion(page, 1, 'Reorganised', '2026-02-05', corpus('cddl-1.1-reorganised'))
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  const split = page.getByTestId('workspaces.split').first()
  // 1 DEFINITIONS and 2 License Grants are headings: their sub-clauses are the clauses, shown under them.
  await expect(split.getByTestId('workspaces.clause').filter({ hasText: 'means the combination of the Original Software' })).toContainText('Under 1 Definitions')
  await page.getByRole('button', { name: 'Align the versions' }).click()
  const alignment = page.getByTestId('workspaces.alignment')
  await expect(alignment).toContainText('1 merged into another clause')
  const grants = alignment.getByTestId('workspaces.match').filter({ hasText: '2.1: The Grants' })
  // The merged grant continues one of the two earlier grants and takes in the other.
  await expect(grants).toContainText(/Also takes in, merged: 2\.[12]: (The Initial Developer Grant|Contributor Grant)/)
  // One of the two pieces of 3.1 continues it, the other is split from it.
  const pieces = alignment.getByTestId('workspaces.match').filter({ has: page.getByRole('rowheader', { name: /3\.[12]: (Availability of Source Code|Information for Recipients)/ }) })
  await expect(pieces).toHaveCount(2)
  await expect(pieces.filter({ hasText: /Split from 3\.1: Availability of Source Code: (Sure|Fairly sure|Unsure)/ })).toHaveCount(1)
  // A moved section is found by its wording; a deleted one is listed as deleted.
  await expect(alignment.getByTestId('workspaces.match').filter({ hasText: '5: LIMITATION OF LIABILITY' }).getByRole('combobox')).toHaveValue(/\d+/)
  await expect(alignment).toContainText('8: U.S. GOVERNMENT END USERS')
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('review.png'), fullPage: false })
})

test('scrolled down to the step buttons, the clauses above them are laid out already: the buttons stay under the pointer', async ({ page }) => {
  await page.goto('/#/workspaces')
  await fillVersion(page, 0, 'CDDL 1.0', '2026-01-05', corpus('cddl-1.0'))
  await fillVersion(page, 1, 'CDDL 1.1', '2026-02-05', corpus('cddl-1.1'))
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByRole('heading', { name: 'Check how each text was split' })).toBeVisible()
  // Where the button is as the page scrolls down to it, and six frames later, when clauses laid
  // out only as they come into view have taken their height (two or three frames in Chromium).
  const [scrolled, settled] = await page.getByRole('button', { name: 'Align the versions' }).evaluate(
    (button) =>
      new Promise<[number, number]>((done) => {
        button.scrollIntoView({ block: 'end' })
        const top = button.getBoundingClientRect().top
        let frames = 0
        const frame = () => (++frames < 6 ? requestAnimationFrame(frame) : done([top, button.getBoundingClientRect().top]))
        requestAnimationFrame(frame)
      }),
  )
  // Had they grown, the button would have moved between the press and the release of a click, and the click been lost.
  expect(settled).toBe(scrolled)
})

test('opening a file keeps a typed name; the draft is labelled as the user’s own; links keep the workspace, middle-click included', async ({ page, context }) => {
  await page.goto('/#/workspaces')
  const first = page.getByTestId('workspaces.draft').nth(0)
  await first.getByLabel('Name').fill('Harbour, Monday')
  await first.getByLabel(/open a file/).setInputFiles('e2e/fixtures/drafts/harbour-v2.docx')
  await expect(first.getByLabel('Paste the text')).toHaveValue(/The port of Riverton reopens/)
  await expect(first.getByLabel('Name')).toHaveValue('Harbour, Monday')
  await first.getByLabel('Date').fill('2026-04-01')
  const second = page.getByTestId('workspaces.draft').nth(1)
  await second.getByLabel(/open a file/).setInputFiles('e2e/fixtures/drafts/harbour-v3.pdf')
  // A name nobody typed follows the file.
  await expect(second.getByLabel('Name')).toHaveValue('harbour-v3')
  await second.getByLabel('Date').fill('2026-04-08')
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByTestId('workspaces.split')).toHaveCount(2)
  await page.getByRole('button', { name: 'Align the versions' }).click()
  await expect(page.getByRole('heading', { name: 'Check which clauses match' })).toBeVisible()
  await page.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page.getByTestId('compare.row').first()).toBeVisible()

  const heads = page.getByRole('list', { name: 'Versions in column order' })
  await expect(heads).toContainText('Own draft, from harbour-v2.docx')
  await expect(heads).toContainText('Own draft, from harbour-v3.pdf')
  await expect(page.locator('main')).not.toContainText('Published text')
  await expect(page.locator('main')).not.toContainText('Full text known')
  await expect(page.getByTestId('compare.row').first()).toContainText('Own text')

  const workspace = /^#\/w\/(ws-[0-9a-f]{8})\//.exec(new URL(page.url()).hash)![1]!
  const inWorkspace = new RegExp(`^#/w/${workspace}/`)
  await expect(page.getByRole('link', { name: 'Clauses', exact: true })).toHaveAttribute('href', inWorkspace)
  await expect(page.getByRole('link', { name: 'Print report' })).toHaveAttribute('href', inWorkspace)
  const rowLink = page.getByTestId('compare.row').first().getByRole('link').first()
  await expect(rowLink).toHaveAttribute('href', inWorkspace)
  const opened = context.waitForEvent('page')
  await rowLink.click({ button: 'middle' })
  const tab = await opened
  await tab.waitForLoadState()
  expect(new URL(tab.url()).hash).toMatch(inWorkspace)
  await expect(tab.getByTestId('compare.row').first()).toBeVisible()
  await tab.close()

  await page.getByRole('link', { name: 'Versions', exact: true }).click()
  await expect(page.getByRole('link', { name: /^Compare with / }).first()).toHaveAttribute('href', inWorkspace)
  await expect(page.locator('main')).toContainText('Own draft, from harbour-v3.pdf')
  await expect(page.locator('main')).not.toContainText('Full text known')
})

test('a revision added to a saved workspace aligns with its latest version and keeps the earlier versions and the user’s correction, after a reload too', async ({ page }) => {
  test.setTimeout(240_000)
  await page.goto('/#/workspaces')
  await page.getByLabel('Workspace name').fill('CDDL rounds')
  await fillVersion(page, 0, 'CDDL 1.0', '2026-01-05', corpus('cddl-1.0'))
  await fillVersion(page, 1, 'CDDL 1.1', '2026-02-05', corpus('cddl-1.1'))
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByRole('heading', { name: 'Check how each text was split' })).toBeVisible()
  await page.getByRole('button', { name: 'Align the versions' }).click()
  const review = page.getByTestId('workspaces.alignment')
  await review.getByLabel('Show only the matches to check').uncheck()
  // The user's correction: 1.1's new 6.3 (a patent-claim clause) continues 1.0's 6.2, so 1.1's 6.2 becomes new.
  await review.getByLabel('Clause 6.3 of CDDL 1.1 continues').selectOption({ label: '6.2: If You assert a patent infringement claim (excluding' })
  await expect(review.getByLabel('Clause 6.2 of CDDL 1.1 continues')).toHaveValue('')
  await page.getByRole('button', { name: 'Save and compare' }).click()
  await expect(page).toHaveURL(/#\/w\/ws-[0-9a-f]{8}\/compare\/cddl-1-0\/cddl-1-1/)
  const workspace = /^#\/w\/(ws-[0-9a-f]{8})\//.exec(new URL(page.url()).hash)![1]!

  // From the workspace, "Your drafts" → "Add a revision".
  await page.getByRole('link', { name: 'Your drafts', exact: true }).click()
  await page.getByRole('button', { name: 'Add a revision to CDDL rounds' }).click()
  await expect(page.getByRole('heading', { name: 'Add a revision to “CDDL rounds”' })).toBeFocused()
  const revision = page.getByTestId('workspaces.revision')
  await expect(revision).toContainText('It is aligned with the latest version, “CDDL 1.1” (34 clauses)')
  const fields = revision.getByTestId('workspaces.draft')
  await expect(fields).toContainText('Version 3')
  await fields.getByLabel('Name').fill('Reorganised')
  await fields.getByLabel('Date').fill('2026-03-05')
  await fields.getByLabel('Paste the text').evaluate((area, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }, corpus('cddl-1.1-reorganised'))
  await expectNoAxeViolations(page)
  await revision.getByRole('button', { name: 'Split into clauses' }).click()
  await revision.getByRole('button', { name: 'Align with the latest version' }).click()
  // The same review as a new workspace's: the merge of the two grants and the split of 3.1, before saving.
  const against = revision.getByTestId('workspaces.alignment')
  await expect(against).toContainText('1 merged into another clause')
  await expect(against.getByTestId('workspaces.match').filter({ hasText: /Split from 3\.1: Availability of Source Code/ })).toHaveCount(1)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('revision-review.png') })
  await revision.getByRole('button', { name: 'Save the revision and compare' }).click()

  // The new pair opens, inside the workspace.
  await expect(page).toHaveURL(new RegExp(`#/w/${workspace}/compare/cddl-1-1/reorganised`))
  await expect(page.getByTestId('compare.row').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Clauses', exact: true })).toHaveAttribute('href', new RegExp(`^#/w/${workspace}/`))

  const row = (clause: string) => page.locator(`[data-testid="compare.row"][data-clause="${clause}"]`)
  const check = async () => {
    // 2 → 3: 1.1's 6.2 (new in 1.1, by the correction) continues as 7.2; the corrected lineage (1.1's 6.3) is deleted, as the reorganisation deletes 6.3.
    await page.goto(`/#/w/${workspace}/compare/cddl-1-1/reorganised?clause=point-6-2-2`)
    await expect(rowNumbers(page, 'point-6-2-2', 'CDDL 1.1 6.2 · Reorganised 7.2')).toBeVisible()
    await page.goto(`/#/w/${workspace}/compare/cddl-1-1/reorganised?clause=point-6-2`)
    await expect(row('point-6-2').getByTestId('compare.cell').last()).toContainText('Deleted')
    // 1 → 3: 1.0's 6.2 is still the line the user set: through 1.1's 6.3 to its deletion, not on to 7.2.
    await page.goto(`/#/w/${workspace}/compare/cddl-1-0/reorganised?clause=point-6-2`)
    await expect(rowNumbers(page, 'point-6-2', /^CDDL 1\.0 6\.2 · Reorganised/)).toBeVisible()
    await expect(row('point-6-2').getByTestId('compare.cell').last()).toContainText('Deleted')
    // 1 → 2: the correction itself.
    await page.goto(`/#/w/${workspace}/compare/cddl-1-0/cddl-1-1?clause=point-6-2`)
    await expect(rowNumbers(page, 'point-6-2', 'CDDL 1.0 6.2 · CDDL 1.1 6.3')).toBeVisible()
  }
  await check()
  await page.reload()
  await check()
  await page.goto(`/#/w/${workspace}/versions`)
  await expect(page.locator('main')).toContainText('Reorganised')
  await expect(page.locator('main')).toContainText('CDDL 1.0')
})
