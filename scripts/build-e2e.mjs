// Builds everything the end-to-end tests serve or open, once, before Playwright starts:
// dist/ (the app), dist/synthetic/ (a 2,000-clause × 5-version negotiation) and dist-single/
// (the one-file build). Outside Playwright's web-server time limit, so a slow machine only
// makes the suite slower, never skips it.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { buildSynthetic } from './build-synthetic.mjs'
import { root } from './serve-app.mjs'

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')

function viteBuild(label, args) {
  const started = Date.now()
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error', ...args], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`build-e2e: the ${label} build failed`)
  console.log(`build-e2e: ${label} built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

export async function buildForE2e() {
  viteBuild('app (dist/)', [])
  const started = Date.now()
  await buildSynthetic(join(root, 'dist', 'synthetic'), { clauses: 2000, versions: 5 })
  console.log(`build-e2e: synthetic negotiation (dist/synthetic/) built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  viteBuild('single file (dist-single/)', ['--mode', 'single'])
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await buildForE2e()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
