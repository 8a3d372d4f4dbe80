/** Says how much of a list drawn in slices (`useShownCount`) is drawn yet; nothing once all is. */
export function ShownProgress({ shown, total, testId }: { shown: number; total: number; testId: string }) {
  if (shown >= total) return null
  return (
    <p className="muted" data-testid={testId}>
      Showing {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')} clauses…
    </p>
  )
}
