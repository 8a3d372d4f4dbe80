// The one line CI ends with, counted across the test runners' JSON reports. A runner that wrote
// no report counts as one failure; skipped tests are counted, so a missing tool cannot make
// tests vanish from the figures.

/**
 * @param {{ vitest: any, playwright: any, extraFailures?: number }} reports
 * @example summaryLine({ vitest: { numPassedTests: 2, numFailedTests: 0, numPendingTests: 1 }, playwright: null }) // '2 passed, 1 failed, 1 skipped'
 */
export function summaryLine({ vitest, playwright, extraFailures = 0 }) {
  let passed = 0
  let failed = extraFailures
  let skipped = 0
  if (vitest) {
    passed += vitest.numPassedTests ?? 0
    failed += vitest.numFailedTests ?? 0
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
  } else {
    failed += 1
  }
  if (playwright?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped: playwrightSkipped = 0 } = playwright.stats
    passed += expected + flaky
    failed += unexpected
    skipped += playwrightSkipped
  } else {
    failed += 1
  }
  return `${passed} passed, ${failed} failed, ${skipped} skipped`
}
