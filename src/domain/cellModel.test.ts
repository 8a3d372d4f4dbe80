import { describe, expect, it } from 'vitest'
import { buildComparison, COMPARISON_BASES, type ComparisonBase } from './buildComparison.ts'
import { redlineLayout, splitLayout, type CellView } from './cellModel.ts'
import { historyCells } from './historyCells.ts'
import { clauseHistory } from './clauseHistory.ts'
import { CLAUSE_STATUSES, type ClauseId, type ClauseStatus, type ClauseVersion, type Negotiation, type SourceId, type TermId, type TextKnown, type TopicId, type Version, type VersionId } from './model.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'
import { makeClause } from './testing/factories.ts'
import { formatTokens } from './testing/formatDiff.ts'
import { tokensForSide } from './diffText.ts'

const CLAUSE = 'test-clause' as ClauseId
const SOURCE = { source: 'report' as SourceId }
const ORIGINAL = 'The parties hold elections within 100 days.'

function clause(status: ClauseStatus, version: string, text: string | null, implicit = false): ClauseVersion {
  const base = makeClause(status, text === null ? {} : { main: text })
  return { ...base, version: version as VersionId, sources: [SOURCE], implicit, ...(status === 'unknown' || status === 'not-mentioned' ? { note: 'Why we do not know.' } : {}) }
}

function version(id: string, basedOn: string | null, textKnown: TextKnown, clauseVersion: ClauseVersion): Version {
  return {
    id: id as VersionId,
    title: id,
    shortTitle: id.toUpperCase(),
    date: '2025-11-20',
    parties: [],
    drafters: '',
    publication: '',
    textKnown,
    basedOn: basedOn as VersionId | null,
    pointCount: '1',
    summary: '',
    sources: [SOURCE],
    clauses: new Map([[CLAUSE, clauseVersion]]),
  }
}

/** Which text each status puts in the third column: what it is and whether it may carry wording. */
const THIRD: Record<ClauseStatus, string | null> = {
  kept: ORIGINAL,
  amended: 'The parties hold elections as soon as possible.',
  deleted: null,
  added: 'A new clause.',
  bracketed: 'The parties hold elections within 60 days.',
  'separate-track': 'Elections are left to a separate track.',
  unknown: null,
  'not-mentioned': null,
  absent: null,
}

/**
 * Three versions: the original A, a rival revision B that amends the clause, and C, an oral
 * account based on A whose clause has the status under test. C never revised B.
 */
function negotiation(status: ClauseStatus): Negotiation {
  // A clause C adds is one that A and B never had.
  const introduced = status === 'added'
  const a = version('a', null, 'full', introduced ? clause('absent', 'a', null, true) : clause('added', 'a', ORIGINAL))
  const b = version('b', 'a', 'full', introduced ? clause('absent', 'b', null, true) : clause('amended', 'b', 'The parties hold elections within 90 days.'))
  const c = version('c', 'a', 'oral-account', clause(status, 'c', THIRD[status], status === 'absent'))
  return {
    id: 'test',
    title: 'Test',
    summary: '',
    topics: [{ id: 'general' as TopicId, label: 'General' }],
    lineages: [{ id: CLAUSE, title: 'Test clause', topics: ['general' as TopicId], introducedIn: 'a' as VersionId }],
    terms: [],
    versions: [a, b, c],
    sources: new Map(),
    defaultComparison: ['a' as VersionId, 'b' as VersionId],
  }
}

/** Everything a reader sees of a cell's status and text, in one line. */
function describe3(cell: CellView): string {
  const status = cell.status ? `${cell.status.label}${cell.status.against ? ` vs ${cell.status.against}` : ''}` : '(no status)'
  const text =
    cell.text.kind === 'diff'
      ? `diff ${cell.text.parts.map((part) => formatTokens(tokensForSide(part.tokens, cell.text.kind === 'diff' ? cell.text.side : 'redline'))).join(' ')}`
      : cell.text.kind
  return `${status} | ${text} | evidence ${cell.evidence ? cell.evidence.refs.length : 'none'}`
}

const third = (status: ClauseStatus, base: ComparisonBase, layout = splitLayout) => {
  const n = negotiation(status)
  const model = buildComparison(n, ['a', 'b', 'c'] as VersionId[], base)
  return describe3(layout(n, model.rows[0]!).cells[2]!)
}

describe('domain/cellModel: every status against every base (C revises A, never B)', () => {
  // Expected reading of the third column. Against B (base=previous) a relation is either stated
  // against C's own base A, or found from the texts in words that claim no lineage.
  const expected: Record<ClauseStatus, Record<ComparisonBase, string>> = {
    kept: {
      first: 'Kept vs A | diff The parties hold elections within 100 days. | evidence 1',
      previous: 'Differs from B | diff The parties hold elections within [-90-]{+100+} days. | evidence 1',
      own: 'Kept vs A | diff The parties hold elections within 100 days. | evidence 1',
    },
    amended: {
      first: 'Amended vs A | diff The parties hold elections [-within 100 days-]{+as soon as possible+}. | evidence 1',
      previous: 'Differs from B | diff The parties hold elections [-within 90 days-]{+as soon as possible+}. | evidence 1',
      own: 'Amended vs A | diff The parties hold elections [-within 100 days-]{+as soon as possible+}. | evidence 1',
    },
    deleted: {
      first: 'Deleted vs A | diff [-The parties hold elections within 100 days.-] | evidence 1',
      previous: 'Deleted vs A | diff [-The parties hold elections within 90 days.-] | evidence 1',
      own: 'Deleted vs A | diff [-The parties hold elections within 100 days.-] | evidence 1',
    },
    added: {
      first: 'Added vs A | diff {+A new clause.+} | evidence 1',
      previous: 'Not in B | diff {+A new clause.+} | evidence 1',
      own: 'Added vs A | diff {+A new clause.+} | evidence 1',
    },
    bracketed: {
      first: 'Bracketed | diff The parties hold elections within [-100-]{+60+} days. | evidence 1',
      previous: 'Bracketed | diff The parties hold elections within [-90-]{+60+} days. | evidence 1',
      own: 'Bracketed | diff The parties hold elections within [-100-]{+60+} days. | evidence 1',
    },
    'separate-track': {
      first: 'Separate track | diff [-The parties hold elections within 100 days.-]{+Elections are left to a separate track.+} | evidence 1',
      previous: 'Separate track | diff [-The parties hold elections within 90 days.-]{+Elections are left to a separate track.+} | evidence 1',
      own: 'Separate track | diff [-The parties hold elections within 100 days.-]{+Elections are left to a separate track.+} | evidence 1',
    },
    unknown: {
      first: 'Unknown | unknown | evidence 1',
      previous: 'Unknown | unknown | evidence 1',
      own: 'Unknown | unknown | evidence 1',
    },
    'not-mentioned': {
      first: 'Not mentioned | not-mentioned | evidence 1',
      previous: 'Not mentioned | not-mentioned | evidence 1',
      own: 'Not mentioned | not-mentioned | evidence 1',
    },
    absent: {
      first: 'Not in this version | absent | evidence none',
      previous: 'Not in this version | absent | evidence none',
      own: 'Not in this version | absent | evidence none',
    },
  }

  for (const status of CLAUSE_STATUSES) {
    for (const base of COMPARISON_BASES) {
      it(`${status} against base=${base}`, () => {
        expect(third(status, base)).toBe(expected[status][base])
      })
    }
  }

  it('never says "Kept" or "Amended" about a column the version did not revise', () => {
    for (const status of CLAUSE_STATUSES) {
      const line = third(status, 'previous')
      expect(line).not.toMatch(/^(Kept|Amended)( |$)(?!vs A)/)
    }
  })

  it('never strikes a clause an account does not mention, in any layout or base', () => {
    for (const base of COMPARISON_BASES) {
      for (const layout of [splitLayout, redlineLayout]) {
        const line = third('not-mentioned', base, layout)
        expect(line).not.toContain('[-')
        expect(line).toContain('Not mentioned')
      }
    }
  })

  it('states the base of every column: the redline names what it is drawn against', () => {
    const n = negotiation('amended')
    const against = (base: ComparisonBase) => redlineLayout(n, buildComparison(n, ['a', 'b', 'c'] as VersionId[], base).rows[0]!).cells.map((cell) => cell.redlineAgainst)
    expect(against('first')).toEqual([null, 'A', 'A'])
    expect(against('previous')).toEqual([null, 'A', 'B'])
    expect(against('own')).toEqual([null, 'A', 'A'])
  })

  it('with two versions, names no base where the other column is the obvious one', () => {
    const n = negotiation('amended')
    const cells = splitLayout(n, buildComparison(n, ['a', 'c'] as VersionId[]).rows[0]!).cells
    expect(cells.map((cell) => cell.status && `${cell.status.label}${cell.status.against ?? ''}`)).toEqual([null, 'Amended'])
    expect(cells[0]!.text.kind).toBe('diff')
  })
})

describe('domain/cellModel on the bundled drafts', () => {
  const bundled = loadBundledNegotiation()
  const four = ['us-28', 'e3', 'geneva-19', 'ua-20'] as VersionId[]
  const rowOf = (base: ComparisonBase, clause: string) => buildComparison(bundled, four, base).rows.find((row) => row.key === clause)!

  it('shows Geneva’s army cap as disputed, against the US 600,000, with the delta, under every base', () => {
    for (const base of COMPARISON_BASES) {
      const line = splitLayout(bundled, rowOf(base, 'army-size')).termLines.find((term) => term.term.id === ('army-cap' as TermId))!
      const geneva = line.cells[2]!
      expect(geneva.disputed?.map((claim) => claim.claim)).toEqual(['800,000 in peacetime (the FT, citing Ukrainian officials)', 'No strict cap on the army'])
      if (base === 'previous') expect(geneva.comparison).toBe('same as E3')
      else expect(geneva.comparison).toBe('+200,000 (+33%); at all times → in peacetime against US 28-point')
    }
  })

  it('says "same as", never "kept" or "unchanged", where a column is compared with one it never revised', () => {
    const layout = splitLayout(bundled, rowOf('previous', 'army-size'))
    expect(layout.cells.map((cell) => cell.status && `${cell.status.label}${cell.status.against ? ` vs ${cell.status.against}` : ''}`)).toEqual([
      null,
      'Amended vs US 28-point',
      'Amended vs US 28-point',
      'Differs from Geneva 19-point',
    ])
    const words = JSON.stringify(layout)
    expect(words).not.toMatch(/unchanged|"Kept"/)
  })

  it('lines up territory’s regions in the same order in every column', () => {
    const layout = splitLayout(bundled, rowOf('first', 'territory'))
    expect(layout.termLines.map((line) => line.term.id)).toEqual([
      'territory-donetsk',
      'territory-crimea',
      'territory-luhansk',
      'territory-kherson',
      'territory-zaporizhzhia',
      'territory-other',
    ])
    for (const cell of layout.cells) expect(cell.terms.map((term) => term.term.id)).toEqual(layout.termLines.map((line) => line.term.id))
  })

  it('gives a clause that was never in a version no evidence and no second "not part" note (#/clause/us-free-trade)', () => {
    const lineage = bundled.lineages.find((candidate) => candidate.id === 'us-free-trade')!
    const cells = historyCells(bundled, lineage, clauseHistory(bundled, lineage.id))
    const us = cells.find((cell) => cell.version.id === 'us-28')!
    expect(us.text.kind).toBe('absent')
    expect(us.note).toBeNull()
    expect(us.evidence).toBeNull()
    expect(cells.find((cell) => cell.version.id === 'ua-20')!.evidence?.refs.length).toBeGreaterThan(0)
  })

  it('shows no ua-20 clause as deleted unless a cited source reports the deletion', () => {
    const deleted = buildComparison(bundled, four).rows.filter((row) => row.cells[3]!.status === 'deleted').map((row) => row.key)
    expect(deleted).toEqual(['nato-membership', 'fighter-jets-poland'])
  })
})
