/** How long work runs in one task before the page gets the thread back. */
const SLICE_MS = 12

/**
 * Runs work written as steps (a generator that yields between steps) a slice per task, so a long
 * comparison's after-the-first-view work never blocks the page for a frame. Returns a cancel.
 */
export function runInSlices<T>(steps: Generator<void, T>, done: (value: T) => void): () => void {
  let live = true
  const slice = () => {
    if (!live) return
    const until = performance.now() + SLICE_MS
    let step = steps.next()
    while (!step.done && performance.now() < until) step = steps.next()
    if (step.done) done(step.value)
    else setTimeout(slice, 0)
  }
  slice()
  return () => {
    live = false
  }
}
