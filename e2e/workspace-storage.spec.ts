// A saved workspace: read back from storage on reload, exported and imported again, or found damaged there.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test.ts'
import { rows } from './fixtures/comparePage.ts'
import { openDrafts, pasteTwoDrafts, watchLateRequests } from './fixtures/workspaces.ts'

declare global {
  interface Window {
    __storageReads?: string[]
  }
}

/**
 * The comparison's five rows as read, once drawn in full: the substantive-change flags come a
 * moment after the rows (their rules load after the first view), so reading at once raced them.
 */
async function comparedRows(page: Page) {
  await expect(rows(page)).toHaveCount(5)
  await expect(rows(page).filter({ hasText: 'armed forces' }).getByTestId('flags.cell-flag')).toHaveText('Number changed: “600,000 personnel” → “800,000 personnel”')
  return rows(page).allInnerTexts()
}

/**
 * Records, from the page's start, every read from the browser's IndexedDB on the page (the key
 * read, or every workspace for a list), and every workspace a worker is asked to open from storage.
 */
function watchStorageReads(page: Page) {
  return page.addInitScript(() => {
    window.__storageReads = []
    const get = IDBObjectStore.prototype.get
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      window.__storageReads?.push(String(key))
      return get.call(this, key)
    }
    const getAll = IDBObjectStore.prototype.getAll
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      window.__storageReads?.push('every workspace, on the page')
      return getAll.apply(this, args)
    }
    const PageWorker = window.Worker
    window.Worker = class extends PageWorker {
      override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
        const opens = typeof message === 'object' && message !== null && 'id' in message && 'inTab' in message
        if (opens) window.__storageReads?.push(`worker opens ${String(message.id)}`)
        super.postMessage(message, options as StructuredSerializeOptions)
      }
    }
  })
}

test.describe('your own drafts', () => {
  test('reload and find the workspace; export it, delete everything, import the export and get the same comparison', async ({ page, baseURL }, testInfo) => {
    const network = watchLateRequests(page, new URL(baseURL!).origin)
    await watchStorageReads(page)
    await openDrafts(page)
    network.start()
    await pasteTwoDrafts(page)
    await page.getByRole('button', { name: 'Save and compare' }).click()
    const before = await comparedRows(page)
    const link = page.url()
    const id = /#\/w\/(ws-[a-z0-9]{8})\//.exec(link)?.[1] ?? ''
    // The comparison opens from what was checked on saving: storage is not read back.
    expect(await page.evaluate(() => window.__storageReads)).not.toContain(id)
    expect(await page.evaluate(() => window.__storageReads)).not.toContain(`worker opens ${id}`)

    // A new page reads it from storage, and checks it again.
    await page.reload()
    expect(await comparedRows(page)).toEqual(before)
    expect(await page.evaluate(() => window.__storageReads)).toContain(`worker opens ${id}`)
    await expect(page.getByTestId('negotiation.picker')).toHaveValue(/^w:ws-/)
    // The workspace is read off the page, and the list reads summaries only: reading every workspace
    // whole for the list held the page for 80–200 ms with a long one.
    expect((await page.evaluate(() => window.__storageReads))?.filter((read) => read !== `summary/${id}`)).toEqual([`worker opens ${id}`])

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
    expect(await comparedRows(page)).toEqual(before)
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
})
