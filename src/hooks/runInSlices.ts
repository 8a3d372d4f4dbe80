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
    else if (performance.now() - frameStart < FRAME_MS || !paints()) setTimeout(slice, 0)
    else {
      // A tab hidden meanwhile draws no frame: the time-out goes on without one.
      let waiting = true
      const next = () => {
        if (!waiting) return
        waiting = false
        frameStart = performance.now()
        setTimeout(slice, 0)
      }
      requestAnimationFrame(next)
      setTimeout(next, 100)
    }
  }
  slice()
  return () => {
    live = false
  }
}

/** A page that is on screen paints; a hidden tab (or a test without a page) never does. */
function paints(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'visible'
}
