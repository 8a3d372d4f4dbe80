// Sharing a workspace: the file and the link, from the comparison or the list, opened in a colleague's browser.
import { readFileSync } from 'node:fs'
import { headerTitle } from './fixtures/appHeader.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'
import { rows } from './fixtures/comparePage.ts'
import { openDrafts, pasteTwoDrafts, rowWith, watchLateRequests } from './fixtures/workspaces.ts'

test.describe('your own drafts', () => {
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
    await expect(headerTitle(elsewhere, 'Ceasefire talks')).toBeVisible()
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
})
