// Measures, in headless Chromium on the production build, how quickly huge and hostile files are
// refused under "Your drafts", and whether the page stays responsive meanwhile: from choosing the
// file to the refusal on screen, the time and the longest animation frame (long-animation-frame
// entries: script plus style, layout and paint). Medians and maxima of RUNS runs after a warm-up.
// Run with `npm run bench:files` (after `npm run build`); results in bench-results/files.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, root } from './serve-app.mjs'
import { writeZip } from './write-zip.mjs'

const RUNS = Number(process.env.RUNS ?? 5)

function cases() {
  const types = { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') }
  // 1 GiB of zeros deflates to about 1 MB: the file the security probe froze the tab with.
  const gib = Buffer.alloc(1024 * 1024 * 1024)
  const bomb = writeZip([types, { name: 'word/document.xml', data: gib }])
  // The same zeros, declaring 1 KB: only unpacking finds it out.
  const lying = writeZip([types, { name: 'word/document.xml', data: gib, declaredSize: 1024 }])
  const lines = Buffer.from(Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Clause number ${i + 1} of a text far too long to be one draft.`).join('\n'))
  const many = Buffer.from(Array.from({ length: 2_500 }, (_, i) => `${i + 1}. Clause ${i + 1} of a text with more clauses than a version holds.`).join('\n'))
  return [
    { label: 'zip bomb .docx (1 GiB declared)', file: { name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: bomb } },
    { label: 'lying .docx (1 GiB inside, 1 KB declared)', file: { name: 'lying.docx', mimeType: 'application/octet-stream', buffer: lying } },
    { label: `.txt of 100,000 one-line clauses (${(lines.length / 1024 / 1024).toFixed(1)} MB)`, file: { name: 'lines100k.txt', mimeType: 'text/plain', buffer: lines } },
    { label: '.txt of 2,500 clauses', file: { name: 'many.txt', mimeType: 'text/plain', buffer: many } },
  ]
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const app = await openApp({ build: false })
const results = []
// Files on disk, chosen by path as a user's file dialog does: handing Playwright the bytes would
// have the page decode them first, on the very thread being measured.
const folder = mkdtempSync(join(tmpdir(), 'ppd-bench-files-'))
try {
  for (const { label, file: { name, buffer } } of cases()) {
    const file = join(folder, name)
    writeFileSync(file, buffer)
    const runs = []
    for (let run = 0; run <= RUNS; run++) {
      const context = await app.browser.newContext()
      const page = await context.newPage()
      await page.goto(`${app.origin}/#/workspaces`)
      await page.getByRole('heading', { level: 1, name: 'Your drafts' }).waitFor()
      await page.evaluate(() => {
        window.__frames = []
        new PerformanceObserver((list) => window.__frames.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: 'long-animation-frame' })
      })
      const chosen = await page.evaluate(() => performance.now())
      await page.getByTestId('workspaces.draft').first().getByLabel(/open a file/).setInputFiles(file)
      await page.getByTestId('workspaces.problems').waitFor()
      const measured = await page.evaluate(async (from) => {
        const refused = performance.now()
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        const frames = window.__frames.filter((frame) => frame.start + frame.duration >= from && frame.start <= refused)
        return { ms: refused - from, longestFrame: Math.max(0, ...frames.map((frame) => frame.duration)), message: document.querySelector('[data-testid="workspaces.problems"]')?.textContent ?? '' }
      }, chosen)
      if (run > 0) runs.push(measured)
      await context.close()
    }
    const result = {
      label,
      refusal: runs[0].message,
      msToRefusal: { median: Math.round(median(runs.map((r) => r.ms))), max: Math.round(Math.max(...runs.map((r) => r.ms))) },
      longestFrameMs: { median: Math.round(median(runs.map((r) => r.longestFrame))), max: Math.round(Math.max(...runs.map((r) => r.longestFrame))) },
    }
    results.push(result)
    console.log(`${label}: refused in ${result.msToRefusal.median} ms (max ${result.msToRefusal.max}); longest frame ${result.longestFrameMs.median} ms (max ${result.longestFrameMs.max})\n  “${result.refusal}”`)
  }
} finally {
  await app.close()
  rmSync(folder, { recursive: true, force: true })
}
mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(join(root, 'bench-results', 'files.json'), `${JSON.stringify({ runs: RUNS, results }, null, 2)}\n`)
