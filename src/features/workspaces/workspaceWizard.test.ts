import { describe, expect, it } from 'vitest'
import type { Alignment } from '../../drafts/alignment.ts'
import { retitleClause } from '../../drafts/editClauses.ts'
import type { DraftClause } from '../../drafts/draftClause.ts'
import { alignedPairs, initialWizard, wizardReducer, type WizardAction, type WizardState } from './workspaceWizard.ts'

const clause = (number: string, text: string): DraftClause => ({ number, title: null, text, parts: [], line: Number(number) })
const SPLITS = [[clause('1', 'Elections within 100 days.')], [clause('1', 'Elections within 60 days.')]]
const ALIGNMENT: Alignment = { links: [{ earlier: 0, confidence: 0.9, reason: 'same-number', splitFrom: null }], mergedInto: new Map() }
const run = (actions: readonly WizardAction[], from: WizardState = initialWizard()) => actions.reduce(wizardReducer, from)

describe('the new-workspace wizard', () => {
  it('goes from the texts to the clauses to the alignment, each step starting without the last one’s problems', () => {
    const split = run([{ type: 'problems', problems: ['Version 1 has no text'] }, { type: 'split', splits: SPLITS }])
    expect(split.step).toEqual({ kind: 'split', splits: SPLITS })
    expect(split.problems).toEqual([])
    const aligned = run([{ type: 'align', alignments: [ALIGNMENT] }], split)
    expect(aligned.step).toEqual({ kind: 'align', splits: SPLITS, alignments: [ALIGNMENT] })
  })

  it('goes back from the alignment to the clauses as the user edited them, and from there to the texts', () => {
    const edited = run([
      { type: 'split', splits: SPLITS },
      { type: 'edit-split', version: 1, edit: (clauses) => retitleClause(clauses, 0, '1', 'Elections') },
      { type: 'align', alignments: [ALIGNMENT] },
      { type: 'back' },
    ])
    expect(edited.step.kind).toBe('split')
    expect(edited.step.kind === 'split' && edited.step.splits[1]?.[0]?.title).toBe('Elections')
    expect(edited.step.kind === 'split' && edited.step.splits[0]).toBe(SPLITS[0])
    expect(run([{ type: 'back' }], edited).step).toEqual({ kind: 'input' })
  })

  it('relinks a clause only in the alignment step, and an edit of the clauses only in the split step', () => {
    const aligned = run([{ type: 'split', splits: SPLITS }, { type: 'align', alignments: [ALIGNMENT] }, { type: 'relink', pair: 0, later: 0, earlier: null }])
    expect(aligned.step.kind === 'align' && aligned.step.alignments[0]?.links[0]).toMatchObject({ earlier: null, reason: 'new' })
    expect(run([{ type: 'edit-split', version: 0, edit: () => [] }], aligned)).toBe(aligned)
    const start = initialWizard()
    expect(run([{ type: 'relink', pair: 0, later: 0, earlier: 0 }], start)).toBe(start)
  })

  it('keeps two to five versions', () => {
    const start = initialWizard()
    expect(run([{ type: 'remove-draft', index: 0 }], start).drafts).toHaveLength(2)
    const five = run(Array.from({ length: 6 }, (): WizardAction => ({ type: 'add-draft' })), start)
    expect(five.drafts).toHaveLength(5)
    expect(five.drafts.map((draft) => draft.name)).toEqual(['Draft 1', 'Draft 2', 'Draft 3', 'Draft 4', 'Draft 5'])
    expect(run([{ type: 'remove-draft', index: 1 }], five).drafts.map((draft) => draft.name)).toEqual(['Draft 1', 'Draft 3', 'Draft 4', 'Draft 5'])
  })

  it('pairs each later draft with the one before it, with their clauses', () => {
    const { drafts } = initialWizard()
    expect(alignedPairs(drafts, SPLITS, [ALIGNMENT]).map(({ earlier, later, pair }) => [earlier.name, later.name, later.clauses, later.version, pair])).toEqual([['Draft 1', 'Draft 2', SPLITS[1], 1, 0]])
    expect(alignedPairs(drafts, SPLITS.slice(0, 1), [ALIGNMENT])).toEqual([])
  })
})
