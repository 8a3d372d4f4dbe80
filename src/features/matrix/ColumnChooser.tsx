import type { Version, VersionId } from '../../domain/model.ts'

export interface ColumnChooserProps {
  /** Every version, in date order. */
  readonly versions: readonly Version[]
  /** The ids shown, in column order. */
  readonly shown: readonly VersionId[]
  readonly onChange: (shown: VersionId[]) => void
}

/** Which versions are columns, and in what order: a checkbox each, and buttons to move a shown one left or right. */
export function ColumnChooser({ versions, shown, onChange }: ColumnChooserProps) {
  const move = (index: number, by: -1 | 1) => {
    const next = [...shown]
    const [moved] = next.splice(index, 1)
    if (moved !== undefined) next.splice(index + by, 0, moved)
    onChange(next)
  }
  return (
    <fieldset className="matrix-columns">
      <legend>Columns</legend>
      <ul>
        {versions.map((version) => {
          const index = shown.indexOf(version.id)
          const visible = index !== -1
          return (
            <li key={version.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={visible}
                  disabled={visible && shown.length <= 1}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? versions.flatMap((candidate) => (shown.includes(candidate.id) || candidate.id === version.id ? [candidate.id] : []))
                        : shown.filter((id) => id !== version.id),
                    )
                  }
                />
                {version.shortTitle}
              </label>
              {visible ? (
                <>
                  {/* aria-disabled, not disabled: a button that becomes disabled under the keyboard would drop focus. */}
                  <button type="button" aria-disabled={index === 0} onClick={() => index > 0 && move(index, -1)} aria-label={`Move ${version.shortTitle} left`}>
                    ←
                  </button>
                  <button
                    type="button"
                    aria-disabled={index === shown.length - 1}
                    onClick={() => index < shown.length - 1 && move(index, 1)}
                    aria-label={`Move ${version.shortTitle} right`}
                  >
                    →
                  </button>
                </>
              ) : null}
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
