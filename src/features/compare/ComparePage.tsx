import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { STATUS_LABEL, textKnownLabel, formatDate } from '../../domain/labels.ts'
import type { Negotiation, VersionHeading, VersionId } from '../../domain/model.ts'
import { useComparison } from '../../hooks/useComparison.ts'
import { TopicFilter } from '../../components/TopicFilter.tsx'
import { useViewerStore } from '../../state/store.ts'
import { navigate } from '../../state/urlSync.ts'
import { routes, type CompareOptions, type LinkIds } from '../../url/route.ts'
import { COMPARISON_BASES, type ComparisonBase } from '../../domain/buildComparison.ts'
import { summarizeRows, summaryWords } from '../../domain/filterRows.ts'
import { ClauseRow } from './ClauseRow.tsx'
import { ClauseRowList, preloadWindowedRows } from './ClauseRowList.tsx'
import { WINDOWED_FROM } from './rowList.ts'
import { CompareExports } from './CompareExports.tsx'
import { ReadingLine } from './ReadingLine.tsx'
import { VersionPicker } from './VersionPicker.tsx'
import { DIFF_IGNORES, type DiffIgnore } from '../../domain/diffText.ts'
import { nextChange, type ChangeDirection } from '../../domain/changeNavigation.ts'
import { useScopedHref } from '../../state/scopedHref.ts'
import { rowsWithFlags, useChangeFlags } from '../../hooks/useChangeFlags.ts'

export interface ComparePageProps {
  readonly negotiation: Negotiation
  /** The versions to choose from: the negotiation's, or while only its opening is at hand, every version's heading. */
  readonly choices: readonly VersionHeading[]
  readonly versions: readonly VersionId[]
  readonly options: CompareOptions
}

// Not needed to draw the first comparison: it loads beside the flag rules.
const KeyChanges = lazy(() => import('../../components/KeyChanges.tsx').then((module) => ({ default: module.KeyChanges })))

const SHORTCUTS: ReadonlyArray<readonly [readonly string[], string, boolean]> = [
  [['F7', 'n', 'j'], 'next change', false],
  [['Shift+F7', 'p', 'k'], 'previous change', false],
  [['/'], 'search', true],
]

const BASE_LABEL: Record<ComparisonBase, string> = {
  first: 'the first column',
  previous: 'the column before it',
  own: 'the version it revises',
}

const IGNORE_LABEL: Record<DiffIgnore, string> = { case: 'Case', punct: 'Punctuation', space: 'Spacing' }

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

export function ComparePage({ negotiation, choices, versions, options }: ComparePageProps) {
  const scoped = useScopedHref()
  const { model, rows: filtered, summary: filteredSummary, byStatus, moves } = useComparison(negotiation, versions, options)
  const flags = useChangeFlags(model)
  // The flag filter applies on top of the others; until the rules load, every row stays in view.
  const rows = useMemo(() => (flags ? rowsWithFlags(flags, filtered, options.flags) : filtered), [flags, filtered, options.flags])
  const summary = useMemo(() => (rows === filtered ? filteredSummary : summarizeRows(model, rows)), [rows, filtered, filteredSummary, model])
  const changedKeys = useMemo(() => rows.filter((row) => row.changed).map((row) => row.key), [rows])
  const searchRef = useRef<HTMLInputElement>(null)
  const letterShortcuts = useViewerStore((state) => state.letterShortcuts)
  const setLetterShortcuts = useViewerStore((state) => state.setLetterShortcuts)
  const [announcement, setAnnouncement] = useState('')
  const [statusListOpen, setStatusListOpen] = useState(false)
  // On a phone the toolbar folds to one line naming what is read; its controls open on demand.
  const [controlsOpen, setControlsOpen] = useState(false)
  const toolbarRef = useRef<HTMLFormElement>(null)

  const show = useCallback(
    (patch: Partial<CompareOptions<LinkIds>>, replace = false) =>
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
        // Folded away on a phone: open the controls, then focus the search once it is drawn.
        setControlsOpen(true)
        requestAnimationFrame(() => searchRef.current?.focus())
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [step, letterShortcuts])

  const windowed = negotiation.lineages.length >= WINDOWED_FROM
  useEffect(() => {
    if (windowed) preloadWindowedRows()
  }, [windowed])

  const currentHidden = options.clause !== null && !rows.some((row) => row.key === options.clause)
  const clauseHref = (key: string) => scoped(routes.compare(versions, { ...options, clause: key }))
  const currentIndex = options.clause ? changedKeys.indexOf(options.clause) : -1
  const filtersOn = [options.topics.length > 0, options.changed, options.query !== '', options.ignore.length > 0, options.flags.length > 0].filter(Boolean).length

  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h1 id="compare-heading">
        {model.versions.map((version) => version.shortTitle).join(' → ')}
      </h1>
      <VersionPicker choices={choices} versions={versions} onChange={(next) => navigate({ page: 'compare', versions: next, options: { ...options, clause: options.clause } })} />

      <ul className="column-heads" aria-label="Versions in column order">
        {model.versions.map((version, index) => (
          <li key={version.id} className="column-head">
            <strong>{version.title}</strong>
            <span>{formatDate(version.date)}</span>
            <span className={`text-known text-known--${version.textKnown}`}>{textKnownLabel(version)}</span>
            <span className="column-head__base" data-testid="compare.column-base">
              {model.bases[index] ? `Compared with ${model.bases[index]!.shortTitle}` : index === 0 && model.versions.length > 2 ? 'The reference column' : null}
            </span>
          </li>
        ))}
      </ul>

      {model.versions.length > 2 ? (
        <fieldset className="base-choice" data-testid="compare.base">
          <legend>Compare each column with</legend>
          {COMPARISON_BASES.map((base) => (
            <label key={base} className="checkbox">
              <input type="radio" name="compare-base" value={base} checked={options.base === base} onChange={() => show({ base })} />
              {BASE_LABEL[base]}
            </label>
          ))}
        </fieldset>
      ) : null}

      <form
        ref={toolbarRef}
        className={`toolbar compare-toolbar${controlsOpen ? ' compare-toolbar--open' : ''}`}
        role="search"
        aria-label="Filter and view"
        onSubmit={(event) => event.preventDefault()}
      >
        {/* Shown on a phone only: what is being read, and the toggle that unfolds the controls below. */}
        <div className="compare-toolbar__bar">
          <ReadingLine toolbar={toolbarRef} versions={model.versions} clauseTitle={(key) => rows.find((row) => row.key === key)?.lineage.title} />
          <button type="button" aria-expanded={controlsOpen} onClick={() => setControlsOpen((open) => !open)}>
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
                  onChange={(event) =>
                    show({ ignore: DIFF_IGNORES.filter((other) => (other === item ? event.target.checked : options.ignore.includes(other))) })
                  }
                />
                {IGNORE_LABEL[item]}
              </label>
            ))}
          </fieldset>
        </details>
        <TopicFilter
          topics={negotiation.topics}
          chosen={options.topics}
          onChange={(topics) => show({ topics })}
          legend="Show clauses on these topics"
        />
        <a className="button-link" href={scoped(routes.report(versions, { ...options, clause: null }))}>
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
            <li key={`${column.version.id}:${column.against?.id ?? ''}:${column.derived}`}>
              <strong>{column.version.shortTitle}</strong>
              {summaryWords(column).against}: {summaryWords(column).counts}
            </li>
          ))}
        </ul>
        <div className="status-filter" role="group" aria-label="Show only clauses with this status">
          <span>Show only:</span>
          {byStatus.map(([status, matching]) => (
            <button
              key={status}
              type="button"
              className="status-filter__count"
              aria-pressed={options.statuses.includes(status)}
              onClick={() => show({ statuses: options.statuses.includes(status) ? options.statuses.filter((s) => s !== status) : [...options.statuses, status] })}
            >
              {matching.length} {STATUS_LABEL[status].toLowerCase()}
            </button>
          ))}
        </div>
        <details className="status-list" onToggle={(event) => setStatusListOpen(event.currentTarget.open)}>
          <summary>List the clauses by status</summary>
          {/* Drawn only when open: at 2,000 clauses the closed list alone was 4,000 elements. */}
          {statusListOpen ? (
            <dl>
              {byStatus.map(([status, matching]) => (
                <div key={status}>
                  <dt>{STATUS_LABEL[status]}</dt>
                  <dd>
                    {matching.map((row, index) => (
                      <span key={row.key}>
                        {index > 0 ? ', ' : ''}
                        <a href={clauseHref(row.key)}>{row.lineage.title}</a>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </details>
      </div>

      {/* Mounted once the rules have loaded, never in the view drawn at build time, which cannot wait for a lazy chunk. */}
      {flags ? (
        <Suspense fallback={null}>
          <KeyChanges
            flags={flags}
            rows={filtered}
            chosen={options.flags}
            clauseHref={clauseHref}
            filterHref={(kinds) => scoped(routes.compare(versions, { ...options, flags: kinds, clause: null }))}
          />
        </Suspense>
      ) : null}

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
          <button type="button" onClick={() => show({ topics: [], changed: false, statuses: [], query: '', flags: [] })}>
            Clear filters
          </button>
        </p>
      ) : null}

      {rows.length === 0 ? <p className="empty">No clause matches these filters.</p> : null}
      {/* The list scrolls to and focuses a linked or stepped-to clause, so keyboard and screen
          reader users land where a sighted user looks. */}
      <ClauseRowList
        rows={rows}
        windowed={windowed}
        currentKey={options.clause}
        layoutKey={`${versions.join('/')}|${options.view}`}
        estimateRowHeight={options.view === 'split' ? 320 : 160 * versions.length}
        className={`clause-rows clause-rows--${options.view}`}
        renderRow={(row) => (
          <ClauseRow
            row={row}
            negotiation={negotiation}
            moves={moves}
            view={options.view}
            query={options.query}
            current={row.key === options.clause}
            href={clauseHref(row.key)}
            historyHref={scoped(routes.clause(row.key))}
            flags={flags?.byRow.get(row.key)}
          />
        )}
      />
    </section>
  )
}
