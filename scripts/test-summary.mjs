// The one line CI ends with, counted across the test runners' JSON reports. A test that did not
// run (its runner or its file stopped first, or the build it needs failed) is counted as failed,
// so a broken setup can never make tests vanish from the figures.

/**
 * @param {{ vitest: any, playwright: any, playwrightListed?: number | null, extraFailures?: number, vitestExitOk?: boolean, playwrightExitOk?: boolean }} reports
 *   `playwrightListed` is how many tests `playwright test --list` found before the run; a runner
 *   that exited with an error its report does not account for counts as one failure.
 * @returns {{ line: string, notRun: number }}
 * @example summary({ vitest: { numPassedTests: 2, numFailedTests: 0, numPendingTests: 1 }, playwright: null, playwrightListed: 3 }).line // '2 passed, 3 failed, 1 skipped'
 */
export function summary({ vitest, playwright, playwrightListed = null, extraFailures = 0, vitestExitOk = true, playwrightExitOk = true }) {
  let passed = 0
  let failed = extraFailures
  let skipped = 0
  let notRun = 0
  if (vitest) {
    passed += vitest.numPassedTests ?? 0
    failed += vitest.numFailedTests ?? 0
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
    // A test file that failed to load reports no tests at all: count it as one that did not run.
    const unloaded = (vitest.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length
    notRun += unloaded
    if (!vitestExitOk && (vitest.numFailedTests ?? 0) === 0 && unloaded === 0) failed += 1
  } else {
    notRun += 1
  }
  const stats = playwright?.stats
  const ran = stats ? (stats.expected ?? 0) + (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (stats.skipped ?? 0) : 0
  if (stats) {
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
    failed += stats.unexpected ?? 0
    skipped += stats.skipped ?? 0
  }
  // Listed but never reported: the web server did not start, the run was cut short, or no report.
  const missing = playwrightListed === null ? (stats ? 0 : 1) : Math.max(playwrightListed - ran, stats ? 0 : 1)
  notRun += missing
  if (stats && !playwrightExitOk && (stats.unexpected ?? 0) === 0 && missing === 0) failed += 1
  failed += notRun
  return { line: `${passed} passed, ${failed} failed, ${skipped} skipped`, notRun }
}
