import { CONFIDENCE_DESCRIPTION, CONFIDENCE_LABEL } from '../domain/labels.ts'
import { CONFIDENCE_LEVELS } from '../domain/model.ts'

/** What each confidence grade requires, as the loader enforces it. */
export function ConfidenceLegend() {
  return (
    <dl className="confidence-legend">
      {CONFIDENCE_LEVELS.map((level) => (
        <div key={level}>
          <dt>
            <span className={`confidence confidence--${level}`}>{CONFIDENCE_LABEL[level]}</span>
          </dt>
          <dd>{CONFIDENCE_DESCRIPTION[level]}.</dd>
        </div>
      ))}
    </dl>
  )
}
