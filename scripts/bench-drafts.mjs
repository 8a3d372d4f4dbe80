// Times own drafts on a 2,000-clause pair in headless Chromium against the production build
// (issue 20, point 9), each figure the median of RUNS runs after one warm-up, with the longest
// main-thread stall in each step (long-animation-frame entries: script plus style, layout and
// paint; and longtask entries):
//   1. paste to the first compared row: paste both texts, "Split into clauses", "Align the
//      versions", "Save and compare", each from the click until the next screen is drawn, and
//      their sum (the user's own reading time between clicks not counted); a long split is drawn
//      in slices, so its step is also timed until every clause is drawn;
//   2. the saved workspace opened from browser storage (a new tab on #/w/<id>/compare/…) until its
//      first row is drawn, beside the minimal virtualised page of ../shared/bench (React +
//      jsdiff + @tanstack/react-virtual) drawing the same texts, loaded alternately in the same run;
//   3. a 300-page PDF made from real text (the licences of eval/drafts/corpus, printed by
//      Chromium as scripts/drafts-corpus.mjs prints them) opened as a version: from choosing the
//      file until its text is in the form.
// The 2,000-clause texts are the shared bench's seeded corpus (../shared/bench/gen-corpus.mjs), so
// the app and the minimal page draw the same clauses. Results go to bench-results/drafts.json.
// BASELINE=<another build folder> times that build too, alternately within each run, so a change is
// measured against the code it changes under the same load (the machine may be shared and noisy):
// its figures are named "baseline: …".
//   npm run bench:drafts                 # builds dist/ first
//   node scripts/bench-drafts.mjs --no-build
//   BASELINE=/tmp/dist-main node scripts/bench-drafts.mjs --no-build
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { openApp, root } from './serve-app.mjs'

const RUNS = Number(process.env.RUNS ?? 5)
const SCRATCH = process.env.SCRATCH ?? '/tmp/peace-plan-diff-bench-drafts'
const SHARED = join(root, '..', 'shared', 'bench')
const PEER_DEPS = process.env.PEER_DEPS ?? '/tmp/perf-cache/deps'
const dist = join(root, 'dist')

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const load = () => loadavg()[0].toFixed(2)

// The 2,000-clause pair: the shared bench's corpus, one line per clause ("<n>. <title>. <text>").
mkdirSync(SCRATCH, { recursive: true })
if (!existsSync(join(SCRATCH, 'corpus', 'peer-corpus.js'))) {
  execFileSync(process.execPath, [join(SHARED, 'gen-corpus.mjs'), '--out', join(SCRATCH, 'corpus'), '--versions', '2'], { stdio: 'inherit' })
}
const { OLD, NEW } = await import(pathToFileURL(join(SCRATCH, 'corpus', 'peer-corpus.js')).href)

if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' })

// The minimal virtualised page, built as ../shared/bench/build-peers.mjs builds it, into dist/ so
// the same server serves it. Needs the bench's tools (esbuild, jsdiff, react-virtual) installed.
let minimal = null
try {
  const { createRequire } = await import('node:module')
  const esbuild = createRequire(join(PEER_DEPS, 'package.json'))('esbuild')
  const outdir = join(dist, 'bench-minimal')
  await esbuild.build({
    entryPoints: { main: join(SHARED, 'peers', 'minimal.jsx') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    outdir,
    nodePaths: [join(PEER_DEPS, 'node_modules')],
    alias: { corpus: join(SCRATCH, 'corpus', 'peer-corpus.js') },
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.js': 'jsx' },
    logLevel: 'error',
  })
  writeFileSync(join(outdir, 'index.html'), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>minimal</title><link rel="stylesheet" href="main.css"></head>\n<body><div id="root"></div><script type="module" src="main.js"></script></body></html>\n')
  minimal = '/bench-minimal/index.html'
} catch (error) {
  console.log(`The minimal virtualised page could not be built (${error instanceof Error ? error.message.split('\n')[0] : error}); its comparison is left out.`)
}

// A 300-page PDF of real text: the corpus licences, one after another, as often as it takes.
const pdfPath = join(SCRATCH, 'licences-300-pages.pdf')
const corpusDir = join(root, 'eval', 'drafts', 'corpus')
const licenceText = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
  .join('\n')

const app = await openApp({ build: false })
const results = { runs: RUNS, loadAverage: { start: load() }, steps: {} }
let baseline = null
try {
  if (process.env.BASELINE) {
    const { preview } = await import('vite')
    baseline = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, open: false }, build: { outDir: process.env.BASELINE } })
  }
  if (!existsSync(pdfPath)) {
    const page = await app.browser.newPage()
    const paragraphs = licenceText.split('\n').filter((line) => line.trim() !== '')
    const body = Array.from({ length: 9 }, () => paragraphs).flat().map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')
    await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body { font: 11pt/1.35 "DejaVu Serif", serif; } p { margin: 0 0 0.6em; text-align: justify; }</style></head><body>${body}</body></html>`)
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', pageRanges: '1-300', margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' }, displayHeaderFooter: true, headerTemplate: '<div style="font-size:8pt;width:100%;text-align:right;margin-right:20mm">Licences (draft for discussion)</div>', footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>' }))
    await page.close()
  }

  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
  // Every page records its long animation frames and long tasks from the start.
  await context.addInitScript(() => {
    window.__stalls = []
    for (const type of ['long-animation-frame', 'longtask']) {
      try {
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__stalls.push({ type, start: entry.startTime, duration: entry.duration }))).observe({ type, buffered: true })
      } catch {
        // A browser without this entry type records none.
      }
    }
  })
  const samples = {}
  let tag = ''
  const record = (name, value) => (samples[`${tag}${name}`] ??= []).push(value)
  /** The longest stall (long animation frame, else long task) that overlaps [from, to] on the page's clock. */
  const longest = (page, from, to) =>
    page.evaluate(([a, b]) => window.__stalls.filter((s) => s.start < b && s.start + s.duration > a).reduce((max, s) => Math.max(max, s.duration), 0), [from, to])
  /** Runs `act` in the page, then waits (one frame at a time) until `selector` matches, plus a painted frame. */
  const step = (page, act, selector) =>
    page.evaluate(
      async ([source, wanted]) => {
        const start = performance.now()
        new Function(source)()
        while (!document.querySelector(wanted)) await new Promise((resolve) => requestAnimationFrame(resolve))
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        return { start, end: performance.now() }
      },
      [act, selector],
    )
  const clickButton = (text) => `[...document.querySelectorAll('button.primary')].find((b) => b.textContent.trim() === ${JSON.stringify(text)}).click()`
  // The texts reach the page before the paste is timed: written into the timed script, compiling
  // its 400 KB took the page 230–290 ms, which the paste step then counted as the app's stall.
  const paste = `const areas = document.querySelectorAll('[data-testid="workspaces.draft"] textarea'); const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set; window.__pasted.forEach((text, i) => { set.call(areas[i], text); areas[i].dispatchEvent(new Event('input', { bubbles: true })) })`

  const builds = [['', app.origin], ...(baseline ? [['baseline: ', baseline.resolvedUrls.local[0].replace(/\/$/, '')]] : [])]
  for (let run = 0; run <= RUNS; run++) {
    for (const [name, origin] of run % 2 === 0 ? builds : [...builds].reverse()) {
      tag = name
      await measure(run, origin)
    }
    const label = run === 0 ? 'warm-up' : `run ${run}/${RUNS}`
    results.loadAverage[label] = load()
    console.log(`${label} done (load average ${load()})`)
  }

  /** One run of the three measurements on the build served at `origin`. */
  async function measure(run, origin) {
    // 1. Paste to the first compared row.
    const page = await context.newPage()
    await page.goto(`${origin}/#/workspaces`)
    await page.getByRole('button', { name: 'Split into clauses' }).waitFor()
    const timings = {}
    // Until the next frame is drawn (a long text may be summed up in place of its box).
    await page.evaluate((texts) => (window.__pasted = texts), [OLD, NEW])
    const pasted = await step(page, paste, '[data-testid="workspaces.draft"]')
    timings.paste = pasted
    timings.split = await step(page, clickButton('Split into clauses'), '[data-testid="workspaces.split"]')
    // A long split is drawn in slices after its first clauses: its stalls count until the last is drawn.
    const drawn = await page.evaluate(async () => {
      while (document.querySelector('[data-testid="workspaces.split-progress"]')) await new Promise((resolve) => requestAnimationFrame(resolve))
      return performance.now()
    })
    if (run > 0) {
      record('paste → first row: split, every clause drawn (ms)', drawn - timings.split.start)
      record('paste → first row: split, longest stall until every clause is drawn (ms)', await longest(page, timings.split.start, drawn))
    }
    timings.align = await step(page, clickButton('Align the versions'), '[data-testid="workspaces.alignment"]')
    timings.save = await step(page, clickButton('Save and compare'), '[data-testid="compare.row"]')
    const problems = await page.locator('[data-testid="workspaces.problems"]').count()
    if (problems > 0) throw new Error(`the import reported a problem: ${await page.locator('[data-testid="workspaces.problems"]').innerText()}`)
    const compareUrl = page.url()
    let total = 0
    for (const [name, { start, end }] of Object.entries(timings)) {
      total += end - start
      if (run > 0) {
        record(`paste → first row: ${name} (ms)`, end - start)
        record(`paste → first row: ${name}, longest stall (ms)`, await longest(page, start, end))
      }
    }
    if (run > 0) record('paste → first row: all four steps (ms)', total)
    await page.close()

    // 2. The saved workspace opened from storage, and the minimal page on the same texts, alternately.
    const targets = [['workspace from storage', compareUrl, '[data-testid="compare.row"]'], ...(minimal && !tag ? [['minimal virtualised page (../shared/bench)', `${app.origin}${minimal}`, '[data-row]']] : [])]
    for (const [name, url, selector] of run % 2 === 0 ? targets : [...targets].reverse()) {
      const tab = await context.newPage()
      await tab.goto(url, { waitUntil: 'commit' })
      const firstRow = await tab.evaluate(async (wanted) => {
        while (!document.querySelector(wanted)) await new Promise((resolve) => requestAnimationFrame(resolve))
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        return performance.now()
      }, selector)
      if (run > 0) {
        record(`opened: ${name}, first row (ms)`, firstRow)
        record(`opened: ${name}, longest stall (ms)`, await longest(tab, 0, firstRow))
      }
      await tab.close()
    }

    // 3. A 300-page PDF opened as a version.
    const pdfPage = await context.newPage()
    await pdfPage.goto(`${origin}/#/workspaces`)
    const input = pdfPage.getByTestId('workspaces.draft').first().getByLabel(/open a file/)
    await input.waitFor({ state: 'attached' })
    await pdfPage.evaluate(() => {
      const file = document.querySelector('[data-testid="workspaces.draft"] input[type=file]')
      file.addEventListener('change', () => (window.__chosen = performance.now()), { once: true })
    })
    await input.setInputFiles(pdfPath)
    const read = await pdfPage.evaluate(async () => {
      // The text in its box, or (a long text) summed up in its place.
      const box = () => document.querySelector('[data-testid="workspaces.draft"]').querySelector('textarea')
      const summary = () => document.querySelector('[data-testid="workspaces.draft"]').querySelector('[data-testid="workspaces.long-text"]')
      while (!box()?.value && !summary() && !document.querySelector('[data-testid="workspaces.problems"]')) await new Promise((resolve) => requestAnimationFrame(resolve))
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      const characters = box()?.value.length ?? Number(/([\d,]+) characters/.exec(summary()?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0)
      return { start: window.__chosen, end: performance.now(), characters, problem: document.querySelector('[data-testid="workspaces.problems"]')?.textContent ?? null }
    })
    if (read.problem) throw new Error(`the 300-page PDF was refused: ${read.problem}`)
    if (run > 0) {
      record('300-page PDF: chosen → text in the form (ms)', read.end - read.start)
      record('300-page PDF: longest stall (ms)', await longest(pdfPage, read.start, read.end))
    }
    results[`${tag}pdfCharacters`] = read.characters
    await pdfPage.close()
  }
  for (const [name, values] of Object.entries(samples)) results.steps[name] = { median: Math.round(median(values)), runs: values.map(Math.round) }
  results.loadAverage.end = load()
} finally {
  await app.close()
  if (baseline) await new Promise((done) => baseline.httpServer.close(done))
}

mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(join(root, 'bench-results', 'drafts.json'), `${JSON.stringify(results, null, 2)}\n`)
for (const [name, { median: value, runs }] of Object.entries(results.steps)) console.log(`${name}: ${value} (runs ${runs.join(', ')})`)
console.log(`300-page PDF: ${results.pdfCharacters} characters read${baseline ? ` (baseline: ${results['baseline: pdfCharacters']})` : ''}; load average ${JSON.stringify(results.loadAverage)}`)
