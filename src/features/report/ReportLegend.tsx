import { CONFIDENCE_DESCRIPTION, CONFIDENCE_LABEL, STATUS_DESCRIPTION, STATUS_LABEL, WORDING_NOT_KNOWN } from '../../domain/labels.ts'
import { CLAUSE_STATUSES, CONFIDENCE_LEVELS } from '../../domain/model.ts'

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`

/** How to read the marks, statuses and grades. */
export function ReportLegend() {
  return (
    <section className="report-legend" aria-labelledby="report-legend-heading">
      <h2 id="report-legend-heading">How to read this report</h2>
      <ul>
        <li>
          <del className="diff-del">Struck-through words</del> were removed; <ins className="diff-ins">underlined words</ins> were added, each against
          the column it is compared with (see “Compared with” above).
        </li>
        <li>
          Moved words are <del className="diff-moved-from">double struck</del> where they left and <ins className="diff-moved-to">double underlined</ins> where they
          landed, each saying where: “moved to point 9”, “moved from point 7”.
        </li>
        <li>“Not settled” beside a text: the sources differ on its wording or a value it states; it says which report the wording follows and what the others report.</li>
        <li>A part marked “{WORDING_NOT_KNOWN}” was not reported; it is not a deletion.</li>
        {CLAUSE_STATUSES.map((status) => (
          <li key={status}>
            <span className={`status status--${status}`}>{STATUS_LABEL[status]}</span> {STATUS_DESCRIPTION[status].toLowerCase()}.
          </li>
        ))}
        {CONFIDENCE_LEVELS.map((level) => (
          <li key={level}>
            {CONFIDENCE_LABEL[level]}: {lowerFirst(CONFIDENCE_DESCRIPTION[level])}.
          </li>
        ))}
      </ul>
    </section>
  )
}
