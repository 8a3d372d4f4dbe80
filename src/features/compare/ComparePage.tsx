import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { textKnownLabel, formatDate } from '../../domain/labels.ts'
import type { Negotiation, VersionHeading, VersionId } from '../../domain/model.ts'
import { useComparison } from '../../hooks/useComparison.ts'
import { navigate } from '../../state/urlSync.ts'
import type { CompareOptions, LinkIds } from '../../url/route.ts'
import { routes } from '../../url/serializeRoute.ts'
import { COMPARISON_BASES, type ComparisonBase } from '../../domain/buildComparison.ts'
import { summarizeRows } from '../../domain/filterRows.ts'
import { ClauseRow } from './ClauseRow.tsx'
import { ClauseRowList, preloadWindowedRows } from './ClauseRowList.tsx'
import { WINDOWED_FROM } from './rowList.ts'
import { CompareExports } from './CompareExports.tsx'
import { CompareSummary } from './CompareSummary.tsx'
import { CompareToolbar } from './CompareToolbar.tsx'
import { ChangeNavigation, type CompareActions } from './ChangeNavigation.tsx'
import { VersionPicker } from './VersionPicker.tsx'
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

const BASE_LABEL: Record<ComparisonBase, string> = {
  first: 'the first column',
  previous: 'the column before it',
  own: 'the version it revises',
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
  const [announcement, setAnnouncement] = useState('')
  const [controlsOpen, setControlsOpen] = useState(false)

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

  const actions: CompareActions = useMemo(
    () => ({
      step,
      focusSearch: () => {
        // Folded away on a phone: open the controls, then focus the search once it is drawn.
        setControlsOpen(true)
        requestAnimationFrame(() => searchRef.current?.focus())
      },
    }),
    [step],
  )

  const windowed = negotiation.lineages.length >= WINDOWED_FROM
  useEffect(() => {
    if (windowed) preloadWindowedRows()
  }, [windowed])

  const currentHidden = options.clause !== null && !rows.some((row) => row.key === options.clause)
  const clauseHref = (key: string) => scoped(routes.compare(versions, { ...options, clause: key }))
  const currentIndex = options.clause ? changedKeys.indexOf(options.clause) : -1

  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h1 id="compare-heading">
        {model.versions.map((version) => version.shortTitle).join(' → ')}
      </h1>
      <VersionPicker choices={choices} versions={versions} onChange={(next) => navigate({ page: 'compare', versions: next, options })} />

      <ul className="column-heads" aria-label="Versions in column order">
        {model.versions.map((version, index) => {
          const base = model.bases[index]
          return (
            <li key={version.id} className="column-head">
              <strong>{version.title}</strong>
              <span>{formatDate(version.date)}</span>
              <span className={`text-known text-known--${version.textKnown}`}>{textKnownLabel(version)}</span>
              <span className="column-head__base" data-testid="compare.column-base">
                {base ? `Compared with ${base.shortTitle}` : index === 0 && model.versions.length > 2 ? 'The reference column' : null}
              </span>
            </li>
          )
        })}
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

      <CompareToolbar
        versions={model.versions}
        clauseTitle={(key) => rows.find((row) => row.key === key)?.lineage.title}
        topics={negotiation.topics}
        options={options}
        show={show}
        reportHref={scoped(routes.report(versions, { ...options, clause: null }))}
        searchRef={searchRef}
        open={controlsOpen}
        onToggle={() => setControlsOpen((open) => !open)}
      />

      <CompareSummary
        shown={rows.length}
        total={model.rows.length}
        changes={changedKeys.length}
        summary={summary}
        byStatus={byStatus}
        statuses={options.statuses}
        onStatuses={(statuses) => show({ statuses })}
        clauseHref={clauseHref}
      />

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

      <ChangeNavigation actions={actions} changes={changedKeys.length} current={currentIndex} announcement={announcement} />

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
