import { describe, expect, it } from 'vitest'
import { prerenderFirstView } from './prerender.tsx'

describe('the first view drawn at build time', () => {
  const view = prerenderFirstView()

  it('is the default comparison of the bundled drafts, with its first rows', () => {
    expect(view).not.toBeNull()
    const html = view!.html
    expect(html).toContain('<h1 id="compare-heading">US 28-point → E3</h1>')
    expect(html.match(/data-testid="compare\.row"/g)).toHaveLength(4)
    expect(html).toContain('data-clause="sovereignty"')
    // The summary counts every clause, not only the rows drawn.
    expect(html).toMatch(/Showing <!-- -->28<!-- --> of <!-- -->28<!-- --> clauses/)
    // Word diffs are drawn: E3's non-aggression clause adds NATO.
    expect(html).toMatch(/<ins class="diff-ins"><span class="sr-only">\[inserted: <\/span>NATO<span/)
  })

  it('names the addresses that show it, and only those', () => {
    expect(view!.hashes).toEqual(expect.arrayContaining(['', '#/', '#/compare/us-28/e3']))
    expect(view!.hashes).not.toContain('#/matrix')
    expect(view!.hashes).not.toContain('#/compare/e3/us-28')
    expect(view!.hashes.some((hash) => hash.includes('?'))).toBe(false)
  })

  it('needs no browser: nothing in it reads the window while rendering', () => {
    expect(typeof window).toBe('undefined')
    expect(view!.html).not.toContain('Switched to client rendering')
  })
})
