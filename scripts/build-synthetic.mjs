// Builds the app with a synthetic negotiation as its data, for the benchmarks and the tests of
// long comparisons: a copy of the project in a temporary folder whose only data folder is the
// synthetic one, built into `outDir`.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { root } from './serve-app.mjs'
import { writeSyntheticNegotiation } from './synthetic-data.mjs'

const COPIED = ['index.html', 'src', 'public', 'scripts', 'build', 'vite.config.ts', 'tsconfig.json', 'tsconfig.app.json', 'tsconfig.node.json', 'package.json']

/** @param {string} outDir @param {Parameters<typeof writeSyntheticNegotiation>[1]} options */
export async function buildSynthetic(outDir, options) {
  const copy = mkdtempSync(join(tmpdir(), 'peace-plan-diff-synthetic-'))
  try {
    for (const entry of COPIED) cpSync(join(root, entry), join(copy, entry), { recursive: true })
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
    writeSyntheticNegotiation(join(copy, 'data', 'synthetic'), options)
    // The versions page bundles the data changelog.
    cpSync(join(root, 'data', 'CHANGELOG.md'), join(copy, 'data', 'CHANGELOG.md'))
    const vite = await import('vite')
    await vite.build({ root: copy, logLevel: 'error', build: { outDir: resolve(outDir), emptyOutDir: true, minify: process.env.SYNTHETIC_MINIFY !== '0' } })
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, clauses = '2000', versions = '5', words = '45', rewritten = '0'] = process.argv.slice(2)
  if (!outDir) throw new Error('usage: node scripts/build-synthetic.mjs OUT_DIR [CLAUSES] [VERSIONS] [WORDS PER CLAUSE] [SHARE REWRITTEN]')
  await buildSynthetic(outDir, { clauses: Number(clauses), versions: Number(versions), words: Number(words), rewritten: Number(rewritten) })
}
