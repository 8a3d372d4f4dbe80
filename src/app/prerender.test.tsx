import { describe, expect, it } from 'vitest'
import { syntheticNegotiation } from '../domain/testing/syntheticNegotiation.ts'
import { prerenderFirstView } from './prerender.tsx'

describe('the first view drawn at build time', () => {
  const long = syntheticNegotiation({ clauses: 300, versions: 3, edited: 0.2 })
  const view = prerenderFirstView([long])

  it('is the default comparison of a long negotiation, with its first rows', () => {
    expect(view).not.toBeNull()
    const html = view!.html
    expect(html).toMatch(/<h1 id="compare-heading">[^<]+ → [^<]+<\/h1>/)
    expect(html.match(/data-testid="compare\.row"/g)).toHaveLength(4)
    expect(html).toContain('data-clause="clause-1"')
    expect(html).not.toContain('data-clause="clause-5"')
    // The summary counts every clause, not only the rows drawn.
    expect(html).toMatch(/Showing <!-- -->300<!-- --> of <!-- -->300<!-- --> clauses/)
    // The list says it is windowed, as the app's list will.
    expect(html).toContain('only the clauses near the screen are drawn')
  })

  it('names the addresses that show it, and only those', () => {
    const [first, second] = long.versions
    expect(view!.hashes).toEqual(expect.arrayContaining(['', '#/', `#/compare/${first!.id}/${second!.id}`]))
    expect(view!.hashes).not.toContain('#/matrix')
    expect(view!.hashes).not.toContain(`#/compare/${second!.id}/${first!.id}`)
    expect(view!.hashes.some((hash) => hash.includes('?'))).toBe(false)
  })

  it('needs no browser: nothing in it reads the window while rendering', () => {
    expect(typeof window).toBe('undefined')
    expect(view!.html).not.toContain('Switched to client rendering')
  })

  it('is not drawn for a short negotiation such as the bundled drafts, which draw quickly on their own', () => {
    expect(prerenderFirstView()).toBeNull()
    expect(prerenderFirstView([syntheticNegotiation({ clauses: 59, versions: 2, edited: 0.2 })])).toBeNull()
    expect(prerenderFirstView([syntheticNegotiation({ clauses: 60, versions: 2, edited: 0.2 })])).not.toBeNull()
  })
})
