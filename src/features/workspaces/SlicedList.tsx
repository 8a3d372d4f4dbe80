import type { ReactNode } from 'react'
import { drawnInSlices } from './useShownCount.ts'

/**
 * A list drawn in slices (`useShownCount`). Longer than one slice, it sits in a box of a fixed
 * height that scrolls, and its progress line stays once all is drawn: while the list grows,
 * nothing below it (the step's buttons) moves under the pointer between aiming and clicking.
 */
export function SlicedList({ label, shown, total, testId, children }: { label: string; shown: number; total: number; testId: string; children: ReactNode }) {
  if (!drawnInSlices(total)) return children
  const count = total.toLocaleString('en-US')
  return (
    <>
      <div className="sliced-list" role="group" aria-label={label} tabIndex={0}>
        {children}
      </div>
      {shown < total ? (
        <p className="muted" data-testid={testId}>
          Showing {shown.toLocaleString('en-US')} of {count} clauses…
        </p>
      ) : (
        <p className="muted">All {count} clauses shown; scroll the box to see them.</p>
      )}
    </>
  )
}
