// Builds the app if asked, serves dist/ on a free local port, and opens Debian's (or the
// configured) Chromium: shared by the report command and the UI benchmark.
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

/**
 * Serves the production build (or another build folder, `outDir`) and opens a headless browser on it.
 * @returns {Promise<{ origin: string, browser: import('@playwright/test').Browser, close: () => Promise<void> }>}
 */
export async function openApp({ build = true, outDir = join(root, 'dist') } = {}) {
  const browserPath = findChromium()
  if (!browserPath) throw new Error('no Chromium found; run `node scripts/ensure-browser.mjs` or set CHROMIUM_PATH')
  const vite = await import('vite')
  const { chromium } = await import('@playwright/test')
  if (build || !existsSync(join(outDir, 'index.html'))) await vite.build({ root, logLevel: 'error', build: { outDir } })
  const port = await freePort()
  const server = await vite.preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port, strictPort: true, open: false }, build: { outDir } })
  const browser = await chromium.launch({ executablePath: browserPath.executablePath, args: CHROMIUM_ARGS })
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close()
      await new Promise((done) => server.httpServer.close(done))
    },
  }
}
