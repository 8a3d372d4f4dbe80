import { useRef, type RefObject } from 'react'
import { DIFF_IGNORES, type DiffIgnore } from '../../domain/diffText.ts'
import type { Topic, Version } from '../../domain/model.ts'
import { TopicFilter } from '../../components/TopicFilter.tsx'
import type { CompareOptions, LinkIds } from '../../url/route.ts'
import { ReadingLine } from './ReadingLine.tsx'

const IGNORE_LABEL: Record<DiffIgnore, string> = { case: 'Case', punct: 'Punctuation', space: 'Spacing' }

export interface CompareToolbarProps {
  readonly versions: readonly Version[]
  readonly clauseTitle: (key: string) => string | undefined
  readonly topics: readonly Topic[]
  readonly options: CompareOptions
  readonly show: (patch: Partial<CompareOptions<LinkIds>>, replace?: boolean) => void
  /** The printable report of this comparison. */
  readonly reportHref: string
  readonly searchRef: RefObject<HTMLInputElement | null>
  /** On a phone the toolbar folds to one line naming what is read; its controls open on demand. */
  readonly open: boolean
  readonly onToggle: () => void
}

/** The sticky bar of view, search and filters, kept in the URL. */
export function CompareToolbar({ versions, clauseTitle, topics, options, show, reportHref, searchRef, open, onToggle }: CompareToolbarProps) {
  const toolbarRef = useRef<HTMLFormElement>(null)
  const filtersOn = [options.topics.length > 0, options.changed, options.query !== '', options.ignore.length > 0, options.flags.length > 0].filter(Boolean).length
  return (
    <form
      ref={toolbarRef}
      className={`toolbar compare-toolbar${open ? ' compare-toolbar--open' : ''}`}
      role="search"
      aria-label="Filter and view"
      onSubmit={(event) => event.preventDefault()}
    >
      {/* Shown on a phone only: what is being read, and the toggle that unfolds the controls below. */}
      <div className="compare-toolbar__bar">
        <ReadingLine toolbar={toolbarRef} versions={versions} clauseTitle={clauseTitle} />
        <button type="button" aria-expanded={open} onClick={onToggle}>
          Filters{filtersOn > 0 ? ` (${filtersOn} on)` : ''}
        </button>
      </div>
      <div className="toggle-group" role="group" aria-label="View">
        <button type="button" aria-pressed={options.view === 'split'} onClick={() => show({ view: 'split' })}>
          Side by side
        </button>
        <button type="button" aria-pressed={options.view === 'inline'} onClick={() => show({ view: 'inline' })}>
          Redline
        </button>
      </div>
      <label>
        <span className="toolbar__label-text">Search the comparison</span>
        <input
          ref={searchRef}
          type="search"
          value={options.query}
          onChange={(event) => show({ query: event.target.value }, true)}
          placeholder="e.g. peacetime"
          data-testid="compare.search"
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={options.changed} onChange={(event) => show({ changed: event.target.checked })} />
        Only what changed
      </label>
      {/* A disclosure like the topics, so the sticky toolbar stays two short lines on a phone. */}
      <details className="topic-filter diff-ignores">
        <summary>Ignore: {options.ignore.length > 0 ? options.ignore.map((item) => IGNORE_LABEL[item].toLowerCase()).join(', ') : 'nothing'}</summary>
        <fieldset>
          <legend className="sr-only">Ignore differences in</legend>
          {DIFF_IGNORES.map((item) => (
            <label key={item} className="checkbox">
              <input
                type="checkbox"
                checked={options.ignore.includes(item)}
                onChange={(event) => show({ ignore: DIFF_IGNORES.filter((other) => (other === item ? event.target.checked : options.ignore.includes(other))) })}
              />
              {IGNORE_LABEL[item]}
            </label>
          ))}
        </fieldset>
      </details>
      <TopicFilter topics={topics} chosen={options.topics} onChange={(chosen) => show({ topics: chosen })} legend="Show clauses on these topics" />
      <a className="button-link" href={reportHref}>
        Print report
      </a>
    </form>
  )
}
