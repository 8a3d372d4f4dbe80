import type { ChangeFlag } from '../domain/flagRule.ts'

/** A cell's flags, each in words: a label and the words involved. */
export function CellFlags({ flags }: { flags: readonly ChangeFlag[] | undefined }) {
  if (!flags || flags.length === 0) return null
  return (
    <ul className="change-flags" aria-label="Substantive changes">
      {flags.map((flag) => (
        <li key={flag.kind} className={`change-flag change-flag--${flag.kind}`} data-testid="flags.cell-flag" data-kind={flag.kind}>
          <span className="change-flag__label">{flag.label}:</span> {flag.detail}
        </li>
      ))}
    </ul>
  )
}
