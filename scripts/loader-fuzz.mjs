// A seeded fuzz of the data loader (src/load/loadNegotiation.ts) over mutated data files: the
// bundled negotiation with values replaced, keys dropped, items duplicated, bases rewired into
// cycles, files missing or saved with a byte-order mark, and synthetic chains of up to 12,000
// versions. Every case must end, within its time limit, in a clean load or in issues that name
// a file of the case and say what is wrong; a hang or a throw is a failure.
//
//   npm run fuzz                          10,000 cases
//   node scripts/loader-fuzz.mjs --cases 500 --seed 7
//
// Each case runs in a worker thread that is terminated when the case passes its time limit
// (10 s: a 12,000-version chain loads in about 1.5–3.5 s on a busy two-core machine),
// so a hang fails the run instead of freezing it. The loader is bundled with Vite first,
// because the worker runs plain JavaScript.
// The cases are made in loader-fuzz-cases.mjs; the worker and the bundle are in loader-fuzz-isolation.mjs.
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { fuzzCase, readDataFolder } from './loader-fuzz-cases.mjs'
import { createIsolatedLoader } from './loader-fuzz-isolation.mjs'

function filePaths(files) {
  return new Set([files.negotiation.path, files.sources.path, ...files.versions.map((file) => file.path)])
}

/** An issue is clear when it names a file of the case and says more than zod's bare fallback. */
function unclearIssue(issues, files) {
  const paths = filePaths(files)
  return (issues ?? []).find((issue) => !paths.has(issue.file) || !issue.message || /^Invalid input$/.test(issue.message) || /[\u200B\uFEFF\u202A-\u202E\u2066-\u2069\u0000]/.test(issue.message))
}

/**
 * Runs `cases` seeded cases and counts their outcomes.
 * @returns {Promise<{ cases: number, clean: number, errors: number, unclear: number, hangs: number, throws: number, slow: number, slowestMs: number, failures: string[] }>}
 */
export async function runLoaderFuzz({ cases, seed = 1, timeoutMs = 10_000, onProgress = () => {} }) {
  const base = readDataFolder()
  const loader = await createIsolatedLoader({ timeoutMs })
  // A case over the limit gets one retry with six times the time: a machine shared with other
  // jobs can slow a long chain past the limit, while a real hang never ends.
  const patientLoader = await createIsolatedLoader({ timeoutMs: timeoutMs * 6 })
  const counts = { cases: 0, clean: 0, errors: 0, unclear: 0, hangs: 0, throws: 0, slow: 0, slowestMs: 0, failures: [] }
  try {
    for (let index = 0; index < cases; index += 1) {
      const caseSeed = seed * 1_000_003 + index
      const files = fuzzCase(caseSeed, base)
      let { outcome, ms } = await loader.load(files)
      if (outcome.kind === 'hang') {
        ;({ outcome, ms } = await patientLoader.load(files))
        if (outcome.kind !== 'hang') counts.slow += 1
      }
      counts.cases += 1
      counts.slowestMs = Math.max(counts.slowestMs, ms)
      // The loader turns its own failures into an issue; the fuzz counts them as the throws they are.
      const caught = outcome.kind === 'error' && outcome.issues.find((issue) => issue.message.startsWith('The loader failed'))
      if (caught) Object.assign(outcome, { kind: 'throw', message: caught.message })
      if (outcome.kind === 'clean') counts.clean += 1
      else if (outcome.kind === 'hang') counts.hangs += 1
      else if (outcome.kind === 'throw') counts.throws += 1
      else if (outcome.issues?.length > 0 && !unclearIssue(outcome.issues, files)) counts.errors += 1
      else counts.unclear += 1
      if (outcome.kind === 'hang' || outcome.kind === 'throw' || (outcome.kind === 'error' && (outcome.issues?.length === 0 || unclearIssue(outcome.issues, files)))) {
        const detail = outcome.kind === 'error' ? JSON.stringify(unclearIssue(outcome.issues, files) ?? 'no issues') : (outcome.message ?? '')
        if (counts.failures.length < 20) counts.failures.push(`case seed ${caseSeed}: ${outcome.kind} ${detail}`.slice(0, 400))
      }
      onProgress(counts)
    }
  } finally {
    await loader.close()
    await patientLoader.close()
  }
  return counts
}

export function formatCounts(counts) {
  return `${counts.cases} cases: ${counts.clean} clean loads, ${counts.errors} clear errors, ${counts.unclear} unclear errors, ${counts.hangs} hangs, ${counts.throws} throws; ${counts.slow} over the first time limit but done on the retry (slowest ${Math.round(counts.slowestMs)} ms)`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, 'timeout-ms': { type: 'string', default: '10000' } } })
  const cases = Number(values.cases)
  const started = Date.now()
  const counts = await runLoaderFuzz({
    cases,
    seed: Number(values.seed),
    timeoutMs: Number(values['timeout-ms']),
    onProgress: (progress) => {
      if (progress.cases % 1000 === 0) console.log(`loader fuzz: ${formatCounts(progress)}`)
    },
  })
  for (const failure of counts.failures) console.error(`loader fuzz: ${failure}`)
  console.log(`loader fuzz (seed ${values.seed}, ${Math.round((Date.now() - started) / 1000)} s): ${formatCounts(counts)}`)
  process.exit(counts.unclear + counts.hangs + counts.throws === 0 ? 0 : 1)
}
