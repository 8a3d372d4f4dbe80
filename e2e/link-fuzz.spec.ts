/**
 * Back and Forward over generated bad links, in an open tab: each link is set as a script or a
 * typed address would set it, the app corrects it with a notice, and Back and Forward then walk
 * the whole history with the app in step with the address and the notice back at every step. Seeded; `npm test`
 * runs FUZZ_LINKS = 20 links, `npm run fuzz:links` 1,000.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test.ts'

const LINKS = Number(process.env.FUZZ_LINKS ?? 20)
const SEED = Number(process.env.FUZZ_SEED ?? 20261206)
// Chromium keeps 50 entries of a tab's history: each batch opens a fresh tab.
const BATCH = 20

/** mulberry32: a small seeded generator, so a failing link can be found again. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const JUNK = ['x', 'e9', 'us-29', 'NATO', 'army_size', '%E0%A4%A', '%ZZ', '\u202Eabc', '\uFEFFarmy-size', '\u200Bnato', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '..', '%2F', 'a'.repeat(300), '💥', ' ', '--', 'clause=1&clause=2']

function badLinks(count: number, seed: number): string[] {
  const next = random(seed)
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const junk = () => `zz${pick(JUNK)}${Math.floor(next() * 1000)}`
  const templates: (() => string)[] = [
    () => `#/compare/us-28/${junk()}`,
    () => `#/compare/${junk()}/e3/geneva-19`,
    () => `#/compare/us-28/e3/geneva-19/ua-20?clause=${junk()}`,
    () => `#/compare/us-28/e3?topics=nato,${junk()}`,
    () => `#/compare/us-28/e3?view=${junk()}`,
    () => `#/compare/us-28/e3/ua-20?base=${junk()}`,
    () => `#/compare/us-28/e3?status=deleted,${junk()}`,
    () => `#/compare/us-28/e3?ignore=${junk()}`,
    () => `#/compare/us-28/e3?changed=${junk()}`,
    () => `#/clause/${junk()}`,
    () => `#/${junk()}`,
    () => `#/matrix?sort=${junk()}`,
    () => `#/matrix?versions=us-28,${junk()}`,
    () => `#/report/us-28/e3?paper=${junk()}`,
    () => `#/sources/${junk()}`,
    () => `#/versions/${junk()}`,
    () => `#/compare/us-28/e3/${junk()}/ua-20?clause=army-size`,
  ]
  return Array.from({ length: count }, () => pick(templates)())
}

/** The address as the app shows it, once it has dealt with the last change. */
async function settledHash(page: Page, notHash: string | null, link = ''): Promise<string> {
  if (notHash !== null) await expect.poll(() => page.evaluate(() => window.location.hash), { message: `the app corrects ${link} (seed ${SEED})` }).not.toBe(notHash)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  return page.evaluate(() => window.location.hash)
}

test('Back and Forward over bad links: every link is corrected with a notice, and history walks in step', async ({ page, context }) => {
  test.setTimeout(120_000 + LINKS * 6_000)
  const links = badLinks(LINKS, SEED)
  for (let start = 0; start < links.length; start += BATCH) {
    const tab = start === 0 ? page : await context.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.goto('/#/compare/us-28/e3')
    await expect(tab.getByTestId('compare.row').first()).toBeVisible()
    const shown = [await settledHash(tab, null)]
    for (const link of links.slice(start, start + BATCH)) {
      // The address as the browser writes it (its percent-encoding), before the app has seen it.
      const encoded = new URL(link, 'http://127.0.0.1/').hash
      await tab.evaluate((hash) => (window.location.hash = hash), link)
      // The app replaced the address it was given with the one it shows, and says why.
      shown.push(await settledHash(tab, encoded, link))
      await expect(tab.getByTestId('app.notices'), `notice for ${link} (seed ${SEED})`).toBeVisible()
      await expect(tab.getByRole('heading', { level: 1 })).toBeVisible()
    }
    for (let at = shown.length - 2; at >= 0; at--) {
      await tab.goBack()
      await expect(tab, `Back to entry ${at} of batch ${start / BATCH}`).toHaveURL((url) => url.hash === shown[at])
      await expect(tab.getByRole('heading', { level: 1 })).toBeVisible()
      // A corrected entry explains itself again when history returns to it.
      if (at > 0) await expect(tab.getByTestId('app.notices'), `notice kept at entry ${at} after Back`).toBeVisible()
    }
    for (let at = 1; at < shown.length; at++) {
      await tab.goForward()
      await expect(tab, `Forward to entry ${at} of batch ${start / BATCH}`).toHaveURL((url) => url.hash === shown[at])
      await expect(tab.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(tab.getByTestId('app.notices'), `notice kept at entry ${at} after Forward`).toBeVisible()
    }
    expect(errors, 'page errors').toEqual([])
    if (tab !== page) await tab.close()
  }
})
