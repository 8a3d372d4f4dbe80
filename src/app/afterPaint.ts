/**
 * Resolves once the browser has had a chance to paint (at once in a hidden tab, which paints
 * nothing). Parsing a long negotiation and drawing it each take a while: with a paint between
 * the steps, they make several short frames rather than one long one, and what is already on
 * screen stays responsive.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof document === 'undefined' || document.visibilityState !== 'visible') setTimeout(resolve, 0)
    else requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}
