/**
 * Links that travel: every export made in the browser carries full addresses that open the same
 * view, from the page's own address when the app was built without a published one. Pasted
 * into an email, printed, or opened from a spreadsheet, each link must work as it is.
 */
import { readFileSync } from 'node:fs'
import type { Download, Page } from '@playwright/test'
import { readZip } from '../src/domain/testing/readZip.ts'
import { parseCsv } from '../src/domain/testing/parseCsv.ts'
import { clauseLinks } from './fixtures/reportPage.ts'
import { expect, test } from './fixtures/test.ts'

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()])
  return file
}

const read = async (file: Download) => readFileSync((await file.path())!, 'utf8')

/** Every address-like thing in a text that is not a full http(s) address: a bare `#/…` route. */
const bareRoutes = (text: string) => text.match(/(?<![\w/.:-])#\/[\w/?=&,.-]*/g) ?? []

test.describe('every export carries links that open from anywhere', () => {
  test('Markdown and Word link each clause and the whole comparison by full address', async ({ page, baseURL }) => {
    const app = `${baseURL}/`
    await page.goto('/#/compare/us-28/e3?topics=military')
    await expect(page.getByTestId('compare.row').first()).toBeVisible()

    const markdown = await read(await download(page, 'Markdown'))
    expect(markdown).toContain(`Link: <${app}#/compare/us-28/e3?topics=military>`)
    expect(markdown).toContain(`](<${app}#/compare/us-28/e3?clause=army-size&topics=military>)`)
    expect(markdown).not.toContain('relative to wherever the app is served')
    expect(bareRoutes(markdown)).toEqual([])

    const docx = readZip(readFileSync((await (await download(page, 'Word (tracked changes)')).path())!))
    // A link's address is in the relationships; Word may keep its fragment apart (w:anchor) and join them on a click.
    const relations = new Map([...docx.get('word/_rels/document.xml.rels')!.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((match) => [match[1]!, match[2]!]))
    const targets = [...docx.get('word/document.xml')!.matchAll(/<w:hyperlink ([^>]*)>/g)].map(([, attributes]) => {
      const anchor = /w:anchor="([^"]*)"/.exec(attributes!)?.[1]
      const target = relations.get(/r:id="([^"]+)"/.exec(attributes!)![1]!)
      return `${target}${anchor === undefined ? '' : `#${anchor}`}`.replace(/&amp;/g, '&')
    })
    expect(targets).toContain(`${app}#/compare/us-28/e3?clause=army-size&topics=military`)
    expect(targets).toContain(`${app}#/compare/us-28/e3?topics=military`)
    expect(docx.get('word/document.xml')).not.toContain('relative to wherever the app is served')
  })

  test('the email summary goes on the clipboard as text and as HTML with clickable links', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const app = `${baseURL}/`
    await page.goto('/#/compare/us-28/e3')
    await page.getByRole('button', { name: 'Copy email summary' }).click()
    await expect(page.getByTestId('compare.export-status')).toHaveText('Summary copied: paste it into an email.')
    const { text, links } = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read()
      const html = new DOMParser().parseFromString(await (await item!.getType('text/html')).text(), 'text/html')
      const links = [...html.querySelectorAll('a')].map((link) => ({ href: link.getAttribute('href'), text: link.textContent }))
      return { text: await (await item!.getType('text/plain')).text(), links }
    })
    expect(text).toMatch(/^What changed from US 28-point to E3\n\d+ of 28 clauses changed\.\n/)
    expect(text).toContain(
      `• Size of Ukraine's armed forces: amended\n  Flag: Number changed: “600,000 personnel” → “800,000 personnel”\n  Army cap: 600,000, at all times → 800,000, in peacetime`,
    )
    expect(text).toContain(`  ${app}#/compare/us-28/e3?clause=army-size\n`)
    expect(bareRoutes(text)).toEqual([])
    expect(links).toContainEqual({ href: `${app}#/compare/us-28/e3?clause=army-size`, text: "Size of Ukraine's armed forces" })
    expect(links).toContainEqual({ href: `${app}#/compare/us-28/e3`, text: 'Open the full comparison' })
    expect(links.filter((link) => !link.href?.startsWith(app))).toEqual([])
  })

  test('where the browser takes no HTML on the clipboard, the plain text is copied', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/#/compare/us-28/e3')
    await page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'))
    })
    await page.getByRole('button', { name: 'Copy email summary' }).click()
    await expect(page.getByTestId('compare.export-status')).toHaveText('Summary copied: paste it into an email.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^What changed from US 28-point to E3\n/)
  })

  test('the matrix CSV and JSON link each term to its clause, and the JSON to the matrix', async ({ page, baseURL }) => {
    const app = `${baseURL}/`
    await page.goto('/#/matrix?topics=military')
    await expect(page.getByTestId('matrix.row').first()).toBeVisible()
    const records = parseCsv((await read(await download(page, 'Export CSV'))).replace(/^\uFEFF/, ''))
    const link = records[0]!.indexOf('Link')
    expect(link).toBeGreaterThan(0)
    expect(records.find((record) => record[0] === 'Army cap')![link]).toBe(`${app}#/compare/us-28/e3/geneva-19/ua-20?clause=army-size`)
    const json = JSON.parse(await read(await download(page, 'Export JSON')))
    expect(json.permalink).toBe(`${app}#/matrix?topics=military`)
    expect(json.terms[0].link).toBe(`${app}#/compare/us-28/e3/geneva-19/ua-20?clause=army-size`)
  })

  test('the printed report carries full links on its cover and on every clause', async ({ page, baseURL }) => {
    const app = `${baseURL}/`
    await page.goto('/#/report/us-28/e3?topics=military')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('link', { name: `${app}#/report/us-28/e3?topics=military` })).toBeVisible()
    await expect(page.getByTestId('report.links-relative')).toHaveCount(0)
    const links = await clauseLinks(page).allTextContents()
    expect(links.length).toBeGreaterThan(0)
    for (const text of links) expect(text).toMatch(new RegExp(`^Link: ${app.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#/compare/us-28/e3\\?clause=[a-z-]+&topics=military$`))
  })
})
