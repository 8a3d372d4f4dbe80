// Measures, in headless Chromium on the production build, how long the compare view takes to
// load and to switch versions and views, from the user's action to the next painted frame.
// Run with `npm run bench`; results go to bench-results/ui.json. Each figure is the median of
// RUNS runs after one warm-up.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openApp, root } from './serve-app.mjs'

const RUNS = 7

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
  const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })

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

mkdirSync(join(root, 'bench-results'), { recursive: true })
const rounded = Object.fromEntries(Object.entries(results).map(([key, value]) => [key, Math.round(value * 10) / 10]))
writeFileSync(join(root, 'bench-results', 'ui.json'), `${JSON.stringify({ runs: RUNS, measuredAt: new Date().toISOString(), results: rounded }, null, 2)}\n`)
for (const [key, value] of Object.entries(rounded)) console.log(`${String(value).padStart(8)}  ${key}`)
