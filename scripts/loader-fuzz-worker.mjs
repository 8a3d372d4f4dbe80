// Runs one loader case at a time for scripts/loader-fuzz-isolation.mjs, in a worker thread the parent can
// terminate when a case runs past its time limit.
import { parentPort, workerData } from 'node:worker_threads'

const { loadNegotiation, parseJsonFile } = await import(workerData.loaderUrl)
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',')
const cleanPrototype = prototypeKeys()

/** A file given as text goes through parseJsonFile first, as a file a user picks would. */
function toDataFile(file, issues) {
  if (!('text' in file)) return file
  const parsed = parseJsonFile(file.path, file.text)
  if (parsed.ok) return parsed.file
  issues.push(parsed.issue)
  return null
}

parentPort.on('message', ({ id, files }) => {
  const started = performance.now()
  let outcome
  try {
    const issues = []
    const negotiation = toDataFile(files.negotiation, issues)
    const sources = toDataFile(files.sources, issues)
    const versions = files.versions.map((file) => toDataFile(file, issues)).filter(Boolean)
    if (issues.length > 0 || !negotiation || !sources) outcome = { kind: 'error', issues }
    else {
      const result = loadNegotiation({ negotiation, sources, versions })
      outcome = result.ok
        ? { kind: 'clean', versions: result.negotiation.versions.length }
        : { kind: 'error', issues: result.issues }
    }
    if (prototypeKeys() !== cleanPrototype) outcome = { kind: 'throw', message: 'Object.prototype was changed' }
  } catch (error) {
    outcome = { kind: 'throw', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
  }
  parentPort.postMessage({ id, outcome, ms: performance.now() - started })
})
parentPort.postMessage({ ready: true })
