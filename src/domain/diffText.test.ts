import { diffWords } from 'diff/lib/diff/word.js'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { diffOptionsFor, diffText, editLengthBound, sameText, sharedWordsBound, tokensForSide, type TextDiff } from './diffText.ts'
import { formatTokens } from './testing/formatDiff.ts'

const show = (diff: TextDiff) => (diff.kind === 'same' ? '(same)' : `${diff.kind}: ${formatTokens(diff.tokens)}`)

describe('domain/diffText', () => {
  it.each([
    { before: 'capped at 600,000 personnel.', after: 'capped at 800,000 personnel in peacetime.', expected: 'changed: capped at [-600,000-]{+800,000+} personnel {+in peacetime+}.' },
    { before: 'European fighter jets will be stationed in Poland.', after: 'NATO fighter jets will be stationed in Poland.', expected: 'changed: [-European-]{+NATO+} fighter jets will be stationed in Poland.' },
    { before: 'Same words.', after: 'Same words.', expected: '(same)' },
  ])('diffs by word: $expected', ({ before, after, expected }) => {
    expect(show(diffText(before, after))).toBe(expected)
  })

  it('treats case as a difference unless asked not to', () => {
    expect(show(diffText('NATO troops', 'nato troops'))).toBe('changed: [-NATO-]{+nato+} troops')
    expect(show(diffText('NATO troops', 'nato troops', { ignoreCase: true }))).toBe('(same)')
  })

  it('ignores punctuation only when asked, and still shows the words that changed', () => {
    expect(show(diffText('security guarantees, for Ukraine', 'security guarantees for Ukraine'))).not.toBe('(same)')
    expect(show(diffText('security guarantees, for Ukraine', 'security guarantees for Ukraine', { ignorePunctuation: true }))).toBe('(same)')
    expect(show(diffText('guarantees, for Ukraine.', 'guarantees for all of Ukraine', { ignorePunctuation: true }))).toBe('changed: guarantees for {+all of +}Ukraine')
  })

  it('ignores spacing only when asked', () => {
    expect(show(diffText('capped at 600 000 personnel', 'capped at 600000 personnel'))).not.toBe('(same)')
    expect(show(diffText('capped at 600 000 personnel', 'capped at 600000 personnel', { ignoreWhitespace: true }))).toBe('(same)')
  })

  it('reads the ignored differences from the URL list', () => {
    expect(diffOptionsFor(['case', 'space'])).toEqual({ ignoreCase: true, ignorePunctuation: false, ignoreWhitespace: true })
  })

  it('diffs Cyrillic by whole words, not letters', () => {
    expect(show(diffText('Київська область', 'Львівська область'))).toBe('changed: [-Київська-]{+Львівська+} область')
    expect(show(diffText('армия 600 тысяч', 'армия 800 тысяч'))).toBe('changed: армия [-600-]{+800+} тысяч')
  })

  it('calls two unrelated texts rewritten instead of interleaving their few shared words', () => {
    const diff = diffText(
      'US$100 billion of frozen Russian assets go into US-led efforts to rebuild Ukraine.',
      'Ukraine is to be fully rebuilt and compensated from Russian sovereign assets, which stay frozen.',
    )
    expect(diff.kind).toBe('rewritten')
    expect(show(diff)).toBe(
      'rewritten: [-US$100 billion of frozen Russian assets go into US-led efforts to rebuild Ukraine.-]{+Ukraine is to be fully rebuilt and compensated from Russian sovereign assets, which stay frozen.+}',
    )
  })

  it('gives up within its bounds on a pathological pair and shows it as rewritten', () => {
    const words = (seed: number) => Array.from({ length: 3000 }, (_, i) => `w${(i * seed) % 997}`).join(' ')
    expect(diffText(words(7), words(13)).kind).toBe('rewritten')
    expect(diffText(words(7), words(13), { maxEditLength: 200 }).kind).toBe('rewritten')
  })

  it('bounds the edits it explores by the texts’ size alone', () => {
    expect(editLengthBound('short', 'texts')).toBeGreaterThan(10_000)
    expect(editLengthBound('a'.repeat(2_000), 'b'.repeat(2_000))).toBe(500)
    // The longest clause parts the data format allows still get a word diff of up to 100 edits.
    expect(editLengthBound('a'.repeat(20_000), 'b'.repeat(20_000))).toBe(100)
  })

  it('reconstructs both texts (whitespace normalized) from its tokens', () => {
    const pairs = [
      ['Ukraine holds elections within 100 days.', 'Ukraine holds elections as soon as possible after the peace agreement is signed.'],
      ['A “total and complete” non-aggression agreement.', 'A comprehensive non-aggression agreement.'],
      ['Line one\n\nline two', 'Line one\nline 2'],
    ] as const
    for (const [rawBefore, rawAfter] of pairs) {
      const [before, after] = [rawBefore, rawAfter].map((text) => text.replace(/\s+/g, ' '))
      const diff = diffText(rawBefore, rawAfter, { minShared: 0 })
      if (diff.kind === 'same') continue
      expect(diff.tokens.filter((t) => t.kind !== 'added').map((t) => t.text).join('')).toBe(before)
      expect(diff.tokens.filter((t) => t.kind !== 'removed').map((t) => t.text).join('')).toBe(after)
    }
  })
})

describe('domain/sameText', () => {
  it('ignores how the spaces run, and nothing else', () => {
    expect(sameText('capped  at\n600,000', ' capped at 600,000 ')).toBe(true)
    expect(sameText('capped at\u00a0600,000', 'capped at 600,000')).toBe(true)
    expect(sameText('capped at 600,000', 'capped at 800,000')).toBe(false)
    expect(sameText('a b', 'ab')).toBe(false)
    expect(sameText('ab', 'a b')).toBe(false)
    expect(sameText('a ', 'a b')).toBe(false)
    expect(sameText('', ' \t')).toBe(true)
    expect(sameText('', 'a')).toBe(false)
  })

  it('agrees with comparing the texts with their spaces collapsed and trimmed', () => {
    // Every character JavaScript's \s matches is among these, with look-alikes that it does not match.
    const character = fc.constantFrom('a', 'b', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2009', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e')
    const text = fc.array(character, { maxLength: 12 }).map((characters) => characters.join(''))
    const collapsed = (value: string) => value.replace(/\s+/g, ' ').trim()
    const agrees = (before: string, after: string) => sameText(before, after) === (collapsed(before) === collapsed(after))
    fc.assert(fc.property(text, text, agrees), { numRuns: 20_000 })
    // Two random texts are seldom the same once collapsed, so also the same words spaced two ways,
    // a word changed now and then.
    const spaces = fc.array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff'), { maxLength: 3 }).map((run) => run.join(''))
    const spaced = (words: readonly string[]) =>
      fc.tuple(fc.array(spaces, { minLength: words.length + 1, maxLength: words.length + 1 }), fc.boolean()).map(([runs, changeOne]) =>
        words.map((word, i) => `${i === 0 ? runs[0] : runs[i] || ' '}${changeOne && i === 0 ? `${word}x` : word}`).join('') + runs[words.length],
      )
    const words = fc.array(fc.constantFrom('a', 'b', 'ab', '600,000'), { maxLength: 5 })
    fc.assert(fc.property(words.chain((list) => fc.tuple(spaced(list), spaced(list))), ([before, after]) => agrees(before, after)), { numRuns: 20_000 })
  })
})

describe('domain/tokensForSide', () => {
  const diff = diffText("Ukraine's armed forces are capped at 600,000 personnel.", "Ukraine's armed forces are capped at 800,000 personnel in peacetime.")
  const tokens = diff.kind === 'changed' ? diff.tokens : []
  const show = (side: 'before' | 'after' | 'redline') => formatTokens(tokensForSide(tokens, side))

  it('draws each side without the other side’s words or stray spaces', () => {
    expect(show('before')).toBe("Ukraine's armed forces are capped at [-600,000-] personnel.")
    expect(show('after')).toBe("Ukraine's armed forces are capped at {+800,000+} personnel {+in peacetime+}.")
    expect(show('redline')).toBe("Ukraine's armed forces are capped at [-600,000-]{+800,000+} personnel {+in peacetime+}.")
  })

  it('keeps whitespace out of marked runs', () => {
    const grown = diffText('NATO agrees not to station troops in Ukraine.', 'NATO agrees not to permanently station troops under its command in Ukraine.')
    const after = formatTokens(tokensForSide(grown.kind === 'changed' ? grown.tokens : [], 'after'))
    expect(after).toBe('NATO agrees not to {+permanently+} station troops {+under its command+} in Ukraine.')
  })

  it('keeps the space a hidden insertion carried between two words (US 28-point 10 against E3)', () => {
    const grown = diffText('The US guarantee comes with conditions:', 'The US guarantee, “mirroring Article 5”, comes with conditions:')
    const before = formatTokens(tokensForSide(grown.kind === 'changed' ? grown.tokens : [], 'before'))
    expect(before).toBe('The US guarantee comes with conditions:')
  })
})

describe('domain/diffText: texts too different to diff', () => {
  // What the diff itself finds unchanged, to hold the shortcut to.
  const sharedByDiff = (before: string, after: string, ignoreCase: boolean) =>
    diffWords(before, after, { ignoreCase })
      .filter((change) => !change.added && !change.removed)
      .reduce((sum, change) => sum + change.value.replace(/\s+/g, '').length, 0)

  it('never counts fewer shared characters than the word diff finds, so it never calls a similar pair rewritten', () => {
    const vocabulary = ['the', 'The', 'Parties', 'shall', 'ceasefire', 'of', '600,000', 'Ukraine', '(a)', 'NATO', 'élections', '—', 'not', 'in', 'peacetime.']
    const text = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 40 }).map((words) => words.join(' '))
    fc.assert(
      fc.property(text, text, fc.boolean(), (before, after, ignoreCase) => {
        expect(sharedWordsBound(before, after, ignoreCase)).toBeGreaterThanOrEqual(sharedByDiff(before, after, ignoreCase))
      }),
      { numRuns: 2000, seed: 11 },
    )
  })

  it('calls two unrelated clauses rewritten without running the diff', () => {
    const before = 'Frozen Russian assets fund reconstruction through a vehicle run by the United States.'
    const after = 'Elections are held within one hundred days of signature, observed internationally.'
    expect(2 * sharedWordsBound(before, after, false)).toBeLessThan(0.3 * (before + after).replace(/\s+/g, '').length)
    expect(diffText(before, after).kind).toBe('rewritten')
  })
})

describe('domain/diffText on a machine too busy to keep up', () => {
  // A slow or busy machine is one where the clock runs fast against the work done: every reading
  // of the clock here is a second after the last. A redline that depended on elapsed time (as
  // jsdiff's `timeout` makes it) would give up and call the texts rewritten.
  function onThrottledClock<T>(run: () => T): T {
    let now = Date.now()
    const tick = () => (now += 1000)
    const dateNow = vi.spyOn(Date, 'now').mockImplementation(tick)
    const performanceNow = vi.spyOn(performance, 'now').mockImplementation(tick)
    try {
      return run()
    } finally {
      dateNow.mockRestore()
      performanceNow.mockRestore()
    }
  }

  const vocabulary = ['army', 'cap', '600,000', '800,000', 'personnel', 'in', 'peacetime', 'NATO', 'shall', 'may', 'not', 'Ukraine', 'Russia', 'the', 'of', 'within', '100', 'days', '.', ',']
  // A text and an edited copy of it, as drafters revise: words replaced, dropped and added.
  const revisedPair = fc
    .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 400 })
    .chain((words) =>
      fc.tuple(
        fc.constant(words),
        fc.array(fc.tuple(fc.nat(words.length), fc.constantFrom('replace', 'drop', 'add'), fc.constantFrom(...vocabulary)), { maxLength: 60 }),
      ),
    )
    .map(([words, edits]) => {
      const revised = [...words]
      for (const [at, kind, word] of edits) {
        if (kind === 'replace' && at < revised.length) revised[at] = word
        else if (kind === 'drop') revised.splice(at, 1)
        else revised.splice(at, 0, word)
      }
      return [words.join(' '), revised.join(' ')] as const
    })

  it('gives the same redline on a throttled clock as on an idle machine', () => {
    fc.assert(
      fc.property(revisedPair, fc.boolean(), ([before, after], ignoreCase) => {
        const idle = diffText(before, after, { ignoreCase })
        const busy = onThrottledClock(() => diffText(before, after, { ignoreCase }))
        expect(busy).toEqual(idle)
      }),
      { numRuns: 300, seed: 20261206 },
    )
  })

  it('still marks 90 → 100 in a long sentence on a throttled clock', () => {
    const before = `${'The parties agree that the arrangements listed in this clause apply in full. '.repeat(12)}Elections are held within 90 days.`
    const after = `${'The parties agree that the arrangements listed in this clause apply in full. '.repeat(12)}Elections are held within 100 days.`
    expect(show(onThrottledClock(() => diffText(before, after)))).toMatch(/within \[-90-\]\{\+100\+\} days\.$/)
  })
})
