import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/browser-path.mjs'

const browser = findChromium()
// Not 4173, where `npm start` serves: the tests always build and serve their own copy.
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4174)

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  // axe over a full four-column comparison needs more than the default 30 s on a busy 2-core machine.
  timeout: 60_000,
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
    // dist/synthetic/ holds the app built with a synthetic 2,000-clause negotiation (e2e/long-comparison.spec.ts).
    command: `npm run build && node scripts/build-synthetic.mjs dist/synthetic 2000 5 && npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
