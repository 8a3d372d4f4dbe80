/** The split step's review of one text: merge, split, renumber or retitle its clauses before they are aligned. */
import { memo, useCallback, useRef, useState } from 'react'
import { mergeWithPrevious, retitleClause, splitClause } from '../../drafts/editClauses.ts'
import type { DraftClause } from '../../drafts/draftClause.ts'
import { SlicedList } from './SlicedList.tsx'
import { useShownCount } from './useShownCount.ts'

/** An edit of one version's clauses, applied to the list as it is when the edit lands. */
export type ClauseEdit = (clauses: readonly DraftClause[]) => DraftClause[]

/**
 * The last clauses of a list, just above the step's buttons, are laid out from the start (see
 * `.split-review__clause--laid-out`). A class, not `:nth-last-child`: that selector restyled every
 * clause drawn so far each time a slice was appended.
 */
const LAID_OUT_AT_END = 30

/**
 * One clause of the split, with its fields and buttons. Memoised: a new slice, or an edit of
 * another clause, leaves the clauses already drawn alone.
 */
const SplitClause = memo(function SplitClause({ clause, index, nearEnd, splitting, onEdit, onSplitting }: { clause: DraftClause; index: number; nearEnd: boolean; splitting: boolean; onEdit: (edit: ClauseEdit) => void; onSplitting: (index: number | null) => void }) {
  const caret = useRef<HTMLTextAreaElement>(null)
  return (
    <li className={nearEnd ? 'split-review__clause split-review__clause--laid-out' : 'split-review__clause'} data-testid="workspaces.clause">
      <div className="split-review__fields">
        <label>
          <span>Number</span>
          <input type="text" size={6} maxLength={12} value={clause.number ?? ''} onChange={(event) => onEdit((all) => retitleClause(all, index, event.target.value, clause.title ?? ''))} />
        </label>
        <label>
          <span>Title</span>
          <input type="text" maxLength={400} value={clause.title ?? ''} onChange={(event) => onEdit((all) => retitleClause(all, index, clause.number ?? '', event.target.value))} />
        </label>
      </div>
      {splitting ? (
        <div>
          <label>
            <span>Put the cursor where the new clause starts</span>
            <textarea ref={caret} readOnly rows={4} defaultValue={clause.text} />
          </label>
          <button
            type="button"
            onClick={() => {
              const at = caret.current?.selectionStart ?? 0
              onEdit((all) => splitClause(all, index, at))
              onSplitting(null)
            }}
          >
            Split at the cursor
          </button>
          <button type="button" onClick={() => onSplitting(null)}>
            Cancel
          </button>
        </div>
      ) : (
        <>
          {clause.section ? <p className="split-review__section muted">Under {clause.section}</p> : null}
          <p className="split-review__text">{clause.text}</p>
        </>
      )}
      {clause.parts.length > 0 ? (
        <ul className="split-review__parts">
          {clause.parts.map((part, p) => (
            <li key={`${part.label}-${p}`}>
              ({part.label}) {part.text}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        {index > 0 ? (
          <button type="button" onClick={() => onEdit((all) => mergeWithPrevious(all, index))}>
            Merge into the clause above<span className="sr-only"> ({clause.number ?? index + 1})</span>
          </button>
        ) : null}
        {!splitting ? (
          <button type="button" onClick={() => onSplitting(index)}>
            Split…<span className="sr-only"> clause {clause.number ?? index + 1}</span>
          </button>
        ) : null}
      </div>
    </li>
  )
})

/**
 * How one text (the form's `version`) was split, to merge, split, renumber or retitle clauses.
 * Memoised, with `onEdit` kept the same by its caller: the form's busy message does not redraw
 * thousands of clauses.
 */
export const SplitReview = memo(function SplitReview({ name, clauses, version, hidden, onEdit }: { name: string; clauses: readonly DraftClause[]; version: number; hidden: boolean; onEdit: (version: number, edit: ClauseEdit) => void }) {
  const [splitting, setSplitting] = useState<number | null>(null)
  const edit = useCallback((change: ClauseEdit) => onEdit(version, change), [onEdit, version])
  const shown = useShownCount(clauses.length)
  return (
    <section className="split-review" aria-label={`Clauses of ${name}`} data-testid="workspaces.split" hidden={hidden}>
      <h4>
        {name}: {clauses.length} {clauses.length === 1 ? 'clause' : 'clauses'}
      </h4>
      <SlicedList label={`All clauses of ${name}`} shown={shown} total={clauses.length} testId="workspaces.split-progress">
        <ol className="split-review__list">
          {clauses.slice(0, shown).map((clause, index) => (
            <SplitClause key={`${clause.line}-${index}`} clause={clause} index={index} nearEnd={index >= clauses.length - LAID_OUT_AT_END} splitting={splitting === index} onEdit={edit} onSplitting={setSplitting} />
          ))}
        </ol>
      </SlicedList>
    </section>
  )
})
