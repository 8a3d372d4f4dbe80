// Runs every check and test runner in turn, even when an earlier one fails, then prints one
// line with the counts across runners: "N passed, N failed, N skipped". Exits non-zero if
// anything failed.
// Type-check and lint are counted only when they fail (as one failure each), so the counts
// stay counts of tests. A browser test that never ran (no browser, a failed build, a web server
// that did not start, a run cut short) counts as failed: `playwright test --list` says how many
// there are before any of them runs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { summary } from './test-summary.mjs'

const REPORTS = 'reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(`=== ${label}: ${result.status === 0 ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return result.status === 0
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  } catch {
    return null
  }
}

/** How many browser tests there are, without running any (null if Playwright cannot even list them). */
function listBrowserTests() {
  const result = spawnSync('npx', ['playwright', 'test', '--list'], { encoding: 'utf8', env: { ...process.env, E2E_PREBUILT: '1' } })
  const total = /Total: (\d+) tests? in/.exec(result.stdout ?? '')?.[1]
  return total === undefined ? null : Number(total)
}

// Failures outside any test: the type check, lint, a runner that stopped before its tests.
let extraFailures = 0
const notes = []

if (!run('type check', 'npx', ['tsc', '-b'])) {
  extraFailures += 1
  notes.push('type check failed')
}
if (!run('lint', 'npx', ['eslint', '.', '--max-warnings=0'])) {
  extraFailures += 1
  notes.push('lint failed')
}

const unitOk = run('unit tests (Vitest)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`,
])
const vitest = readJson(`${REPORTS}/vitest.json`)
if (!vitest) notes.push('Vitest wrote no report')
else if (!unitOk && vitest.numFailedTests === 0) notes.push('Vitest failed outside any test (a file did not load)')

const playwrightListed = listBrowserTests()
if (playwrightListed === null) notes.push('Playwright could not list its tests')
const browserOk = run('browser', 'node', ['scripts/ensure-browser.mjs'])
if (!browserOk) notes.push('no browser for the end-to-end tests')
// Built here, once, rather than by Playwright's web server under its time limit.
const builtOk = browserOk && run('builds for the end-to-end tests', 'node', ['scripts/build-e2e.mjs'])
if (browserOk && !builtOk) notes.push('the builds the end-to-end tests serve failed')
const e2eOk = builtOk && run('end-to-end tests (Playwright)', 'npx', ['playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
  E2E_PREBUILT: '1',
})
const playwright = builtOk ? readJson(`${REPORTS}/playwright.json`) : null
if (builtOk && !playwright?.stats) notes.push('Playwright wrote no report')
else if (builtOk && !e2eOk && playwright.stats.unexpected === 0) notes.push('Playwright failed outside any test (for example the web server did not start)')

const { line, notRun } = summary({ vitest, playwright, playwrightListed, extraFailures, vitestExitOk: unitOk, playwrightExitOk: e2eOk })
if (notRun > 0) notes.push(`${notRun} test${notRun === 1 ? '' : 's'} (or test files) did not run and ${notRun === 1 ? 'is' : 'are'} counted as failed`)
writeFileSync(`${REPORTS}/summary.txt`, `${line}\n`)
if (notes.length > 0) console.log(`\nNotes: ${notes.join('; ')}`)
console.log(`\n${line}`)
process.exit(/, 0 failed,/.test(line) ? 0 : 1)
