/** How long work runs in one task before the page gets the thread back. */
const SLICE_MS = 12

/**
 * How long slices run back to back before they wait for a frame. Tasks alone do not let the
 * browser paint: while the page has changes to draw, Chromium went on running the next slice
 * and drew nothing for 150–390 ms (one long frame on the shared bench's 5 × 2,000 clauses).
 */
const FRAME_MS = 40

/**
 * Runs work written as steps (a generator that yields between steps) a slice per task, so a long
 * comparison's after-the-first-view work never blocks the page for a frame. Returns a cancel.
 */
export function runInSlices<T>(steps: Generator<void, T>, done: (value: T) => void): () => void {
  let live = true
  let frameStart = performance.now()
  const slice = () => {
    if (!live) return
    const until = performance.now() + SLICE_MS
    let step = steps.next()
    while (!step.done && performance.now() < until) step = steps.next()
    if (step.done) done(step.value)
    // A hidden tab (or a test without a page) paints nothing. One hidden while the work waits for
    // a frame draws none: the work goes on when it is shown again.
    else if (performance.now() - frameStart < FRAME_MS || globalThis.document?.hidden !== false) setTimeout(slice, 0)
    else afterFrame()
  }
  const afterFrame = () =>
    requestAnimationFrame(() => {
      frameStart = performance.now()
      setTimeout(slice, 0)
    })
  // The first slice waits for a frame too: started by a render that changed the page, it ran
  // before that change was painted, in the same long frame.
  if (globalThis.document?.hidden === false) afterFrame()
  else slice()
  return () => {
    live = false
  }
}
