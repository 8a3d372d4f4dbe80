// Exports from the compare view: the Word file with tracked changes, the Markdown file and the email summary.
import { readFileSync } from 'node:fs'
import { readZip } from '../src/domain/testing/readZip.ts'
import { expect, test } from './fixtures/test.ts'

test.describe('exports from the compare view', () => {
  test('Word export: each change is a tracked revision by the E3 drafters, and the library loads only on export', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto('/#/compare/us-28/e3?topics=military')
    await expect(page.getByTestId('compare.row').first()).toBeVisible()
    const before = scripts.length
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (tracked changes)' }).click()])
    expect(download.suggestedFilename()).toBe('comparison-us-28-e3.docx')
    expect(scripts.length, 'the Word library is a separate script, fetched on export').toBeGreaterThan(before)
    const xml = readZip(readFileSync((await download.path())!)).get('word/document.xml')!
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="The national security advisers of the UK, France and Germany \(the E3\)" w:date="2025-11-23T00:00:00Z"><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:delText[^>]*>600,000<\/w:delText>/)
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="[^"]+" w:date="2025-11-23T00:00:00Z"><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>800,000<\/w:t>/)
    // Filtered as in the URL: only the military clauses.
    expect(xml).toContain('Filters: topics: Armed forces')
    await expect(page.getByTestId('compare.export-status')).toHaveText('Word document saved, with each change as a tracked change.')
  })

  test('Markdown export and the email summary describe the comparison shown', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/#/compare/us-28/e3?changed=1')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()])
    expect(download.suggestedFilename()).toBe('comparison-us-28-e3.md')
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toContain('# Comparison: US 28-point → E3')
    expect(markdown).toContain('capped at ~~600,000~~**800,000** personnel **in peacetime**.')
    expect(markdown).toContain(`](<${baseURL}/#/compare/us-28/e3?clause=army-size&changed=1>)`)

    await page.getByRole('button', { name: 'Copy email summary' }).click()
    await expect(page.getByTestId('compare.export-status')).toHaveText('Summary copied: paste it into an email.')
    const email = await page.evaluate(() => navigator.clipboard.readText())
    const changedRows = await page.getByTestId('compare.row').count()
    expect(email.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(changedRows)
    expect(email).toContain(
      "• Size of Ukraine's armed forces: amended\n  Flag: Number changed: “600,000 personnel” → “800,000 personnel”\n  Army cap: 600,000, at all times → 800,000, in peacetime",
    )
    expect(email).toContain(`  ${baseURL}/#/compare/us-28/e3?clause=army-size&changed=1`)
  })
})
