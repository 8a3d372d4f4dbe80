import { describe, expect, it } from 'vitest'
import { summary } from './test-summary.mjs'

describe('the test runner’s last line', () => {
  it('counts skipped tests instead of letting them vanish', () => {
    const vitest = { numPassedTests: 40, numFailedTests: 0, numPendingTests: 2, numTodoTests: 1 }
    const playwright = { stats: { expected: 30, unexpected: 1, flaky: 1, skipped: 3 } }
    expect(summary({ vitest, playwright, playwrightListed: 35 }).line).toBe('71 passed, 1 failed, 6 skipped')
  })

  it('counts every listed browser test as failed when Playwright ran none (its web server never started)', () => {
    const vitest = { numPassedTests: 338, numFailedTests: 0, numPendingTests: 0 }
    expect(summary({ vitest, playwright: { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 } }, playwrightListed: 124 })).toEqual({ line: '338 passed, 124 failed, 0 skipped', notRun: 124 })
    expect(summary({ vitest, playwright: null, playwrightListed: 124 }).line).toBe('338 passed, 124 failed, 0 skipped')
  })

  it('counts browser tests a cut-short run never reached as failed', () => {
    const playwright = { stats: { expected: 60, unexpected: 1, flaky: 0, skipped: 2 } }
    expect(summary({ vitest: { numPassedTests: 5, numFailedTests: 0 }, playwright, playwrightListed: 100 }).line).toBe('65 passed, 38 failed, 2 skipped')
  })

  it('counts a test file that failed to load, and a runner that wrote no report, as failures', () => {
    const vitest = { numPassedTests: 10, numFailedTests: 0, testResults: [{ status: 'failed', assertionResults: [] }, { status: 'passed', assertionResults: [{}] }] }
    expect(summary({ vitest, playwright: null }).line).toBe('10 passed, 2 failed, 0 skipped')
    expect(summary({ vitest: null, playwright: null }).line).toBe('0 passed, 2 failed, 0 skipped')
  })
})

describe('a runner that exits with an error its report does not explain', () => {
  it('counts one failure for it', () => {
    const vitest = { numPassedTests: 10, numFailedTests: 0, testResults: [] }
    const playwright = { stats: { expected: 4, unexpected: 0, flaky: 0, skipped: 0 } }
    expect(summary({ vitest, playwright, vitestExitOk: false, playwrightListed: 4 }).line).toBe('14 passed, 1 failed, 0 skipped')
    expect(summary({ vitest, playwright, playwrightListed: 4, playwrightExitOk: false }).line).toBe('14 passed, 1 failed, 0 skipped')
  })
})
