// Collects the changed clause pairs the substantive-change flags are evaluated on
// (eval/flags/pairs.json), keeping every label already written there: labels are added by hand,
// by reading each pair, never by the flag rules.
//   - bundled: each clause part whose wording differs between two bundled versions (every pair
//     of versions, each distinct pair of wordings once);
//   - licences: sentences of the licence pairs in the drafts corpus (eval/drafts/corpus, real
//     texts from spdx-license-list), each later sentence paired with the earlier sentence most
//     like it, kept when they are alike but not the same; and the same from more licence
//     versions in spdx-license-list (never the GPL, LGPL, AGPL or MPL families).
//   node scripts/flag-pairs.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const OUT = 'eval/flags/pairs.json'
const VERSIONS = ['us-28', 'e3', 'geneva-19', 'ua-20']
// Never the GPL, LGPL, AGPL or MPL families.
const LICENCE_PAIRS = [
  ['cddl-1.0', 'cddl-1.1'],
  ['epl-1.0', 'epl-2.0'],
  ['eupl-1.1', 'eupl-1.2'],
  ['osl-2.0', 'osl-3.0'],
  ['artistic-1.0', 'artistic-2.0'],
  ['apache-1.1', 'apache-2.0'],
]
/** More pairs of licence versions, read from spdx-license-list as the drafts corpus is. */
const SPDX_PAIRS = [
  ['CPL-1.0', 'EPL-1.0'],
  ['EUPL-1.0', 'EUPL-1.1'],
  ['AFL-1.2', 'AFL-2.0'],
  ['AFL-2.1', 'AFL-3.0'],
  ['OSL-1.0', 'OSL-2.0'],
  ['LPPL-1.2', 'LPPL-1.3c'],
  ['Apache-1.0', 'Apache-1.1'],
  ['CC-BY-2.5', 'CC-BY-3.0'],
  ['APSL-1.2', 'APSL-2.0'],
  ['ECL-1.0', 'ECL-2.0'],
  ['EFL-1.0', 'EFL-2.0'],
  ['ZPL-2.0', 'ZPL-2.1'],
  ['PHP-3.0', 'PHP-3.01'],
]
const FORBIDDEN = /^(?:l?gpl|agpl|mpl)/i
const require = createRequire(import.meta.url)
const spdx = (id) => {
  if (FORBIDDEN.test(id)) throw new Error(`${id} must not be used`)
  return require(`spdx-license-list/licenses/${id}.json`).licenseText
}
/** Long enough to read as one provision, short enough to label by reading. */
const MAX_WORDS = 90

const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : { pairs: [] }
const labelled = new Map(previous.pairs.map((pair) => [pair.id, pair]))

const flowing = (text) => text.replace(/\s+/g, ' ').trim()

function bundledPairs() {
  const versions = VERSIONS.map((id) => JSON.parse(readFileSync(`data/ukraine-2025/versions/${id}.json`, 'utf8')))
  const partsOf = (clause) => {
    const parts = new Map()
    if (clause.text) parts.set('main', clause.text)
    for (const part of clause.parts ?? []) if (part.text) parts.set(part.key, part.text)
    return parts
  }
  const seen = new Set()
  const pairs = []
  for (let a = 0; a < versions.length; a++) {
    for (let b = a + 1; b < versions.length; b++) {
      for (const earlier of versions[a].clauses) {
        const later = versions[b].clauses.find((clause) => clause.clause === earlier.clause)
        if (!later) continue
        const before = partsOf(earlier)
        for (const [key, after] of partsOf(later)) {
          const text = before.get(key)
          if (!text || flowing(text) === flowing(after) || seen.has(`${text}\u0000${after}`)) continue
          seen.add(`${text}\u0000${after}`)
          pairs.push({ id: `bundled/${versions[a].id}/${versions[b].id}/${earlier.clause}/${key}`, before: flowing(text), after: flowing(after) })
        }
      }
    }
  }
  return pairs
}

/** Sentences of a licence text, joined across its hard line breaks. */
function sentences(text) {
  return flowing(text)
    .split(/(?<=[.;:])\s+(?=[A-Z(0-9"“])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(' ').length >= 4)
}

const wordsOf = (text) => text.toLowerCase().match(/[a-z0-9]+/g) ?? []
function dice(a, b) {
  const left = new Map()
  for (const word of a) left.set(word, (left.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of b) {
    const count = left.get(word) ?? 0
    if (count > 0) {
      shared++
      left.set(word, count - 1)
    }
  }
  return (2 * shared) / (a.length + b.length || 1)
}

function licencePairs() {
  const pairs = []
  const texts = [
    ...LICENCE_PAIRS.map(([earlier, later]) => [earlier, later, (name) => readFileSync(`eval/drafts/corpus/${name}.txt`, 'utf8')]),
    ...SPDX_PAIRS.map(([earlier, later]) => [earlier.toLowerCase(), later.toLowerCase(), (name) => spdx(SPDX_PAIRS.flat().find((id) => id.toLowerCase() === name))]),
  ]
  for (const [earlier, later, read] of texts) {
    if (FORBIDDEN.test(earlier) || FORBIDDEN.test(later)) throw new Error(`${earlier}/${later} must not be used`)
    const before = sentences(read(earlier)).filter((sentence) => sentence.split(' ').length <= MAX_WORDS)
    const after = sentences(read(later)).filter((sentence) => sentence.split(' ').length <= MAX_WORDS)
    const beforeWords = before.map(wordsOf)
    const used = new Set()
    after.forEach((sentence, index) => {
      const words = wordsOf(sentence)
      let best = -1
      let score = 0
      beforeWords.forEach((candidate, at) => {
        const value = dice(candidate, words)
        if (value > score) [best, score] = [at, value]
      })
      // Alike enough to be one sentence revised, and not the same.
      if (best < 0 || score < 0.6 || used.has(best) || flowing(before[best]) === flowing(sentence)) return
      if (words.join(' ') === beforeWords[best].join(' ')) return
      used.add(best)
      pairs.push({ id: `licence/${earlier}/${later}/${index + 1}`, before: before[best], after: sentence })
    })
  }
  return pairs
}

// The same two wordings met again (two licence families share text) are one pair.
const seen = new Set()
const pairs = [...bundledPairs(), ...licencePairs()].filter((pair) => !seen.has(`${pair.before}\u0000${pair.after}`) && seen.add(`${pair.before}\u0000${pair.after}`)).map((pair) => {
  const old = labelled.get(pair.id)
  return old && old.before === pair.before && old.after === pair.after ? old : { ...pair, kinds: null }
})
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      about: previous.about ?? 'Changed clause pairs with hand-written labels for npm run eval:flags. See eval/flags/README.md for what each kind means.',
      pairs,
    },
    null,
    1,
  )}\n`,
)
console.log(`${pairs.length} pairs (${pairs.filter((pair) => pair.kinds === null).length} unlabelled) in ${OUT}`)
