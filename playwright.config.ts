import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/browser-path.mjs'

const browser = findChromium()
// Not 4173, where `npm start` serves: the tests always serve their own copy.
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4174)
// `npm test` builds dist/, dist/synthetic/ and dist-single/ once before Playwright starts
// (scripts/build-e2e.mjs) and sets E2E_PREBUILT; run on its own, Playwright builds them first.
const prebuilt = process.env.E2E_PREBUILT === '1'

// Time limits sized for a 2-core machine shared with other work, where everything can take
// several times as long as on an idle one: a limit only matters when something hangs.
export default defineConfig({
  testDir: './e2e',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  // scripts/run-tests.mjs sets PLAYWRIGHT_JSON_OUTPUT_NAME to count results across runners.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { ...(browser ? { executablePath: browser.executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `${prebuilt ? '' : 'node scripts/build-e2e.mjs && '}node node_modules/vite/bin/vite.js preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: prebuilt ? 120_000 : 1_200_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
