// Measures, in headless Chromium on the production build, how long the compare view takes to
// load and to switch versions and views, from the user's action to the next painted frame.
// Then the same for long synthetic negotiations (2,000 clauses × 2 and × 5 versions, and a worst
// case of 500 clauses of 150 words all rewritten): first row, DOM size, the longest animation
// frame (long-animation-frame entries: script plus style, layout and paint) and search keystrokes.
// Run with `npm run bench`; results go to bench-results/ui.json. Each figure is the median of
// RUNS (LARGE_RUNS for the synthetic builds) runs after one warm-up.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSynthetic } from './build-synthetic.mjs'
import { openApp, root } from './serve-app.mjs'

const RUNS = 7
const LARGE_RUNS = 3

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Runs `action` in the page and resolves with the ms until `done()` holds and a frame has painted. */
async function timeInPage(page, action, done) {
  return page.evaluate(
    async ([actionSource, doneSource]) => {
      const act = new Function(actionSource)
      const isDone = new Function(`return (${doneSource})`)
      const start = performance.now()
      act()
      while (!isDone()) await new Promise((resolve) => requestAnimationFrame(resolve))
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      return performance.now() - start
    },
    [action, done],
  )
}

const selectVersion = (index, id) =>
  `const s = document.querySelectorAll('[data-testid="compare.version-select"]')[${index}]; s.value = '${id}'; s.dispatchEvent(new Event('change', { bubbles: true }))`
const heading = (text) => `document.querySelector('h1')?.textContent === ${JSON.stringify(text)}`
const click = (name) => `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)}).click()`

const app = await openApp({ build: true })
const results = {}
try {
  const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true })

  const loads = []
  for (let run = 0; run <= RUNS; run += 1) {
    await page.goto(`${app.origin}/#/compare/us-28/e3`)
    await page.getByTestId('compare.row').first().waitFor()
    const ms = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType('paint').filter((p) => p.name === 'first-contentful-paint')
      return entry ? entry.startTime : NaN
    })
    if (run > 0) loads.push(ms)
  }
  results['first contentful paint, #/compare/us-28/e3 (ms)'] = median(loads)

  const steps = [
    ['switch pair: US 28-point → E3 to US 28-point → 20-point (first time)', selectVersion(1, 'ua-20'), heading('US 28-point → 20-point'), '#/compare/us-28/e3'],
    ['switch to four versions (first time)', `const s = document.querySelector('[data-testid="compare.add-version"]'); s.value = 'geneva-19'; s.dispatchEvent(new Event('change', { bubbles: true }))`, heading('US 28-point → E3 → Geneva 19-point'), '#/compare/us-28/e3'],
    ['split to redline view', click('Redline'), `document.querySelector('.clause-rows--inline') !== null`, '#/compare/us-28/e3'],
    ['filter: only what changed', `document.querySelector('input[type=checkbox]').click()`, `document.querySelectorAll('[data-testid="compare.row"]').length < 28`, '#/compare/us-28/e3'],
  ]
  for (const [name, action, done, start] of steps) {
    const times = []
    for (let run = 0; run <= RUNS; run += 1) {
      // A fresh page load each run, so "first time" means the model for that pair is not cached yet.
      await page.goto(`${app.origin}/${start}`)
      await page.reload()
      await page.getByTestId('compare.row').first().waitFor()
      const ms = await timeInPage(page, action, done)
      if (run > 0) times.push(ms)
    }
    results[`${name} (ms)`] = median(times)
  }

  // Switching back to a pair already built reuses the memoized model.
  const back = []
  await page.goto(`${app.origin}/#/compare/us-28/e3`)
  await page.getByTestId('compare.row').first().waitFor()
  for (let run = 0; run <= RUNS; run += 1) {
    await timeInPage(page, selectVersion(1, 'ua-20'), heading('US 28-point → 20-point'))
    const ms = await timeInPage(page, selectVersion(1, 'e3'), heading('US 28-point → E3'))
    if (run > 0) back.push(ms)
  }
  results['switch back to a pair already shown (memoized) (ms)'] = median(back)
} finally {
  await app.close()
}

// ---------- long synthetic negotiations ----------

/** Before any page script: notes long animation frames, and when the first row enters the viewport. */
function observeLoad() {
  window.__bench = { loafs: [], events: [], firstRow: null }
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => __bench.loafs.push([entry.startTime, entry.duration]))).observe({ type: 'long-animation-frame', buffered: true })
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => __bench.events.push([entry.name, entry.duration]))).observe({ type: 'event', durationThreshold: 16, buffered: true })
  const seen = new IntersectionObserver((entries) => {
    if (__bench.firstRow === null && entries.some((entry) => entry.isIntersecting)) {
      requestAnimationFrame(() => setTimeout(() => { __bench.firstRow ??= performance.now() }, 0))
    }
  })
  new MutationObserver(() => {
    const row = document.querySelector('[data-testid="compare.row"]')
    if (row && !row.__benchSeen) { row.__benchSeen = true; seen.observe(row) }
  }).observe(document, { childList: true, subtree: true })
}

const longestFrame = (loafs, from, to = Infinity) => Math.max(0, ...loafs.filter(([start]) => start >= from && start <= to).map(([, duration]) => duration))

async function openLarge(app, hash) {
  // The measuring code runs as page script, which the app's CSP would refuse.
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true })
  const page = await context.newPage()
  await page.addInitScript(observeLoad)
  await page.goto(`${app.origin}/${hash}`)
  await page.waitForFunction(() => window.__bench.firstRow !== null, null, { timeout: 120_000 })
  // Settled: a second with no long frame.
  await page.waitForFunction(() => performance.now() - Math.max(0, ...__bench.loafs.map(([s, d]) => s + d)) > 1000, null, { timeout: 60_000, polling: 100 })
  return { context, page }
}

/** Runs `action` in the page; the ms until `done()` holds and a frame has painted, and the longest frame meanwhile (and 300 ms after). */
async function interaction(page, action, done) {
  const start = await page.evaluate(() => performance.now())
  const ms = await page.evaluate(
    async ([actionSource, doneSource]) => {
      const t0 = performance.now()
      new Function(actionSource)()
      const isDone = new Function(`return (${doneSource})`)
      while (!isDone()) await new Promise((resolve) => requestAnimationFrame(resolve))
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      return performance.now() - t0
    },
    [action, done],
  )
  await page.waitForTimeout(300)
  const loafs = await page.evaluate(() => __bench.loafs)
  return { ms, frame: longestFrame(loafs, start) }
}

const rowsInDom = `document.querySelectorAll('[data-testid="compare.row"]').length`
const changedOnly = `window.__rows = ${rowsInDom}; [...document.querySelectorAll('label')].find((l) => /Only what changed/.test(l.textContent)).querySelector('input').click()`
const changedShown = `document.querySelector('input[type=checkbox]:checked') !== null && new URLSearchParams(location.hash.split('?')[1]).get('changed') === '1' && document.querySelector('[data-testid="compare.row"]') !== null`

async function measureLarge(name, outDir, options, cases) {
  await buildSynthetic(outDir, options)
  const large = await openApp({ build: false, outDir })
  try {
    for (const { label, hash, action, done, keys } of cases) {
      const samples = []
      for (let run = 0; run <= LARGE_RUNS; run += 1) {
        const { context, page } = await openLarge(large, hash)
        const sample = await page.evaluate(() => ({
          firstRow: __bench.firstRow,
          loadFrame: Math.max(0, ...__bench.loafs.map(([, d]) => d)),
          dom: document.getElementsByTagName('*').length,
        }))
        if (action) Object.assign(sample, await interaction(page, action, done))
        if (keys) {
          await page.getByTestId('compare.search').click()
          await page.evaluate(() => { __bench.events.length = 0 })
          await page.keyboard.type(keys, { delay: 150 })
          await page.waitForTimeout(500)
          sample.keystroke = await page.evaluate(() => Math.max(0, ...__bench.events.filter(([n]) => n === 'keydown').map(([, d]) => d)))
        }
        await context.close()
        if (run > 0) samples.push(sample)
      }
      const pick = (key) => median(samples.map((sample) => sample[key]))
      results[`${name}, ${label}: first row in view (ms)`] = pick('firstRow')
      results[`${name}, ${label}: DOM elements after load`] = pick('dom')
      results[`${name}, ${label}: longest animation frame during load (ms)`] = pick('loadFrame')
      if (action) {
        results[`${name}, ${label}: action until shown (ms)`] = pick('ms')
        results[`${name}, ${label}: longest animation frame of the action (ms)`] = pick('frame')
      }
      if (keys) results[`${name}, ${label}: slowest search keystroke, keydown to paint (ms)`] = pick('keystroke')
    }
  } finally {
    await large.close()
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'peace-plan-diff-bench-'))
try {
  await measureLarge('2,000 clauses × 2', join(scratch, 'two'), { clauses: 2000, versions: 2 }, [
    { label: 'load #/compare/v1/v2', hash: '#/compare/v1/v2' },
    { label: '"Only what changed"', hash: '#/compare/v1/v2', action: changedOnly, done: changedShown },
  ])
  await measureLarge('2,000 clauses × 5', join(scratch, 'five'), { clauses: 2000, versions: 5 }, [
    { label: 'load all five', hash: '#/compare/v1/v2/v3/v4/v5' },
    { label: 'switch 2 → 5 versions', hash: '#/compare/v1/v2', action: `location.hash = '#/compare/v1/v2/v3/v4/v5'`, done: `document.querySelector('[data-testid="compare.cell"][data-version="v5"]') !== null` },
    { label: '"Only what changed", five versions', hash: '#/compare/v1/v2/v3/v4/v5', action: changedOnly, done: changedShown },
    { label: 'typing "treaty zone" in search, five versions', hash: '#/compare/v1/v2/v3/v4/v5', keys: 'treaty zone' },
  ])
  await measureLarge('500 clauses of 150 words, all rewritten', join(scratch, 'worst'), { clauses: 500, versions: 2, words: 150, rewritten: 1 }, [
    { label: 'Redline → Side by side', hash: '#/compare/v1/v2?view=inline', action: click('Side by side'), done: `document.querySelector('.clause-rows--split [data-testid="compare.row"]') !== null` },
    { label: 'typing "treaty zone" in search', hash: '#/compare/v1/v2', keys: 'treaty zone' },
  ])
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

mkdirSync(join(root, 'bench-results'), { recursive: true })
const rounded = Object.fromEntries(Object.entries(results).map(([key, value]) => [key, Math.round(value * 10) / 10]))
writeFileSync(join(root, 'bench-results', 'ui.json'), `${JSON.stringify({ runs: RUNS, measuredAt: new Date().toISOString(), results: rounded }, null, 2)}\n`)
for (const [key, value] of Object.entries(rounded)) console.log(`${String(value).padStart(8)}  ${key}`)
