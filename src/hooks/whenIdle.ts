/** Calls `run` when the browser is idle (at the latest after `timeout` ms); returns a cancel function. */
export function whenIdle(run: () => void, timeout = 300): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout })
    return () => window.cancelIdleCallback(handle)
  }
  // Safari has no requestIdleCallback.
  const handle = setTimeout(run, 50)
  return () => clearTimeout(handle)
}
