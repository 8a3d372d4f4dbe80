/**
 * Fuzzing the draft importers: seeded, bounded in time per input. Every input either imports
 * or is refused with a message; none throws, none hangs (5 s per input at most). `npm test` runs
 * a small number of cases; `npm run fuzz:drafts` runs FUZZ_RUNS (10,000) per importer.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { readWorkspaceFile } from '../load/workspaceFile.ts'
import { workspaceFileText } from '../domain/testing/workspaceFileMutations.ts'
import { alignClauses } from './alignClauses.ts'
import { docxHtmlToText } from './documentText.ts'
import { pdfItemsToText } from './pdfText.ts'
import { splitClauses } from './splitClauses.ts'

// Node's globals, typed here: the app's tsconfig has no Node types.
const node = (globalThis as unknown as { process: { env: Record<string, string | undefined>; stdout: { write: (text: string) => void } } }).process
const RUNS = Number(node.env.FUZZ_RUNS ?? 300)
const SEED = Number(node.env.FUZZ_SEED ?? 20261130)
// A hang detector, not a speed test: generous enough for a 2-core machine shared with other work.
const CASE_LIMIT_MS = 5_000
const counts = new Map<string, { runs: number; refused: number }>()

function timed<T>(importer: string, run: () => T, refused: (result: T) => boolean): T {
  const started = performance.now()
  const result = run()
  const elapsed = performance.now() - started
  if (elapsed > CASE_LIMIT_MS) throw new Error(`${importer} took ${Math.round(elapsed)} ms on one input`)
  const count = counts.get(importer) ?? { runs: 0, refused: 0 }
  count.runs++
  if (refused(result)) count.refused++
  counts.set(importer, count)
  return result
}

const PREFIXES = ['1.', '2)', '10.', 'Point 3', 'Article 4:', 'Art. IV', '§ 5', '§5.', 'IV.', 'MMMDCCCLXXXVIII.', '(a)', 'b)', '(iv)', '# ', '## Article 7 —', '###### ', '- ', '* ', '> ', '**1.**', '1.2.3.', '99999.', '(', ')', '§', '#']
const WORDS = ['Ukraine', 'shall', 'the', '600,000', 'personnel', '100 days', '$100 billion', '€5 bn', '50%', '1 March 2026', '2026-02-30', '<script>alert(1)</script>', '&amp;', '\u202e', '\u200b', '\u0000', 'é', '🙂', '\ud800', '**', '__', '(', ')', '.', ':']

const draftLine = fc.tuple(fc.constantFrom(...PREFIXES, ''), fc.array(fc.constantFrom(...WORDS), { maxLength: 12 })).map(([prefix, words]) => `${prefix} ${words.join(' ')}`)
const structuredDraft = fc.array(draftLine, { maxLength: 60 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028').map((eol) => lines.join(eol)))
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), structuredDraft, fc.constantFrom(' '.repeat(100_000), '(a) '.repeat(20_000), '1. '.repeat(30_000), '#'.repeat(50_000), `1. ${'x'.repeat(25_000)}`))

function isMessage(result: { ok: boolean; message?: string }): boolean {
  return result.ok || (typeof result.message === 'string' && result.message.length > 0)
}

const fuzz = (property: fc.IProperty<unknown> | fc.IAsyncProperty<unknown>) =>
  fc.assert(property as fc.IProperty<unknown>, { numRuns: RUNS, seed: SEED, endOnFailure: true })

describe('fuzzing the draft importers', { timeout: 600_000 }, () => {
  it('the clause splitter (pasted text, .txt and .md) imports or refuses with a message', () => {
    fuzz(
      fc.property(anyText, (text) => {
        const result = timed('splitter', () => splitClauses(text), (r) => !r.ok)
        expect(isMessage(result)).toBe(true)
      }),
    )
  })

  it('Word documents: the text of any HTML mammoth could give splits or is refused', () => {
    const html = fc.array(
      fc.oneof(
        fc.constantFrom('<p>', '</p>', '<ol>', '</ol>', '<ul>', '</ul>', '<li>', '</li>', '<h1>', '</h2>', '<br />', '<table><tr><td>', '</td></tr></table>', '&amp;', '&#x1F600;', '&#0;', '&#99999999;', '<', '<p class="x" data-x=">">'),
        fc.constantFrom(...WORDS),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 80 },
    )
    fuzz(
      fc.property(html, (parts) => {
        const result = timed('docx', () => splitClauses(docxHtmlToText(parts.join(''))), (r) => !r.ok)
        expect(isMessage(result)).toBe(true)
      }),
    )
  })

  it('PDF: any text layer splits or is refused with a message', () => {
    const item = fc.record({ str: fc.oneof(fc.string({ maxLength: 30 }), draftLine), hasEOL: fc.boolean(), y: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constant(Number.NaN)) })
    fuzz(
      fc.property(fc.array(fc.array(item, { maxLength: 40 }), { maxLength: 6 }), (pages) => {
        const result = timed(
          'pdf',
          () => {
            const text = pdfItemsToText(pages, 'fuzz.pdf')
            return text.ok ? splitClauses(text.text) : text
          },
          (r) => !r.ok,
        )
        expect(isMessage(result)).toBe(true)
      }),
    )
  })

  it('the aligner takes any two split drafts', () => {
    fuzz(
      fc.property(structuredDraft, structuredDraft, (a, b) => {
        const left = splitClauses(a)
        const right = splitClauses(b)
        if (!left.ok || !right.ok) return
        const alignment = timed('aligner', () => alignClauses(left.clauses, right.clauses), () => false)
        expect(alignment.links).toHaveLength(right.clauses.length)
        const continued = alignment.links.flatMap((link) => (link.earlier === null ? [] : [link.earlier]))
        expect(new Set(continued).size).toBe(continued.length)
      }),
    )
  })

  it('workspace files (the JSON format): any text or mutated workspace loads or is refused with a message', () => {
    fuzz(
      fc.property(workspaceFileText, (text) => {
        const result = timed('workspace-json', () => readWorkspaceFile('fuzz.json', text), (r) => !r.ok)
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0)
          for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0)
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
    )
  })

  afterAll(() => {
    const lines = [...counts].map(([importer, { runs, refused }]) => `${importer}: ${runs} inputs (${refused} refused with a message)`)
    node.stdout.write(`fuzz (seed ${SEED}): ${lines.join('; ')}\n`)
  })
})
