import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '/work/main/scripts/browser-path.mjs'
const [,, url, out, width = '1280', height = '900', full = '1'] = process.argv
const browser = await chromium.launch({ executablePath: findChromium().executablePath, args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } })
page.on('pageerror', e => console.log('pageerror', e.message))
page.on('console', m => { if (m.type() === 'error') console.log('console', m.text()) })
await page.goto(url)
await page.waitForTimeout(400)
await page.screenshot({ path: out, fullPage: full === '1' })
await browser.close()
