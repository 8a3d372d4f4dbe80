// Runs every check and test runner in turn, even when an earlier one fails, then prints one
// line with the counts across runners: "N passed, N failed, N skipped". Exits non-zero if
// anything failed.
// Type-check and lint are counted only when they fail (as one failure each), so the counts
// stay counts of tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { summaryLine } from './test-summary.mjs'

const REPORTS = 'reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  } catch {
    return null
  }
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
else if (!unitOk && vitest.numFailedTests === 0) {
  extraFailures += 1
  notes.push('Vitest failed outside any test (a suite did not load)')
}

const browserOk = run('browser', 'node', ['scripts/ensure-browser.mjs'])
const e2eOk = browserOk && run('end-to-end tests (Playwright)', 'npx', ['playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
})
const playwright = readJson(`${REPORTS}/playwright.json`)
if (!playwright?.stats) notes.push(browserOk ? 'Playwright wrote no report' : 'no browser for the end-to-end tests')
else if (!e2eOk && playwright.stats.unexpected === 0) {
  extraFailures += 1
  notes.push('Playwright failed outside any test (for example the web server did not start)')
}

const line = summaryLine({ vitest, playwright, extraFailures })
writeFileSync(`${REPORTS}/summary.txt`, `${line}\n`)
if (notes.length > 0) console.log(`\nNotes: ${notes.join('; ')}`)
console.log(`\n${line}`)
process.exit(/, 0 failed,/.test(line) ? 0 : 1)
