/**
 * A team's own negotiation: a workspace made in the browser from real texts (the Artistic
 * License 1.0 as Word, 2.0 as PDF), exported, turned into a data folder by `npm run import`,
 * built with the app, and opened by its deep link at `#/n/<folder>/compare/…?clause=…`, where
 * the same clause shows the same text as in the workspace.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { headerTitle } from './fixtures/appHeader.ts'
import { expect, expectNoAxeViolations, test } from './fixtures/test.ts'

test('a workspace exported from the browser becomes a data folder with npm run import, builds, and its link opens the same clause', async ({ page, browser }, testInfo) => {
  test.setTimeout(360_000)
  await page.goto('/#/workspaces')
  await page.getByLabel('Workspace name').fill('Licence talks')
  const drafts = page.getByTestId('workspaces.draft')
  await drafts.nth(0).getByLabel(/open a file/).setInputFiles('eval/drafts/corpus/artistic-1.0.docx')
  await expect(drafts.nth(0).getByLabel('Paste the text')).toHaveValue(/The Artistic License/)
  await drafts.nth(0).getByLabel('Date').fill('2026-03-02')
  await drafts.nth(1).getByLabel(/open a file/).setInputFiles('eval/drafts/corpus/artistic-2.0.pdf')
  await expect(drafts.nth(1).getByLabel('Paste the text')).toHaveValue(/Artistic License 2\.0/)
  await drafts.nth(1).getByLabel('Date').fill('2026-03-06')
  await page.getByRole('button', { name: 'Split into clauses' }).click()
  await expect(page.getByRole('heading', { name: 'Check how each text was split' })).toBeVisible()
  await page.getByRole('button', { name: 'Align the versions' }).click()
  await expect(page.getByRole('heading', { name: 'Check which clauses match' })).toBeVisible()
  await page.getByRole('button', { name: 'Save and compare' }).click()
  const rows = page.getByTestId('compare.row')
  await expect(rows.first()).toBeVisible()

  // One clause, by its link in the workspace.
  const row = rows.filter({ hasText: 'aggregate the Package' }).first()
  const clause = (await row.getAttribute('data-clause'))!
  const versions = /#\/w\/ws-[0-9a-f]+\/compare\/([^?]+)/.exec(page.url())![1]!
  await page.goto(`${page.url()}?clause=${clause}`)
  await expect(row).toHaveAttribute('aria-current', 'true')
  // Read once the substantive-change flags are drawn: they come a moment after the rows.
  await expect(page.getByTestId('flags.key-changes')).not.toHaveAttribute('aria-busy', 'true')
  const inWorkspace = await row.innerText()

  await page.getByRole('link', { name: 'Your drafts' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Licence talks' }).click()
  const exported = testInfo.outputPath('workspace.json')
  await (await download).saveAs(exported)

  // A copy of the app, as a team would have it; node_modules is shared.
  const copy = mkdtempSync(join(tmpdir(), 'ppd-team-'))
  for (const entry of ['index.html', 'vite.config.ts', 'build', 'package.json', 'src', 'data', 'public', 'scripts']) cpSync(entry, join(copy, entry), { recursive: true })
  symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'))
  const imported = spawnSync(process.execPath, ['scripts/import-drafts.mjs', exported, '--out', 'data/licence-talks'], { cwd: copy, encoding: 'utf8', timeout: 120_000 })
  expect(imported.status, imported.stderr).toBe(0)
  expect(imported.stdout).toContain('#/n/licence-talks/compare/')
  // Never over an existing folder without --force.
  const again = spawnSync(process.execPath, ['scripts/import-drafts.mjs', exported, '--out', 'data/licence-talks'], { cwd: copy, encoding: 'utf8', timeout: 120_000 })
  expect(again.status).toBe(2)
  expect(again.stderr).toContain('data/licence-talks already exists; nothing was written')
  expect(readdirSync(join(copy, 'data')).sort()).toEqual(['CHANGELOG.md', 'README.md', 'licence-talks', 'ukraine-2025'])

  const built = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: copy, encoding: 'utf8', timeout: 240_000 })
  expect(built.status, built.stderr).toBe(0)
  const port = Number(process.env.E2E_PORT ?? 4174) + 60
  const server = spawn(process.execPath, [join(process.cwd(), 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort'], { cwd: copy, stdio: 'pipe' })
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200)
    const context = await browser.newContext()
    const team = await context.newPage()
    await team.goto(`http://127.0.0.1:${port}/#/n/licence-talks/compare/${versions}?clause=${clause}`)
    const same = team.locator(`[data-testid="compare.row"][data-clause="${clause}"]`)
    await expect(same).toHaveAttribute('aria-current', 'true')
    await expect(same).toHaveText(inWorkspace, { useInnerText: true })
    await expect(headerTitle(team, 'Licence talks')).toBeVisible()
    // Labelled as the team's own drafts, never as published text or our paraphrase.
    await expect(team.locator('footer')).toContainText('These are a team’s own drafts, published at this address from their files')
    await expect(team.locator('main')).toContainText('Own draft, from artistic-2.0.pdf')
    await expect(team.locator('main')).not.toContainText('Published text')
    await team.screenshot({ path: testInfo.outputPath('team-folder.png') })
    await expectNoAxeViolations(team)
    // The bundled negotiation is still there, at its own links.
    await team.goto(`http://127.0.0.1:${port}/#/n/ukraine-2025/compare/us-28/e3?clause=army-size`)
    await expect(team.locator('[data-testid="compare.row"][data-clause="army-size"]')).toHaveAttribute('aria-current', 'true')
    await context.close()
  } finally {
    server.kill()
  }
})
