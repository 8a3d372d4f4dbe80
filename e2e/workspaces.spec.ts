import { readFileSync } from 'node:fs'
import type { Page, Request } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

const FIRST = `1. The armed forces are capped at 600,000 personnel.
2. Elections are held within 100 days of signature.
3. A joint commission oversees grain exports through the Black Sea.
4. <script>window.__pwned = true</script> Sanctions are lifted in stages.`

const SECOND = `1. Elections are held within 60 days of signature.
2. The armed forces are capped at 800,000 personnel in peacetime.
3. <script>window.__pwned = true</script> Sanctions are lifted in stages.
4. Frozen assets of US$100 billion fund reconstruction.`

declare global {
  interface Window {
    __pwned?: boolean
    __storageReads?: string[]
  }
}

/**
 * Records, from the page's start, the key of every read from the browser's IndexedDB on the page,
 * and every worker started to open a workspace from storage (it reads there).
 */
function watchStorageReads(page: Page) {
  return page.addInitScript(() => {
    window.__storageReads = []
    const get = IDBObjectStore.prototype.get
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      window.__storageReads?.push(String(key))
      return get.call(this, key)
    }
    const PageWorker = window.Worker
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        if (String(url).includes('workspaceWorker')) window.__storageReads?.push('workspace worker')
        super(url, options)
      }
    }
  })
}

/**
 * Records every request made after the page has loaded. Only the app's own lazily loaded
 * files (scripts, styles and workers under /assets/) may be fetched; a draft never is.
 */
function watchLateRequests(page: Page, origin: string) {
  const late: string[] = []
  const onRequest = (request: Request) => {
    const url = new URL(request.url())
    // The favicon is the app's own file too; Chromium asks for it again when the address changes.
    const ownAsset = url.origin === origin && (/^\/assets\/[\w.-]+\.(?:js|mjs|css)$/.test(url.pathname) || url.pathname === '/favicon.svg')
    // Reloading or opening a link loads the page itself: that is the user's doing, not a leak.
    const pageLoad = request.isNavigationRequest() && url.origin === origin
    if (!ownAsset && !pageLoad && url.protocol !== 'blob:') late.push(`${request.method()} ${request.url()}`)
  }
  return {
    start: () => page.on('request', onRequest),
    check: () => expect(late, 'requests after load other than the app’s own lazy files').toEqual([]),
  }
}

async function openDrafts(page: Page) {
  await page.goto('/#/workspaces')
  await expect(page.getByRole('heading', { level: 1, name: 'Your drafts' })).toBeVisible()
}

async function fillVersion(page: Page, index: number, name: string, date: string, text: string) {
  const version = page.getByTestId('workspaces.draft').nth(index)
  await version.getByLabel('Name').fill(name)
  await version.getByLabel('Date').fill(date)
  await version.getByLabel('Paste the text').fill(text)
}

async function pasteTwoDrafts(page: Page) {
  await page.getByLabel('Workspace name').fill('Ceasefire talks')
  await fillVersion(page, 0, 'Monday draft', '2026-03-02', FIRST)
  await fillVersion(page, 1, 'Friday draft', '2026-03-06', SECOND)
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByTestId('workspaces.split')).toHaveCount(2)
  await page.getByRole('button', { name: 'Align the versions' }).click()
  await expect(page.getByTestId('workspaces.alignment')).toHaveCount(1)
}

const rows = (page: Page) => page.getByTestId('compare.row')
const rowWith = (page: Page, text: string) => rows(page).filter({ hasText: text })

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

  test('reload and find the workspace; export it, delete everything, import the export and get the same comparison', async ({ page, baseURL }, testInfo) => {
    const network = watchLateRequests(page, new URL(baseURL!).origin)
    await watchStorageReads(page)
    await openDrafts(page)
    network.start()
    await pasteTwoDrafts(page)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(rows(page)).toHaveCount(5)
    const link = page.url()
    const id = /#\/w\/(ws-[a-z0-9]{8})\//.exec(link)?.[1] ?? ''
    const before = await rows(page).allInnerTexts()
    // The comparison opens from what was checked on saving: storage is not read back.
    expect(await page.evaluate(() => window.__storageReads)).not.toContain(id)
    expect(await page.evaluate(() => window.__storageReads)).not.toContain('workspace worker')

    // A new page reads it from storage, and checks it again.
    await page.reload()
    await expect(rows(page)).toHaveCount(5)
    expect(await rows(page).allInnerTexts()).toEqual(before)
    expect(await page.evaluate(() => window.__storageReads)).toContain('workspace worker')
    await expect(page.getByTestId('negotiation.picker')).toHaveValue(/^w:ws-/)

    await page.getByRole('link', { name: 'Your drafts' }).click()
    const item = page.getByTestId('workspaces.item').filter({ hasText: 'Ceasefire talks' })
    await expect(item).toContainText('Monday draft → Friday draft')
    const download = page.waitForEvent('download')
    await item.getByRole('button', { name: 'Export Ceasefire talks' }).click()
    const file = testInfo.outputPath('exported.json')
    await (await download).saveAs(file)

    await page.getByRole('button', { name: 'Delete everything' }).click()
    await page.getByRole('button', { name: 'Yes, delete every workspace' }).click()
    await expect(page.getByText('None yet.')).toBeVisible()

    // A broken file changes nothing and says where it is broken.
    await page.getByLabel('Import a workspace file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "versions": [,]\n}') })
    await expect(page.getByTestId('workspaces.message')).toContainText('broken.json: Not valid JSON at line 2, column 16')
    await expect(page.getByText('None yet.')).toBeVisible()

    await page.getByLabel('Import a workspace file').setInputFiles(file)
    await expect(page.getByTestId('workspaces.message')).toContainText('Imported “Ceasefire talks”')
    await page.goto(link)
    await expect(rows(page)).toHaveCount(5)
    expect(await rows(page).allInnerTexts()).toEqual(before)
    network.check()
  })

  test('a workspace damaged in this tab’s storage opens as damaged, and the other workspaces stay listed', async ({ page }) => {
    await openDrafts(page)
    await pasteTwoDrafts(page)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(rows(page)).toHaveCount(5)
    await page.evaluate(() => {
      sessionStorage.setItem('peace-plan-diff.workspace.ws-damaged', JSON.stringify({ id: 'ws-damaged', name: 'Damaged', savedAt: '2026-01-01T00:00:00Z', keeping: 'tab' }))
      sessionStorage.setItem('peace-plan-diff.workspace.ws-cut', '{"id": "ws-cut", "name": "Cut sh')
    })
    for (const id of ['ws-damaged', 'ws-cut']) {
      await page.goto(`/#/w/${id}/`)
      await expect(page.getByText(`The workspace “${id}” is stored here but could not be read. Import it again from an exported file.`)).toBeVisible()
    }
    await page.goto('/#/workspaces')
    await expect(page.getByTestId('workspaces.item')).toHaveCount(1)
    await expect(page.getByTestId('workspaces.item')).toContainText('Ceasefire talks')
  })

  test('share a workspace: one action gives the file and the link; a colleague opens the link, imports the file right there and lands on the same clause', async ({
    page,
    context,
    browser,
    baseURL,
  }, testInfo) => {
    const origin = new URL(baseURL!).origin
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
    const network = watchLateRequests(page, origin)
    await openDrafts(page)
    network.start()
    await pasteTwoDrafts(page)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(rows(page)).toHaveCount(5)
    const id = /#\/w\/(ws-[0-9a-f]+)\//.exec(page.url())![1]!
    const clause = (await rowWith(page, 'Frozen assets').getAttribute('data-clause'))!
    await page.goto(`${page.url()}?clause=${clause}`)
    await expect(rowWith(page, 'Frozen assets')).toHaveAttribute('aria-current', 'true')

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Share this workspace' }).click()
    const shared = await download
    expect(shared.suggestedFilename()).toBe(`${id}.json`)
    const file = testInfo.outputPath(shared.suggestedFilename())
    await shared.saveAs(file)
    await expect(page.getByRole('status').filter({ hasText: `Saved ${id}.json to your downloads and copied a message with the link` })).toBeVisible()
    const message = await page.evaluate(() => navigator.clipboard.readText())
    await expect(page.getByTestId('workspace.share-message')).toHaveValue(message)
    const link = /https?:\/\/\S+/.exec(message)![0]
    expect(link).toBe(page.url())
    expect(message).toContain(`save the attached file ${id}.json, open the link, and choose “Import the workspace file”`)
    await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 390, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('button', { name: 'Share this workspace' })).toBeFocused()
    network.check()

    // A colleague's browser, without the workspace.
    const fresh = await browser.newContext()
    const elsewhere = await fresh.newPage()
    const theirs = watchLateRequests(elsewhere, origin)
    await elsewhere.goto(link)
    theirs.start()
    await expect(elsewhere.getByRole('heading', { level: 1, name: 'This comparison is not in this browser' })).toBeVisible()
    await expect(elsewhere.getByText('they live only in the browser where they were made')).toBeVisible()
    await expect(elsewhere.getByRole('listitem').filter({ hasText: 'Ask whoever sent the link for the workspace file' })).toContainText(`it is named ${id}.json`)
    await expect(elsewhere.getByTestId('compare.row')).toHaveCount(0)
    expect(elsewhere.url()).toBe(link)
    await expectNoAxeViolations(elsewhere)

    // A file that is not the workspace changes nothing and says why, in place.
    await elsewhere.getByLabel('Import the workspace file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"versions": 3}') })
    await expect(elsewhere.getByRole('alert').filter({ hasText: 'Nothing was imported. notes.json has these problems:' })).toBeVisible()

    await elsewhere.getByLabel('Import the workspace file').setInputFiles(file)
    const current = elsewhere.locator(`[data-testid="compare.row"][data-clause="${clause}"]`)
    await expect(current).toHaveAttribute('aria-current', 'true')
    await expect(current).toContainText('Frozen assets of US$100 billion fund reconstruction.')
    await expect(rows(elsewhere)).toHaveCount(5)
    expect(elsewhere.url()).toBe(link)

    // The same file again is the same workspace: opened, not duplicated. A different workspace
    // under the same id is kept as a copy beside it, and the link still opens the first.
    await elsewhere.goto('/#/workspaces')
    await elsewhere.getByLabel('Import a workspace file').setInputFiles(file)
    await expect(elsewhere.getByTestId('workspaces.message')).toContainText('“Ceasefire talks” is already in this browser, exactly as in the file; nothing was changed.')
    await expect(elsewhere.getByTestId('workspaces.item')).toHaveCount(1)
    await expect(elsewhere.getByTestId('workspaces.message').getByRole('link', { name: 'Open “Ceasefire talks”' })).toHaveAttribute('href', `#/w/${id}`)
    const edited = JSON.parse(readFileSync(file, 'utf8')) as { negotiation: { title: string } }
    edited.negotiation.title = 'Ceasefire talks, edited elsewhere'
    await elsewhere.getByLabel('Import a workspace file').setInputFiles({ name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) })
    await expect(elsewhere.getByTestId('workspaces.message')).toContainText(`Imported “Ceasefire talks, edited elsewhere” as a copy, under the new id`)
    await expect(elsewhere.getByTestId('workspaces.message')).toContainText(`a different workspace under “${id}”, and it was left as it was`)
    await expect(elsewhere.getByTestId('workspaces.item')).toHaveCount(2)
    await elsewhere.goto(link)
    await expect(elsewhere.locator('.app-header__title')).toHaveText('Ceasefire talks')
    await expect(current).toHaveAttribute('aria-current', 'true')
    theirs.check()
    await fresh.close()
  })

  test('share from the list of workspaces: the file, and a link to the workspace', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin })
    await openDrafts(page)
    await pasteTwoDrafts(page)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    await expect(rows(page)).toHaveCount(5)
    const id = /#\/w\/(ws-[0-9a-f]+)\//.exec(page.url())![1]!
    await page.getByRole('link', { name: 'Your drafts' }).click()
    const item = page.getByTestId('workspaces.item').filter({ hasText: 'Ceasefire talks' })
    const download = page.waitForEvent('download')
    await item.getByRole('button', { name: 'Share Ceasefire talks' }).click()
    expect((await download).suggestedFilename()).toBe(`${id}.json`)
    await expect(item.getByRole('status')).toContainText(`Saved ${id}.json to your downloads and copied a message with the link`)
    const message = await page.evaluate(() => navigator.clipboard.readText())
    expect(message.split('\n')[0]).toBe(`“Ceasefire talks”, compared in peace-plan-diff: ${new URL(baseURL!).origin}/#/w/${id}`)
    await expectNoAxeViolations(page)
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
