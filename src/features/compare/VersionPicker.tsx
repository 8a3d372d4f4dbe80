import { useRef } from 'react'
import type { VersionHeading } from '../../domain/model.ts'
import { formatDate } from '../../domain/labels.ts'

export interface VersionPickerProps {
  readonly choices: readonly VersionHeading[]
  readonly versions: readonly string[]
  readonly onChange: (versions: string[]) => void
}

/** The list with the items at `a` and `b` swapped. */
function swap<T>(list: readonly T[], a: number, b: number): T[] {
  return list.map((item, index) => (index === a ? list[b] : index === b ? list[a] : item) ?? item)
}

/**
 * The compared versions as columns. Each can be swapped for another in two clicks (open the
 * list, choose), removed, or moved; one more can be added in two clicks.
 */
export function VersionPicker({ choices, versions, onChange }: VersionPickerProps) {
  const unused = choices.filter((version) => !versions.includes(version.id))
  const addRef = useRef<HTMLSelectElement>(null)
  const remove = (id: string) => {
    onChange(versions.filter((v) => v !== id))
    // The pressed button goes with its column; keep keyboard users in the picker.
    requestAnimationFrame(() => addRef.current?.focus())
  }
  const replace = (index: number, id: string) => {
    const existing = versions.indexOf(id)
    // Choosing a version already shown swaps the two columns rather than showing it twice.
    onChange(existing === -1 ? versions.map((other, at) => (at === index ? id : other)) : swap(versions, index, existing))
  }
  const move = (index: number, by: -1 | 1) => onChange(swap(versions, index, index + by))
  return (
    <fieldset className="version-picker">
      <legend>Versions compared</legend>
      <ol className="version-picker__list">
        {versions.map((id, index) => {
          const version = choices.find((v) => v.id === id)
          return (
            // Keyed by position: the select keeps focus when its version changes.
            <li key={index} className="version-picker__item">
              <label>
                <span className="sr-only">Column {index + 1}</span>
                <select value={id} onChange={(event) => replace(index, event.target.value)} data-testid="compare.version-select">
                  {choices.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.shortTitle} ({formatDate(option.date)})
                    </option>
                  ))}
                </select>
              </label>
              {version ? <span className="version-picker__known muted">{version.textKnown === 'changes-only' ? 'only changes known' : ''}</span> : null}
              <span className="version-picker__buttons">
                <button type="button" aria-disabled={index === 0} onClick={() => index > 0 && move(index, -1)} aria-label={`Move ${version?.shortTitle ?? id} left`}>
                  ←
                </button>
                <button
                  type="button"
                  aria-disabled={index === versions.length - 1}
                  onClick={() => index < versions.length - 1 && move(index, 1)}
                  aria-label={`Move ${version?.shortTitle ?? id} right`}
                >
                  →
                </button>
                {versions.length > 2 ? (
                  <button type="button" onClick={() => remove(id)} aria-label={`Remove ${version?.shortTitle ?? id}`}>
                    ×
                  </button>
                ) : null}
              </span>
            </li>
          )
        })}
      </ol>
      {versions.length === 2 ? (
        <button type="button" onClick={() => onChange(swap(versions, 0, 1))}>
          Swap
        </button>
      ) : null}
      {unused.length > 0 ? (
        <label className="version-picker__add">
          <span className="sr-only">Add a version</span>
          <select
            ref={addRef}
            value=""
            onChange={(event) => {
              if (event.target.value) onChange([...versions, event.target.value])
            }}
            data-testid="compare.add-version"
          >
            <option value="">Add a version…</option>
            {unused.map((option) => (
              <option key={option.id} value={option.id}>
                {option.shortTitle} ({formatDate(option.date)})
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </fieldset>
  )
}
