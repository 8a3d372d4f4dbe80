import type { Topic } from '../domain/model.ts'

export interface TopicFilterProps {
  readonly topics: readonly Topic[]
  readonly chosen: readonly string[]
  /** Receives the chosen topic ids in the order of `topics`, so one filter has one URL. */
  readonly onChange: (chosen: string[]) => void
  readonly legend: string
}

/** A disclosure of topic checkboxes, summarised as "Topics: all" or "Topics (2 chosen)". */
export function TopicFilter({ topics, chosen, onChange, legend }: TopicFilterProps) {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(id)
    else next.delete(id)
    onChange(topics.map((topic) => topic.id as string).filter((topic) => next.has(topic)))
  }
  return (
    <details className="topic-filter">
      <summary>Topics{chosen.length > 0 ? ` (${chosen.length} chosen)` : ': all'}</summary>
      <fieldset>
        <legend className="sr-only">{legend}</legend>
        {topics.map((topic) => (
          <label key={topic.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(topic.id)} onChange={(event) => toggle(topic.id, event.target.checked)} />
            {topic.label}
          </label>
        ))}
        {chosen.length > 0 ? (
          <button type="button" onClick={() => onChange([])}>
            Clear topics
          </button>
        ) : null}
      </fieldset>
    </details>
  )
}
