import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { clauseLinks, clauseSections } from './fixtures/reportPage.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'
import { readZip } from '../src/domain/testing/readZip.ts'

const hasLibreOffice = spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0
const hasPoppler = spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdfinfo'], { stdio: 'ignore' }).status === 0
const workDir = mkdtempSync(join(tmpdir(), 'ppd-report-'))

function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : []
  return execFileSync('pdftotext', ['-layout', ...range, path, '-'], { encoding: 'utf8' })
}

function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' }
}

async function printToPdf(page: Page, url: string, name: string): Promise<string> {
  await page.goto(url)
  await expect(page.getByTestId('report.document')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const path = join(workDir, name)
  await page.pdf({ path, printBackground: true, preferCSSPageSize: true })
  return path
}

/** Collapses runs of spaces and line breaks so phrases can be matched across wrapped lines. */
const squash = (text: string) => text.replace(/\s+/g, ' ')

test.describe('printable report', () => {
  test('"Print report" in the compare view opens the report for the current state', async ({ page }) => {
    await page.goto('/#/compare/us-28/ua-20?topics=nato&changed=1')
    await page.getByRole('link', { name: 'Print report' }).click()
    await expect(page).toHaveURL(/#\/report\/us-28\/ua-20\?topics=nato&changed=1$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparison report: US 28-point → 20-point')
    const clauses = await page.getByTestId('report.clause').evaluateAll((list) => list.map((el) => el.getAttribute('data-clause')))
    // Clauses the 20-point account does not mention are not known to have changed (NATO troops);
    // those reported moved to a separate track are.
    expect(clauses).toEqual(['no-invasion-no-expansion', 'russia-nato-dialogue', 'nato-membership', 'fighter-jets-poland'])
    await expect(page.getByTestId('report.filters')).toContainText('topics: NATO; only clauses that changed')
  })

  test('prints without the app around it, and marks changes by strike and underline, not colour', async ({ page }) => {
    await page.goto('/#/report/us-28/e3')
    await expect(page.getByTestId('report.document')).toBeVisible()
    // Found hidden too, so that "hidden" means hidden by print, not missing.
    const appHeader = page.getByRole('banner', { includeHidden: true })
    const printButton = page.getByRole('button', { name: 'Print or save as PDF', includeHidden: true })
    await expect(appHeader).toBeVisible()
    await expect(printButton).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(appHeader).toBeHidden()
    await expect(printButton).toBeHidden()
    await expect(clauseSections(page).locator('del').first()).toHaveCSS('text-decoration-line', 'line-through')
    await expect(clauseSections(page).locator('ins').first()).toHaveCSS('text-decoration-line', 'underline')
  })

  test('without a published address, links start with the address the report was opened at', async ({ page, baseURL }) => {
    await page.goto('/#/report/us-28/e3?topics=military')
    await expect(clauseLinks(page).first()).toHaveText(new RegExp(`^Link: ${baseURL}/#/compare/us-28/e3\\?clause=[a-z-]+&topics=military$`))
    await expect(page.getByTestId('report.links-relative')).toHaveCount(0)
  })

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/#/report/us-28/e3/geneva-19/ua-20?topics=military')
    await expect(page.getByTestId('report.document')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test.describe('as a PDF', () => {
    test.skip(!hasPoppler, 'pdftotext and pdfinfo (poppler-utils) are not installed')

    test('has the cover, summary figures, clauses and references, on a sensible number of A4 pages', async ({ page }) => {
      const pdf = await printToPdf(page, '/#/report/us-28/e3?paper=a4', 'us-e3.pdf')
      const { pages, size } = pdfInfo(pdf)
      expect(size).toContain('A4')
      expect(pages).toBeGreaterThanOrEqual(8)
      expect(pages).toBeLessThanOrEqual(30)
      const text = squash(pdfText(pdf))
      // Cover
      expect(text).toContain('Comparison report: US 28-point → E3')
      expect(text).toMatch(/US 28-point draft\b[\s\S]*\(us-28\)/)
      expect(text).toMatch(/E3 counterproposal\b[\s\S]*\(e3\)/)
      expect(text).toMatch(/Generated \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/)
      expect(text).toContain('#/report/us-28/e3?paper=a4')
      // No one-line stubs: the first version's text is printed once, in the redline against it.
      expect(text).not.toContain('appears in the redline')
      // Summary: E3 against the US draft is 11 kept, 16 amended, 1 deleted.
      // The row heading may wrap around the figures ("E3 vs … US 28-point").
      expect(text).toMatch(/E3 vs[\s\S]{0,20}?\s11\s+16\s+1\s+0\s+0\s+0\s+0\s+0\s+0/)
      expect(text).toMatch(/Army cap\s+600,000, at all times\s+800,000, in peacetime — changed:/)
      // Clauses and legend
      expect(text).toContain("Size of Ukraine's armed forces — US 28-point 6, E3 6")
      expect(text).toContain('How to read this report')
      expect(text).toContain('Struck-through words were removed')
      // References: numbered, with the sources' addresses
      expect(text).toMatch(/References\s+1\. LIGA\.net/)
      // A long address may wrap anywhere in the PDF's text layer.
      expect(text.replace(/\s+/g, '')).toContain('https://tass.com/world/2047587')
      expect(text).toMatch(/\d+\. 5channel \(5ch\.net\) military board, about 24 Nov 2025 \[Anonymous forum\]\. Forum post/)
      // Running header and page numbers from CSS paged media
      expect(squash(pdfText(pdf, 2))).toContain('Comparison report: US 28-point → E3')
      expect(squash(pdfText(pdf, 2))).toContain(`Page 2 of ${pages}`)
    })

    test('landscape lays four versions out in columns on fewer, wider pages', async ({ page }) => {
      const portrait = await printToPdf(page, '/#/report/us-28/e3/geneva-19/ua-20?paper=a4', 'four-portrait.pdf')
      const landscape = await printToPdf(page, '/#/report/us-28/e3/geneva-19/ua-20?paper=a4&orientation=landscape', 'four-landscape.pdf')
      const [width, height] = /([\d.]+) x ([\d.]+) pts/.exec(pdfInfo(landscape).size)!.slice(1).map(Number)
      expect(width).toBeGreaterThan(height!)
      expect(pdfInfo(landscape).pages).toBeLessThan(pdfInfo(portrait).pages)
      await page.emulateMedia({ media: 'screen' })
      const columns = page.locator('[data-clause="army-size"] .report-clause__cells--4 > .report-cell')
      await expect(columns).toHaveCount(4)
      const tops = await columns.evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)))
      expect(new Set(tops).size, 'the four versions sit side by side').toBe(1)
    })

    test('never splits a clause across two pages when it fits on one', async ({ page }) => {
      const pdf = await printToPdf(page, '/#/report/us-28/e3/ua-20?paper=letter', 'three-way.pdf')
      const { pages, size } = pdfInfo(pdf)
      expect(size).toContain('letter')
      const pageTexts = Array.from({ length: pages }, (_, i) => squash(pdfText(pdf, i + 1)))
      // Lay the report out at the Letter page's content box (8.5 × 11 in less 15 mm and 18 mm margins)
      // to learn which clauses can fit on one page at all.
      const contentHeight = 11 * 96 - (36 / 25.4) * 96
      await page.setViewportSize({ width: Math.floor(8.5 * 96 - (30 / 25.4) * 96), height: Math.floor(contentHeight) })
      const clauses = await page.getByTestId('report.clause').evaluateAll((list) =>
        list.map((el) => ({
          title: el.querySelector('h3')!.childNodes[0]!.textContent!,
          id: el.getAttribute('data-clause')!,
          height: el.getBoundingClientRect().height,
        })),
      )
      expect(clauses.length).toBeGreaterThan(20)
      let checked = 0
      for (const { title, id, height } of clauses) {
        const startPage = pageTexts.findIndex((text) => text.includes(`${title} — US 28-point`))
        // Each clause ends with its own deep link, so its last line identifies it uniquely.
        const endPage = pageTexts.findIndex((text) => text.includes(`clause=${id}`))
        expect(startPage, `start of ${id}`).toBeGreaterThanOrEqual(0)
        if (height < contentHeight * 0.95) {
          expect(endPage, `${id} (${Math.round(height)}px) split across pages`).toBe(startPage)
          checked += 1
        } else {
          expect(endPage - startPage, `${id} is longer than a page`).toBeLessThanOrEqual(Math.ceil(height / contentHeight))
        }
      }
      expect(checked).toBeGreaterThan(20)
    })

    test('the command line writes the same report to PDF', async () => {
      const out = join(workDir, 'cli.pdf')
      const result = spawnSync('node', ['scripts/report.mjs', 'us-28', 'geneva-19', '--topics', 'amnesty,military', '--paper', 'letter', '--base-url', 'https://diff.example.org/', '--no-build', '--out', out], {
        encoding: 'utf8',
      })
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      expect(result.stdout).toContain(`wrote ${out} (3 clauses`)
      const { pages, size } = pdfInfo(out)
      expect(pages).toBeGreaterThan(0)
      expect(size).toContain('letter')
      const text = squash(pdfText(out))
      expect(text).toContain('Comparison report: US 28-point → Geneva 19-point')
      expect(text).toContain('topics: Armed forces, Amnesty')
      expect(text).toContain('Amnesty — US 28-point 26, Geneva 19-point –')
      expect(text).toContain('Stefanishyna')
      // Links on paper lead to the published app.
      expect(text).toContain('https://diff.example.org/#/compare/us-28/geneva-19?clause=army-size&topics=military,amnesty')
      expect(text).not.toContain('relative to wherever the app is served')
    })
  })

  test.describe('Word from the command line', () => {
    test('writes a .docx with tracked changes that LibreOffice opens and prints', async () => {
      test.setTimeout(180_000)
      const out = join(workDir, 'us-e3.docx')
      const result = spawnSync('node', ['scripts/report.mjs', 'us-28', 'e3', '--format', 'docx', '--no-build', '--out', out], { encoding: 'utf8' })
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      expect(result.stdout).toContain(`wrote ${out} (28 clauses, us-28 → e3, docx)`)
      const xml = readZip(readFileSync(out)).get('word/document.xml')!
      expect(xml.match(/<w:del w:id=/g)!.length).toBeGreaterThan(20)
      expect(xml.match(/<w:ins w:id=/g)!.length).toBeGreaterThan(20)
      // Without --base-url or a published address, links are routes: never the command's own local server.
      expect(xml).not.toContain('127.0.0.1')
      expect(xml).toContain('relative to wherever the app is served')

      test.skip(!hasLibreOffice || !hasPoppler, 'LibreOffice (apt-get install libreoffice-writer-nogui) or poppler-utils is not installed')
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${workDir}/lo-profile`, '--convert-to', 'pdf', '--outdir', workDir, out], { stdio: 'ignore', timeout: 150_000 })
      const pdf = join(workDir, 'us-e3.pdf')
      expect(pdfInfo(pdf).pages).toBeGreaterThan(5)
      const text = squash(pdfText(pdf))
      expect(text).toContain('Comparison: US 28-point → E3')
      expect(text).toContain('Tracked changes against US 28-point:')
      // With changes shown, both the struck and the inserted figure are on the page.
      expect(text).toMatch(/capped at 600,000\s*800,000 personnel/)
    })
  })

  test('the command line fails cleanly on bad arguments', async () => {
    const run = (...args: string[]) => spawnSync('node', ['scripts/report.mjs', ...args], { encoding: 'utf8' })
    const unknownVersion = run('us-28', 'e9', '--out', join(workDir, 'x.pdf'))
    expect(unknownVersion.status).toBe(2)
    expect(unknownVersion.stderr).toContain('report: unknown version "e9". Available:')
    const unwritable = run('us-28', 'e3', '--out', '/nonexistent-folder/report.pdf')
    expect(unwritable.status).toBe(2)
    expect(unwritable.stderr).toContain('cannot write to /nonexistent-folder/report.pdf: the folder /nonexistent-folder does not exist')
    const notPdf = run('us-28', 'e3', '--out', join(workDir, 'report.txt'))
    expect(notPdf.status).toBe(2)
    expect(notPdf.stderr).toContain('must end in .pdf')
    const oneVersion = run('us-28')
    expect(oneVersion.status).toBe(2)
    expect(oneVersion.stderr).toContain('name at least two versions')
    const badTopic = run('us-28', 'e3', '--topics', 'weather')
    expect(badTopic.status).toBe(2)
    expect(badTopic.stderr).toContain('unknown topic "weather"')
  })
})
