import { startTransition, useEffect, useState } from 'react'

/**
 * A long list is drawn in slices, one per task, so no single frame builds thousands of clauses'
 * fields (2,000 clauses × 2 versions held the main thread for seconds in one commit), and each
 * slice is small enough that a step never holds it for long.
 */
const SLICE = 100

/** True when a list of this length is drawn in more than one slice. */
export const drawnInSlices = (total: number) => total > SLICE

export function useShownCount(total: number): number {
  const [shown, setShown] = useState(SLICE)
  useEffect(() => {
    if (shown >= total) return
    const next = setTimeout(() => startTransition(() => setShown((count) => count + SLICE)), 0)
    return () => clearTimeout(next)
  }, [shown, total])
  return Math.min(shown, total)
}
