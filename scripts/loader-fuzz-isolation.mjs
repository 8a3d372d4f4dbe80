// The loader bundled for a worker thread, and cases run there one at a time under a time limit.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

const root = join(import.meta.dirname, '..')

let loaderUrl = null
/** Bundles the loader into one plain ES module the worker can import (once per process). */
async function bundleLoader() {
  if (loaderUrl) return loaderUrl
  const { build } = await import('vite')
  const outDir = join(root, 'node_modules', '.tmp', `loader-fuzz-${process.pid}`)
  mkdirSync(outDir, { recursive: true })
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }))
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(root, 'scripts/loader-fuzz-entry.mjs'), formats: ['es'], fileName: 'loader' },
    },
  })
  loaderUrl = pathToFileURL(join(outDir, 'loader.js')).href
  return loaderUrl
}

/** Runs cases one at a time in a worker, replacing the worker when a case overruns its limit. */
export async function createIsolatedLoader({ timeoutMs = 10_000 } = {}) {
  const url = await bundleLoader()
  let worker = null
  let ready = null
  const start = () => {
    worker = new Worker(new URL('./loader-fuzz-worker.mjs', import.meta.url), { workerData: { loaderUrl: url } })
    ready = new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
  }
  start()
  let nextId = 0
  return {
    /** @returns {Promise<{ outcome: { kind: 'clean' | 'error' | 'throw' | 'hang', issues?: any[], message?: string }, ms: number }>} */
    async load(files) {
      await ready
      const id = nextId++
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          worker.removeAllListeners('message')
          void worker.terminate()
          start()
          resolve({ outcome: { kind: 'hang' }, ms: timeoutMs })
        }, timeoutMs)
        const onMessage = (message) => {
          if (message.id !== id) return
          clearTimeout(timer)
          worker.off('message', onMessage)
          resolve(message)
        }
        worker.on('message', onMessage)
        worker.postMessage({ id, files })
      })
    },
    close: () => worker.terminate(),
  }
}
