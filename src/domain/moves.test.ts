import { describe, expect, it } from 'vitest'
import { buildComparison, type ComparisonModel } from './buildComparison.ts'
import { redlineLayout, splitLayout } from './cellModel.ts'
import type { CellText } from './cellText.ts'
import { tokensForSide, type RedlineToken } from './diffText.ts'
import { applyMoves } from './moveMarks.ts'
import { differingMiddles, findMoves, findMovesInSteps } from './moves.ts'
import { MIN_MOVE_WORDS, sharedStretch } from './moveWords.ts'
import type { VersionId } from './model.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'
import { ownDrafts } from './testing/movedDrafts.ts'

function rowOf(model: ComparisonModel, number: string) {
  const row = model.rows.find((candidate) => candidate.cells[1]!.clause.number === number)
  if (!row) throw new Error(`No row for point ${number}`)
  return row
}

/** The runs a cell draws, as its side of the redline shows them. */
function runs(text: CellText): RedlineToken[] {
  if (text.kind !== 'diff') return []
  return text.parts.flatMap((part) => tokensForSide(text.moved.get(part.key) ?? part.tokens, text.side))
}

const moved = (tokens: readonly RedlineToken[]) =>
  tokens.flatMap((token) => (token.kind === 'moved-from' || token.kind === 'moved-to' ? [`${token.kind}: ${token.text.trim()} (${token.label})`] : []))

describe('domain/moves: finding moved text', () => {
  it('a sentence moved from point 7 to point 9 is moved, not deleted and inserted, on both ends', () => {
    const { negotiation, model } = ownDrafts()
    const moves = findMoves(model)
    const sentence = 'NATO adds a provision to its statutes that Ukraine will not be admitted in future.'
    const landed = redlineLayout(negotiation, rowOf(model, '9'), moves).cells[1]!
    expect(moved(runs(landed.text))).toEqual([`moved-to: ${sentence} (moved from point 7)`])
    expect(runs(landed.text).filter((token) => token.kind === 'added')).toEqual([])
    const left = redlineLayout(negotiation, rowOf(model, '7'), moves).cells[1]!
    expect(moved(runs(left.text))).toEqual([`moved-from: ${sentence} (moved to point 9)`])
    expect(runs(left.text).filter((token) => token.kind === 'removed')).toEqual([])
    // Both ends carry one name, which Word uses to pair them.
    const names = [...runs(landed.text), ...runs(left.text)].flatMap((token) => ('name' in token ? [token.name] : []))
    expect(new Set(names).size).toBe(1)
  })

  it('in steps, a page can spread a long comparison over several tasks and finds the same moves', () => {
    const negotiation = loadBundledNegotiation()
    const versions = ['us-28', 'e3', 'geneva-19', 'ua-20'] as VersionId[]
    const whole = findMoves(buildComparison(negotiation, versions))
    // A model built afresh, so nothing is cached.
    const model = buildComparison(negotiation, versions)
    const steps = findMovesInSteps(model)
    let pauses = 0
    let step = steps.next()
    while (!step.done) {
      pauses += 1
      step = steps.next()
    }
    expect(pauses).toBeGreaterThan(3)
    expect(step.value.count).toBe(whole.count)
  })

  it('side by side, the left column shows where the text left and the right where it landed', () => {
    const { negotiation, model } = ownDrafts()
    const moves = findMoves(model)
    const [before, after] = splitLayout(negotiation, rowOf(model, '7'), moves).cells
    expect(moved(runs(before!.text))).toHaveLength(1)
    expect(moved(runs(before!.text))[0]).toContain('(moved to point 9)')
    // The after side of point 7 no longer has the sentence at all.
    expect(moved(runs(after!.text))).toEqual([])
  })

  it('a sentence moved within a clause says so', () => {
    const { negotiation, model } = ownDrafts()
    const cell = redlineLayout(negotiation, rowOf(model, '2'), findMoves(model)).cells[1]!
    const found = moved(runs(cell.text))
    expect(found.length).toBe(2)
    expect(found.every((line) => line.endsWith('(moved within point 2)'))).toBe(true)
  })

  it('a changed number is a change, not a move; without a move index nothing is marked moved', () => {
    const { negotiation, model } = ownDrafts()
    const army = redlineLayout(negotiation, rowOf(model, '6'), findMoves(model)).cells[1]!
    expect(moved(runs(army.text))).toEqual([])
    expect(moved(runs(redlineLayout(negotiation, rowOf(model, '9')).cells[1]!.text))).toEqual([])
  })

  it('finds the same moves every time, whichever rows are drawn first', () => {
    const first = ownDrafts()
    const second = ownDrafts()
    const layoutOf = ({ negotiation, model }: ReturnType<typeof ownDrafts>, order: string[]) => {
      const moves = findMoves(model)
      return Object.fromEntries(order.map((number) => [number, moved(runs(redlineLayout(negotiation, rowOf(model, number), moves).cells[1]!.text))]))
    }
    expect(layoutOf(first, ['2', '7', '9'])).toEqual(layoutOf(second, ['9', '7', '2']))
    expect(findMoves(first.model)).toBe(findMoves(first.model))
  })
})

describe('domain/moves: what counts as moved', () => {
  it('needs a run of several words: common words and short phrases never count', () => {
    expect(sharedStretch('the', 'the')).toBeNull()
    expect(sharedStretch('in the event of', 'in the event of')).toBeNull()
    // Five short words are still too little text.
    expect(sharedStretch('it is to be so', 'it is to be so')).toBeNull()
    const stretch = sharedStretch('Ukraine rules out NATO membership. NATO adds a provision to its statutes.', 'nato adds a provision to its statutes, they said')
    expect(stretch?.words).toBeGreaterThanOrEqual(MIN_MOVE_WORDS)
    expect('Ukraine rules out NATO membership. NATO adds a provision to its statutes.'.slice(...stretch!.from)).toBe('NATO adds a provision to its statutes')
  })

  it('compares words in lower case, ignoring punctuation, and takes a shared full stop along', () => {
    const stretch = sharedStretch('Old text. Elections are held within one hundred days. More.', 'New: elections are held within one hundred days.')!
    expect('Old text. Elections are held within one hundred days. More.'.slice(...stretch.from)).toBe('Elections are held within one hundred days.')
    expect('New: elections are held within one hundred days.'.slice(...stretch.to)).toBe('elections are held within one hundred days.')
  })

  it('cuts the moved stretch out of its run, keeping the rest as it was', () => {
    const tokens = [
      { kind: 'equal' as const, text: 'Keep. ' },
      { kind: 'removed' as const, text: 'Drop this. Moved words stay exactly the same here.' },
    ]
    const mark = { token: 1, start: 11, end: 50, kind: 'moved-from' as const, label: 'moved to point 9', name: 'move-1-1' }
    expect(applyMoves(tokens, [mark])).toEqual([
      { kind: 'equal', text: 'Keep. ' },
      { kind: 'removed', text: 'Drop this. ' },
      { kind: 'moved-from', text: 'Moved words stay exactly the same here.', label: 'moved to point 9', name: 'move-1-1' },
    ])
  })
})

describe('domain/moves: only the differing middles are hashed', () => {
  it('drops the shared start and end at word boundaries, whole words kept', () => {
    expect(differingMiddles('The cap is 600,000 personnel.', 'The cap is 800,000 personnel.')).toEqual(['600,000', '800,000'])
    expect(differingMiddles('Keep ab', 'Keep abc')).toEqual(['ab', 'abc'])
    expect(differingMiddles('Same.', 'Same.')).toEqual(['', ''])
    expect(differingMiddles('', 'New text.')).toEqual(['', 'New text.'])
  })
})
