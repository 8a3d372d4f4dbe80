/**
 * The scripts around the app: the browser check and the report
 * command's guards on where it writes. They run as Node processes, as a user or CI runs them.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { findChromium } from '../scripts/browser-path.mjs'

const workDir = mkdtempSync(join(tmpdir(), 'ppd-tooling-'))

test('the browser check names every PDF tool the tests use when one is missing', () => {
  const chromium = findChromium()
  test.skip(!chromium, 'no Chromium on this machine')
  // A PATH with a shell and two of the three poppler tools, and no apt-get, so nothing is installed.
  const bin = join(workDir, 'bin')
  mkdirSync(bin, { recursive: true })
  for (const tool of ['sh', 'pdftotext', 'pdftoppm']) symlinkSync(spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), join(bin, tool))
  const result = spawnSync(process.execPath, ['scripts/ensure-browser.mjs'], {
    encoding: 'utf8',
    env: { PATH: bin, CHROMIUM_PATH: chromium!.executablePath },
  })
  expect(result.stderr).toContain('pdfinfo is missing')
  expect(result.stderr).not.toContain('pdftoppm is missing')
})

test.describe('report command output guards', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/report.mjs', 'us-28', 'e3', '--no-build', ...args], { encoding: 'utf8', timeout: 60_000 })

  test('refuses to write under /proc or /sys with exit code 2', () => {
    for (const out of ['/proc/self/report.pdf', '/sys/kernel/report.pdf']) {
      const result = run('--out', out)
      expect(result.status, result.stderr).toBe(2)
      expect(result.stderr).toContain('report: ')
      expect(result.stderr).toContain(out)
    }
  })

  test('never follows a symlink to overwrite its target', () => {
    const target = join(workDir, 'precious.txt')
    writeFileSync(target, 'keep me')
    const link = join(workDir, 'link.pdf')
    symlinkSync(target, link)
    const result = run('--out', link)
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toContain('symbolic link')
    expect(readFileSync(target, 'utf8')).toBe('keep me')
  })

  test('fails on a --query over the limit instead of cutting it silently', () => {
    const result = run('--query', 'x'.repeat(201), '--out', join(workDir, 'long.pdf'))
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--query is longer than 200 characters')
  })
})

test.describe('what the build publishes', () => {
  /** A copy of the app to build, with data/ changed by `edit`; node_modules is shared. */
  function buildCopy(edit: (dataDir: string) => void) {
    const copy = mkdtempSync(join(tmpdir(), 'ppd-build-'))
    for (const entry of ['index.html', 'vite.config.ts', 'build', 'package.json', 'src', 'data', 'public', 'scripts']) cpSync(entry, join(copy, entry), { recursive: true })
    symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'))
    edit(join(copy, 'data'))
    const result = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: copy, encoding: 'utf8', timeout: 180_000 })
    const shipped = result.status === 0 ? readdirSync(join(copy, 'dist/assets')).map((name) => readFileSync(join(copy, 'dist/assets', name), 'utf8')).join('\n') : ''
    return { ...result, shipped }
  }

  for (const { name, folder, index } of [
    { name: 'a private data folder (its name starts with "_") is not in the build', folder: '_private-notes', index: false },
    { name: 'with data/index.json, a data folder it does not list is not in the build', folder: 'private-notes', index: true },
  ]) {
    test(name, () => {
      test.setTimeout(240_000)
      const { status, stderr, shipped } = buildCopy((data) => {
        if (index) writeFileSync(join(data, 'index.json'), JSON.stringify({ negotiations: ['ukraine-2025'] }))
        cpSync(join(data, 'ukraine-2025'), join(data, folder), { recursive: true })
        const negotiation = join(data, folder, 'negotiation.json')
        writeFileSync(negotiation, readFileSync(negotiation, 'utf8').replace('"summary": "', '"summary": "PRIVATE-DECOY-7f3a '))
      })
      expect(status, stderr).toBe(0)
      expect(shipped.includes('US 28-point'), 'the published negotiation is in dist/').toBe(true)
      expect(shipped.includes('PRIVATE-DECOY-7f3a'), 'text of the unpublished folder is in dist/').toBe(false)
      expect(shipped.includes(folder), 'the unpublished folder is named in dist/').toBe(false)
    })
  }

  test('the dev server names the issues of broken data on the page, and shows the app once they are fixed', async ({ page }) => {
    test.setTimeout(120_000)
    const copy = mkdtempSync(join(tmpdir(), 'ppd-dev-'))
    for (const entry of ['index.html', 'vite.config.ts', 'build', 'package.json', 'src', 'data', 'public', 'scripts']) cpSync(entry, join(copy, entry), { recursive: true })
    symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'))
    const version = join(copy, 'data/ukraine-2025/versions/geneva-19.json')
    const good = readFileSync(version, 'utf8')
    writeFileSync(version, good.replace('"status": "amended"', '"status": "sort-of"'))
    const port = Number(process.env.E2E_PORT ?? 4174) + 50
    const server = spawn(process.execPath, [join(process.cwd(), 'node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort'], { cwd: copy, stdio: 'pipe' })
    try {
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200)
      await page.goto(`http://127.0.0.1:${port}/`)
      await expect(page.getByText('The bundled data did not validate')).toBeVisible()
      await expect(page.getByText(/geneva-19\.json: clauses\.\d+\.status: Invalid option/)).toBeVisible()
      // Fixing the file rebuilds the data and reloads the page.
      writeFileSync(version, good)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('US 28-point → E3', { timeout: 30_000 })
    } finally {
      server.kill()
    }
  })

  test('a listed folder that does not exist fails the build, saying which', () => {
    test.setTimeout(240_000)
    const { status, stderr } = buildCopy((data) => writeFileSync(join(data, 'index.json'), JSON.stringify({ negotiations: ['ukraine-2025', 'gaza-2025'] })))
    expect(status).not.toBe(0)
    expect(stderr).toContain('data/index.json: negotiations.1: lists "gaza-2025", but there is no folder data/gaza-2025')
  })
})

test('what the first view loads, code and the data it draws, stays within 110 KiB gzip', () => {
  // dist/ is the build the tests serve (playwright.config.ts); the script measures it as index.html names it.
  const result = spawnSync(process.execPath, ['scripts/size.mjs', '--no-build'], { encoding: 'utf8', timeout: 60_000 })
  expect(result.stdout).toMatch(/KB {2}in all \(\d+ bytes, \d+\.\d\d KiB\), budget 110 KiB/)
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
})
