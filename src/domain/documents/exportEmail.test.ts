import { describe, expect, it } from 'vitest'
import { escapeHtml, whatChangedEmail, whatChangedEmailHtml } from './exportEmail.ts'
import { loadBundledNegotiation } from '../testing/bundledNegotiation.ts'
import { describeBundled } from '../testing/describeBundled.ts'

const negotiation = loadBundledNegotiation()

describe('domain/documents/exportEmail', () => {
  const doc = describeBundled(negotiation, ['us-28', 'e3'])
  const changed = doc.clauses.filter((clause) => clause.changed)

  it('opens with what is compared and how much changed, without filler', () => {
    const [heading, intro] = whatChangedEmail(doc).split('\n')
    expect(heading).toBe('What changed from US 28-point to E3')
    expect(intro).toBe(`${changed.length} of ${doc.total} clauses changed.`)
  })

  it('gives each changed clause its status once, each term change on its own line, then its link', () => {
    const email = whatChangedEmail(doc)
    expect(email.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(changed.length)
    expect(email).toContain(
      "• Size of Ukraine's armed forces: amended\n  Flag: Number changed: “600,000 personnel” → “800,000 personnel”\n  Army cap: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%); at all times → in peacetime)\n  https://diff.example.org/#/compare/us-28/e3?clause=army-size\n",
    )
    // The base is named in the heading, not repeated on every line.
    expect(email).not.toContain('(vs US 28-point)')
    expect(email).not.toContain('relative')
    expect(email).toContain('Full comparison: https://diff.example.org/#/compare/us-28/e3\n')
    // No line is a run-on: the territory clause's regions each get their own.
    expect(Math.max(...email.split('\n').map((line) => line.length))).toBeLessThan(400)
  })

  it('with several versions, names each version beside its status and states the base once', () => {
    const email = whatChangedEmail(describeBundled(negotiation, ['us-28', 'e3', 'geneva-19', 'ua-20']))
    expect(email).toMatch(/^What changed across US 28-point, E3, Geneva 19-point, 20-point\n\d+ of \d+ clauses changed\.\nEach version is compared with US 28-point\.\n/)
    expect(email).toMatch(/• Size of Ukraine's armed forces: E3 amended · Geneva 19-point amended · 20-point amended\n {2}E3: Flag: Number changed: “600,000 personnel” → “800,000 personnel”\n {2}E3: Army cap: /)
  })

  it('says what the filters left in, and that links are routes when there is no address', () => {
    const filtered = describeBundled(negotiation, ['us-28', 'e3'], { topics: ['nato'], address: null })
    const email = whatChangedEmail(filtered)
    expect(email.split('\n')[1]).toMatch(/^Of the \d+ clauses matching topics: NATO \(28 in all\), \d+ changed\.$/)
    expect(email).toContain('Links are relative to wherever the app is served')
  })

  it('writes the same summary as HTML, with each clause title a link and every text escaped', () => {
    const html = whatChangedEmailHtml(doc)
    expect(html).toContain('<p><strong>What changed from US 28-point to E3</strong><br>')
    expect(html).toContain(
      `<li><a href="https://diff.example.org/#/compare/us-28/e3?clause=army-size">Size of Ukraine&#39;s armed forces</a>: amended<br>Flag: Number changed: “600,000 personnel” → “800,000 personnel”<br>Army cap: 600,000, at all times → 800,000, in peacetime`,
    )
    expect(html.match(/<li>/g)).toHaveLength(changed.length)
    expect(html).toContain('<a href="https://diff.example.org/#/compare/us-28/e3">Open the full comparison</a>')
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;')
  })

  it('never writes a link that is not a web, file or in-app address', () => {
    const hostile = { ...doc, permalink: 'javascript:alert(1)', clauses: doc.clauses.map((clause) => ({ ...clause, link: 'javascript:alert(1)' })) }
    expect(whatChangedEmailHtml(hostile)).not.toContain('href')
  })
})
