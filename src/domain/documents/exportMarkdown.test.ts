import { describe, expect, it } from 'vitest'
import { whatChangedEmail } from './exportEmail.ts'
import { comparisonMarkdown, escapeMarkdown } from './exportMarkdown.ts'
import { loadWorkspace } from '../../load/workspaceFile.ts'
import { loadBundledNegotiation } from '../testing/bundledNegotiation.ts'
import { describeBundled } from '../testing/describeBundled.ts'
import { draftPairWorkspace } from '../testing/draftPairWorkspace.ts'

const negotiation = loadBundledNegotiation()

function describeUsE3(changedOnly = false) {
  return describeBundled(negotiation, ['us-28', 'e3'], { changedOnly })
}

describe('domain/documents/exportMarkdown', () => {
  it('writes the army-size change as struck and bold words, with the term delta and a link', () => {
    const markdown = comparisonMarkdown(describeUsE3())
    expect(markdown).toMatch(/^# Comparison: US 28-point → E3\n/)
    expect(markdown).toContain('### [Size of Ukraine')
    expect(markdown).toContain('](<https://diff.example.org/#/compare/us-28/e3?clause=army-size>)')
    expect(markdown).toContain('capped at ~~600,000~~**800,000** personnel **in peacetime**.')
    // The US text is not printed twice: the redline below shows all of it.
    expect(markdown).not.toContain('capped at 600,000 personnel.')
    expect(markdown).toContain('- Army cap: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%); at all times → in peacetime)')
    expect(markdown).toContain('**US 28-point** · point 6 · Original draft')
  })

  it('has a terms table and numbered references by publisher, date and address', () => {
    const markdown = comparisonMarkdown(describeUsE3())
    expect(markdown).toContain('| Term | US 28-point | E3 |\n| --- | --- | --- |')
    expect(markdown).toContain('| Army cap | 600,000, at all times | 800,000, in peacetime (changed: +200,000 (+33%); at all times → in peacetime) |')
    expect(markdown).toMatch(/\n1\. [^\n]+, (about )?\d{1,2} [A-Z][a-z]{2} 2025[^\n]*: [^\n]+ <https:\/\/[^>]+>\n/)
  })

  it('says own drafts are in their own wording, never that they are our paraphrases', () => {
    expect(comparisonMarkdown(describeUsE3())).toContain('Clause texts are our own paraphrases, not quotations.')
    const { files } = draftPairWorkspace('ws-own', 'Harbour talks', '1. The port reopens in 30 days.', '1. The port reopens in 60 days.')
    const loaded = loadWorkspace(files)
    if (!loaded.ok) throw new Error('the workspace did not load')
    const doc = describeBundled(loaded.negotiation, files.versions.map((version) => version.id))
    const markdown = comparisonMarkdown(doc)
    expect(markdown).toContain('Clause texts are the drafts’ own wording: own drafts, not published texts.')
    expect(markdown).not.toContain('paraphrase')
    expect(whatChangedEmail(doc)).toContain('Clause texts are the drafts’ own wording; sources are in the full comparison.')
  })

  it('lists the key changes by kind and puts each flag under its cell', () => {
    const markdown = comparisonMarkdown(describeUsE3())
    expect(markdown).toContain("## Key changes\n\nFound by word rules, not by reading for meaning: check each against the text.\n\n- Numbers and dates: 3 (Size of Ukraine's armed forces, Frozen Russian assets, Elections in Ukraine)\n")
    expect(markdown).toContain('- Flag: Number changed: “600,000 personnel” → “800,000 personnel”\n- Army cap: 600,000')
  })

  it('escapes text that Markdown would read as formatting', () => {
    expect(escapeMarkdown('a | b *c* [d](e) <f>')).toBe('a \\| b \\*c\\* \\[d\\](e) \\<f\\>')
  })
})
