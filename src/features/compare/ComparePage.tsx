import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { STATUS_LABEL, TEXT_KNOWN_LABEL, formatDate } from '../../domain/labels.ts'
import type { Negotiation } from '../../domain/model.ts'
import { useComparison } from '../../hooks/useComparison.ts'
import { TopicFilter } from '../../components/TopicFilter.tsx'
import { useViewerStore } from '../../state/store.ts'
import { absoluteUrl, navigate } from '../../state/urlSync.ts'
import { serializeRoute, type CompareOptions } from '../../url/route.ts'
import { ClauseRow } from './ClauseRow.tsx'
import { CompareExports } from './CompareExports.tsx'
import { VersionPicker } from './VersionPicker.tsx'
import { DIFF_IGNORES, type DiffIgnore } from '../../domain/diffText.ts'
import { nextChange, type ChangeDirection } from '../../domain/changeNavigation.ts'

export interface ComparePageProps {
  readonly negotiation: Negotiation
  readonly versions: readonly string[]
  readonly options: CompareOptions
}

const SHORTCUTS: ReadonlyArray<readonly [readonly string[], string, boolean]> = [
  [['F7', 'n', 'j'], 'next change', false],
  [['Shift+F7', 'p', 'k'], 'previous change', false],
  [['/'], 'search', true],
]

const IGNORE_LABEL: Record<DiffIgnore, string> = { case: 'Case', punct: 'Punctuation', space: 'Spacing' }

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

export function ComparePage({ negotiation, versions, options }: ComparePageProps) {
  const { model, rows, summary } = useComparison(negotiation, versions, options)
  const changedKeys = useMemo(() => rows.filter((row) => row.changed).map((row) => row.key), [rows])
  const searchRef = useRef<HTMLInputElement>(null)
  const letterShortcuts = useViewerStore((state) => state.letterShortcuts)
  const setLetterShortcuts = useViewerStore((state) => state.setLetterShortcuts)
  const [announcement, setAnnouncement] = useState('')

  const show = useCallback(
    (patch: Partial<CompareOptions>, replace = false) =>
      navigate({ page: 'compare', versions, options: { ...options, ...patch } }, { replace }),
    [versions, options],
  )

  const step = useCallback(
    (direction: ChangeDirection) => {
      const target = nextChange(rows.map((row) => row.key), changedKeys, options.clause, direction)
      if (target === null) {
        setAnnouncement(changedKeys.length === 0 ? 'No changes in the clauses shown.' : `No ${direction === 'next' ? 'later' : 'earlier'} change.`)
        return
      }
      const position = changedKeys.indexOf(target) + 1
      const title = rows.find((row) => row.key === target)?.lineage.title ?? target
      setAnnouncement(`Change ${position} of ${changedKeys.length}: ${title}`)
      // Stepping through changes replaces the entry, so Back leaves the comparison in one press.
      show({ clause: target }, true)
    },
    [rows, changedKeys, options.clause, show],
  )

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      if (event.key === 'F7') {
        event.preventDefault()
        step(event.shiftKey ? 'previous' : 'next')
      } else if (!letterShortcuts) {
        return
      } else if (event.key === 'n' || event.key === 'j') {
        step('next')
      } else if (event.key === 'p' || event.key === 'k') {
        step('previous')
      } else if (event.key === '/') {
        event.preventDefault()
        searchRef.current?.focus()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [step, letterShortcuts])

  // A linked or stepped-to clause is scrolled to and receives focus, so keyboard and screen
  // reader users land where a sighted user looks.
  // Only a new clause moves focus: changing versions must leave focus on the version picker.
  useEffect(() => {
    if (!options.clause) return
    const element = document.getElementById(`clause-${options.clause}`)
    if (!element) return
    element.scrollIntoView({ block: 'start' })
    element.focus({ preventScroll: true })
  }, [options.clause])

  const currentHidden = options.clause !== null && !rows.some((row) => row.key === options.clause)
  const clauseHref = (key: string) => serializeRoute({ page: 'compare', versions, options: { ...options, clause: key } })
  const currentIndex = options.clause ? changedKeys.indexOf(options.clause) : -1

  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h1 id="compare-heading">
        {model.versions.map((version) => version.shortTitle).join(' → ')}
      </h1>
      <VersionPicker negotiation={negotiation} versions={versions} onChange={(next) => navigate({ page: 'compare', versions: next, options: { ...options, clause: options.clause } })} />

      <ul className="column-heads" aria-label="Versions in column order">
        {model.versions.map((version) => (
          <li key={version.id} className="column-head">
            <strong>{version.title}</strong>
            <span>{formatDate(version.date)}</span>
            <span className={`text-known text-known--${version.textKnown}`}>{TEXT_KNOWN_LABEL[version.textKnown]}</span>
          </li>
        ))}
      </ul>

      <form className="toolbar compare-toolbar" role="search" aria-label="Filter and view" onSubmit={(event) => event.preventDefault()}>
        <div className="toggle-group" role="group" aria-label="View">
          <button type="button" aria-pressed={options.view === 'split'} onClick={() => show({ view: 'split' })}>
            Side by side
          </button>
          <button type="button" aria-pressed={options.view === 'inline'} onClick={() => show({ view: 'inline' })}>
            Redline
          </button>
        </div>
        <label>
          Search the comparison
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
        <fieldset className="diff-ignores">
          <legend>Ignore differences in</legend>
          {DIFF_IGNORES.map((item) => (
            <label key={item} className="checkbox">
              <input
                type="checkbox"
                checked={options.ignore.includes(item)}
                onChange={(event) =>
                  show({ ignore: DIFF_IGNORES.filter((other) => (other === item ? event.target.checked : options.ignore.includes(other))) })
                }
              />
              {IGNORE_LABEL[item]}
            </label>
          ))}
        </fieldset>
        <TopicFilter
          topics={negotiation.topics}
          chosen={options.topics}
          onChange={(topics) => show({ topics })}
          legend="Show clauses on these topics"
        />
        <a className="button-link" href={serializeRoute({ page: 'report', versions, options: { ...options, clause: null }, paper: null, orientation: 'portrait' })}>
          Print report
        </a>
      </form>

      <div className="compare-summary" data-testid="compare.summary">
        <p>
          Showing {rows.length} of {model.rows.length} clauses
          {rows.length < model.rows.length ? ' (filtered)' : ''}; {changedKeys.length} with changes.
        </p>
        <ul>
          {summary.map((column) => (
            <li key={`${column.version.id}:${column.against?.id ?? ''}`}>
              <strong>{column.version.shortTitle}</strong>
              {column.against ? ` against ${column.against.shortTitle}` : ''}:{' '}
              {column.counts.map(([status, count]) => `${count} ${STATUS_LABEL[status].toLowerCase()}`).join(' · ')}
            </li>
          ))}
        </ul>
      </div>

      <CompareExports negotiation={negotiation} model={model} rows={rows} versions={versions} options={options} />

      <div className="change-nav" aria-label="Change navigation" role="group">
        <button type="button" onClick={() => step('previous')} disabled={changedKeys.length === 0}>
          ↑ Previous change
        </button>
        <button type="button" onClick={() => step('next')} disabled={changedKeys.length === 0}>
          ↓ Next change
        </button>
        <span className="change-nav__position">
          {currentIndex >= 0 ? `Change ${currentIndex + 1} of ${changedKeys.length}` : `${changedKeys.length} changes`}
        </span>
        <span role="status" className="sr-only" data-testid="compare.announcement">
          {announcement}
        </span>
        <p className="shortcuts">
          Keys:{' '}
          {SHORTCUTS.filter(([, , letterOnly]) => letterShortcuts || !letterOnly).map(([keys, action]) => (
            <span key={action} className="shortcut">
              {keys
                .filter((key) => letterShortcuts || key.includes('F7'))
                .map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' or ' : ''}
                    <kbd>{key}</kbd>
                  </span>
                ))}{' '}
              {action}
            </span>
          ))}
          <label className="checkbox shortcuts__toggle">
            <input type="checkbox" checked={letterShortcuts} onChange={(event) => setLetterShortcuts(event.target.checked)} />
            Single-key shortcuts
          </label>
        </p>
      </div>

      {currentHidden ? (
        <p className="hidden-current" role="note">
          The linked clause is hidden by the filters.{' '}
          <button type="button" onClick={() => show({ topics: [], changed: false, query: '' })}>
            Clear filters
          </button>
        </p>
      ) : null}

      {rows.length === 0 ? <p className="empty">No clause matches these filters.</p> : null}
      <div className={`clause-rows clause-rows--${options.view}`}>
        {rows.map((row) => {
          const href = clauseHref(row.key)
          return (
            <ClauseRow
              key={row.key}
              row={row}
              negotiation={negotiation}
              view={options.view}
              query={options.query}
              current={row.key === options.clause}
              href={href}
              absoluteHref={absoluteUrl({ page: 'compare', versions, options: { ...options, clause: row.key } })}
              historyHref={serializeRoute({ page: 'clause', clause: row.key })}
            />
          )
        })}
      </div>
    </section>
  )
}
