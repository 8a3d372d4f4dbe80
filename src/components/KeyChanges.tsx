/**
 * The Key changes list, loaded after the first view (ComparePage loads it lazily), with the
 * flags' stylesheet: nothing here is needed to draw the first comparison.
 */
import type { ComparisonRow } from '../domain/buildComparison.ts'
import type { ComparisonFlags } from '../domain/changeFlags.ts'
import { FLAG_KINDS, type FlagKind } from '../domain/flagKinds.ts'
import { FLAG_KIND_DESCRIPTION, FLAG_KIND_LABEL } from '../domain/flagLabels.ts'

export interface KeyChangesProps {
  readonly flags: ComparisonFlags | null
  /** The rows the other filters leave in: counts and links cover these. */
  readonly rows: readonly ComparisonRow[]
  /** Kinds the comparison is filtered to (`?flags=`). */
  readonly chosen: readonly FlagKind[]
  /** A flagged clause's own link. */
  readonly clauseHref: (key: string) => string
  /** The link that filters to the given kinds; omitted where there is nothing to filter (the report). */
  readonly filterHref?: (kinds: readonly FlagKind[]) => string
  /** Open the list when there are at most this many flags; more stay one click away, so the clauses are not pushed off a phone's screen. */
  readonly openUpTo?: number
}

/**
 * "Key changes": how many cells carry each kind of flag, and each flagged cell linked by its
 * clause. Each count links to the comparison filtered to that kind.
 */
export function KeyChanges({ flags, rows, chosen, clauseHref, filterHref, openUpTo = 6 }: KeyChangesProps) {
  if (flags === null) {
    return (
      <section className="key-changes" aria-labelledby="key-changes-heading" data-testid="flags.key-changes" aria-busy="true">
        <h2 id="key-changes-heading">Key changes</h2>
        <p className="muted">Finding key changes…</p>
      </section>
    )
  }
  const shown = new Set(rows.map((row) => row.key))
  const byKind = flags.byKind.map(([kind, cells]) => [kind, cells.filter((cell) => shown.has(cell.row.key))] as const).filter(([, cells]) => cells.length > 0)
  const total = byKind.reduce((sum, [, cells]) => sum + cells.length, 0)
  const toggled = (kind: FlagKind) => FLAG_KINDS.filter((other) => (other === kind ? !chosen.includes(kind) : chosen.includes(other)))
  return (
    <section className="key-changes" aria-labelledby="key-changes-heading" data-testid="flags.key-changes">
      <h2 id="key-changes-heading">Key changes</h2>
      {total === 0 ? (
        <p className="muted">No edit in the clauses shown matches a substantive-change rule (obligation, negation, numbers, parties, conditions, scope).</p>
      ) : (
        <>
          <p className="key-changes__counts" data-testid="flags.counts">
            {byKind.map(([kind, cells], index) => (
              <span key={kind}>
                {index > 0 ? ' · ' : ''}
                {filterHref ? (
                  <a href={filterHref(toggled(kind))} aria-current={chosen.includes(kind) ? 'true' : undefined} title={`Show only clauses with this kind of change: ${FLAG_KIND_DESCRIPTION[kind]}`}>
                    {cells.length} {FLAG_KIND_LABEL[kind].toLowerCase()}
                  </a>
                ) : (
                  `${cells.length} ${FLAG_KIND_LABEL[kind].toLowerCase()}`
                )}
              </span>
            ))}
            {chosen.length > 0 && filterHref ? (
              <>
                {' · '}
                <a href={filterHref([])}>Show every clause</a>
              </>
            ) : null}
          </p>
          <details className="key-changes__list" open={total <= openUpTo}>
            <summary>List the {total} flagged changes</summary>
            <dl>
              {byKind.map(([kind, cells]) => (
                <div key={kind} data-kind={kind}>
                  <dt>
                    {FLAG_KIND_LABEL[kind]} <span className="muted">({FLAG_KIND_DESCRIPTION[kind]})</span>
                  </dt>
                  {cells.map((cell) => (
                    <dd key={`${cell.row.key}:${cell.column}`}>
                      <a href={clauseHref(cell.row.key)} data-testid="flags.key-link">
                        {cell.row.lineage.title}
                      </a>
                      , {cell.row.cells[cell.column]!.version.shortTitle}: {cell.flag.label}: {cell.flag.detail}
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
      <p className="key-changes__note muted">Found by word rules in this browser, not by reading for meaning: check each against the text.</p>
    </section>
  )
}
