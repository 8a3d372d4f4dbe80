import type { ClauseStatus } from '../domain/model.ts'
import { STATUS_DESCRIPTION, STATUS_LABEL } from '../domain/labels.ts'

/** A clause status in words, with a shape per status so it reads in greyscale too. */
export function StatusBadge({ status, against }: { status: ClauseStatus; against?: string }) {
  return (
    <span className={`status status--${status}`} title={STATUS_DESCRIPTION[status]}>
      {STATUS_LABEL[status]}
      {against ? <span className="status__against"> vs {against}</span> : null}
    </span>
  )
}
