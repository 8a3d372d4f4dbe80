import type { ClauseStatus } from '../domain/model.ts'
import { ORIGINAL_DRAFT, STATUS_DESCRIPTION, STATUS_LABEL } from '../domain/labels.ts'
import type { StatusWords } from '../domain/statusWords.ts'

export interface StatusBadgeProps {
  readonly status: ClauseStatus
  /** A status stated against the previous column, by short title. */
  readonly against?: string | undefined
  /** A clause's own status in its version, in the words every view and export uses (see `statusWords`). */
  readonly words?: StatusWords
}

/** A clause status in words, with a shape per status so it reads in greyscale too. */
export function StatusBadge({ status, against, words }: StatusBadgeProps) {
  const label = words?.label ?? STATUS_LABEL[status]
  const versus = words ? words.against : against
  return (
    <span className={`status status--${status}`} title={words?.label === ORIGINAL_DRAFT ? 'A clause of the first draft' : STATUS_DESCRIPTION[status]} data-testid="clause.status">
      {label}
      {versus ? <span className="status__against"> vs {versus}</span> : null}
    </span>
  )
}
