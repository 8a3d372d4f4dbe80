/**
 * The alignment step's review of two versions: which earlier clause each later clause continues,
 * with merges and splits shown with what they came from, to correct before saving.
 */
import { memo, useCallback, useId, useState } from 'react'
import { confidenceLabel } from '../../drafts/alignConfidence.ts'
import type { Alignment, ClauseLink, LinkReason } from '../../drafts/alignment.ts'
import { compareQuantities } from '../../drafts/quantities.ts'
import type { DraftClause } from '../../drafts/draftClause.ts'
import { SlicedList } from './SlicedList.tsx'
import { useShownCount } from './useShownCount.ts'

const REASON_LABEL: Record<LinkReason, string> = {
  'same-text': 'same wording',
  'same-number': 'same number, similar wording',
  'number-only': 'same number; nothing in the wording to go by',
  'similar-text': 'similar wording',
  split: 'split from another clause',
  new: 'no earlier clause is close',
  confirmed: 'set by you',
}

function clauseLabel(clause: DraftClause, index: number): string {
  const words = (clause.title ?? clause.text ?? clause.parts[0]?.text ?? '').split(/\s+/).slice(0, 8).join(' ')
  return `${clause.number ?? `¶${index + 1}`}: ${words}`
}

function wording(clause: DraftClause): string {
  return [clause.text, ...clause.parts.map((part) => part.text)].join(' ')
}

const SURENESS = { high: 'Sure', medium: 'Fairly sure', low: 'Unsure' } as const
const sureness = (confidence: number) => `${SURENESS[confidenceLabel(confidence)]} (${Math.round(confidence * 100)}%)`

/** Beyond this many earlier clauses, one shared list to type into replaces a menu per row. */
const SELECT_LIMIT = 150

function MatchChooser({ label, earlier, chosen, listId, onChoose }: { label: string; earlier: readonly DraftClause[]; chosen: number | null; listId: string; onChoose: (earlier: number | null) => void }) {
  const [typed, setTyped] = useState<string | null>(null)
  if (earlier.length <= SELECT_LIMIT) {
    return (
      <select aria-label={label} value={chosen ?? ''} onChange={(event) => onChoose(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">None: a new clause</option>
        {earlier.map((option, i) => (
          <option key={i} value={i}>
            {clauseLabel(option, i)}
          </option>
        ))}
      </select>
    )
  }
  const chosenClause = chosen === null ? undefined : earlier[chosen]
  const current = chosenClause && chosen !== null ? clauseLabel(chosenClause, chosen) : ''
  const commit = (value: string) => {
    setTyped(null)
    if (value.trim() === '') return onChoose(null)
    // The clause's label, or just its number.
    const index = earlier.findIndex((clause, i) => clauseLabel(clause, i) === value || clause.number === value.trim())
    if (index >= 0) onChoose(index)
  }
  return (
    <input
      type="text"
      aria-label={`${label} (type its number; empty for a new clause)`}
      list={listId}
      value={typed ?? current}
      onChange={(event) => setTyped(event.target.value)}
      onBlur={(event) => commit(event.target.value)}
      onKeyDown={(event) => event.key === 'Enter' && commit(event.currentTarget.value)}
    />
  )
}

type Absorbed = readonly { readonly i: number; readonly confidence: number }[]
const NONE: Absorbed = []

/** One later clause: which earlier clause it continues, what it took in, how sure the match is. Memoised, as `SplitClause`. */
const MatchRow = memo(function MatchRow({ clause, j, link, merged, earlier, laterName, listId, onRelink }: { clause: DraftClause; j: number; link: ClauseLink; merged: Absorbed; earlier: readonly DraftClause[]; laterName: string; listId: string; onRelink: (later: number, earlier: number | null) => void }) {
  const match = link.earlier === null ? null : earlier[link.earlier]
  const deltas = match ? compareQuantities(wording(match), wording(clause)) : []
  const splitFrom = link.splitFrom === null ? undefined : earlier[link.splitFrom]
  return (
    <tr data-testid="workspaces.match">
      <th scope="row">
        {clause.section ? <span className="alignment-review__section">{clause.section}</span> : null}
        {clauseLabel(clause, j)}
      </th>
      <td>
        <MatchChooser label={`Clause ${clause.number ?? j + 1} of ${laterName} continues`} earlier={earlier} chosen={link.earlier} listId={listId} onChoose={(earlierIndex) => onRelink(j, earlierIndex)} />
        {merged.length > 0 ? (
          <ul className="alignment-review__merged" aria-label="Also merged into it">
            {merged.flatMap(({ i, confidence }) => {
              const taken = earlier[i]
              return taken ? [<li key={i}>Also takes in, merged: {clauseLabel(taken, i)} ({sureness(confidence)})</li>] : []
            })}
          </ul>
        ) : null}
        {deltas.length > 0 ? (
          <ul className="alignment-review__deltas">
            {deltas.map((delta) => (
              <li key={delta.summary}>{delta.summary}</li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        {link.reason === 'confirmed'
          ? 'Set by you'
          : link.earlier === null
            ? link.reason === 'split' && link.splitFrom !== null && splitFrom
              ? `Split from ${clauseLabel(splitFrom, link.splitFrom)}: ${sureness(link.confidence)}`
              : 'New'
            : `${sureness(link.confidence)}: ${REASON_LABEL[link.reason]}`}
      </td>
    </tr>
  )
})

/**
 * Which earlier clause each later clause continues, with merges and splits shown with what they
 * came from (the form's alignment number `pair`). Memoised, with `onRelink` kept the same by its
 * caller, and its rows drawn in slices.
 */
export const AlignmentReview = memo(function AlignmentReview({ earlierName, laterName, earlier, later, alignment, pair, onRelink }: { earlierName: string; laterName: string; earlier: readonly DraftClause[]; later: readonly DraftClause[]; alignment: Alignment; pair: number; onRelink: (pair: number, later: number, earlier: number | null) => void }) {
  const [onlyDoubtful, setOnlyDoubtful] = useState(later.length > 60)
  const relinkHere = useCallback((laterIndex: number, earlierIndex: number | null) => onRelink(pair, laterIndex, earlierIndex), [onRelink, pair])
  const listId = useId()
  const continued = new Set(alignment.links.flatMap((link) => (link.earlier === null ? [] : [link.earlier])))
  const dropped = earlier.flatMap((clause, i) => (continued.has(i) || alignment.mergedInto.has(i) ? [] : [{ clause, i }]))
  /** Earlier clauses merged into each later clause, by later index. */
  const absorbed = new Map<number, { i: number; confidence: number }[]>()
  for (const [i, merge] of alignment.mergedInto) absorbed.set(merge.later, [...(absorbed.get(merge.later) ?? []), { i, confidence: merge.confidence }])
  const counts = { high: 0, medium: 0, low: 0, new: 0, split: 0 }
  alignment.links.forEach((link) => {
    if (link.earlier === null) counts[link.reason === 'split' ? 'split' : 'new']++
    else counts[confidenceLabel(link.confidence)]++
  })
  const rows = later.flatMap((clause, j) => {
    const link = alignment.links[j]
    if (!link) return []
    const merged = absorbed.get(j) ?? NONE
    const doubtful = link.reason !== 'confirmed' && (link.earlier === null ? link.reason === 'split' : confidenceLabel(link.confidence) !== 'high')
    return onlyDoubtful && !doubtful && merged.length === 0 ? [] : [{ clause, j, link, merged }]
  })
  const shown = useShownCount(rows.length)
  return (
    <section className="alignment-review" aria-label={`${laterName} against ${earlierName}`} data-testid="workspaces.alignment">
      <h4>
        {laterName} against {earlierName}
      </h4>
      <p>
        {counts.high} sure, {counts.medium} fairly sure, {counts.low} unsure, {counts.new} new, {counts.split} split from an earlier clause, {alignment.mergedInto.size} merged into another clause, {dropped.length} not continued (deleted).
      </p>
      <label>
        <input type="checkbox" checked={onlyDoubtful} onChange={(event) => setOnlyDoubtful(event.target.checked)} /> Show only the matches to check
      </label>
      {earlier.length > SELECT_LIMIT ? (
        <datalist id={listId}>
          {earlier.map((option, i) => (
            <option key={i} value={clauseLabel(option, i)} />
          ))}
        </datalist>
      ) : null}
      <SlicedList label={`All matches of ${laterName}`} shown={shown} total={rows.length} testId="workspaces.alignment-progress">
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Clause of {laterName}</th>
                <th scope="col">Continues clause of {earlierName}</th>
                <th scope="col">How sure</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map(({ clause, j, link, merged }) => (
                <MatchRow key={j} clause={clause} j={j} link={link} merged={merged} earlier={earlier} laterName={laterName} listId={listId} onRelink={relinkHere} />
              ))}
            </tbody>
          </table>
        </div>
      </SlicedList>
      {dropped.length > 0 ? (
        <>
          <h5>Not continued in {laterName} (shown as deleted)</h5>
          <ul>
            {dropped.map(({ clause, i }) => (
              <li key={i}>{clauseLabel(clause, i)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
})
