import { describe, expect, it } from 'vitest'
import { parseRoute } from './parseRoute.ts'
import { DEFAULT_SCOPE, scopedHash, splitScope } from './scope.ts'

describe('scope prefixes', () => {
  it('leaves every bundled route as it is', () => {
    for (const hash of ['#/', '#/compare/us-28/e3?clause=army-size', '#/matrix', '#/clause/army-size', '#/sources', '', '#/workspaces']) {
      expect(splitScope(hash)).toEqual({ scope: DEFAULT_SCOPE, hash })
      expect(scopedHash(DEFAULT_SCOPE, hash)).toBe(hash)
    }
  })

  it('reads and writes a workspace prefix around any route', () => {
    const { scope, hash } = splitScope('#/w/ws-1a2b3c4d/compare/first/second?clause=point-2&view=inline')
    expect(scope).toEqual({ kind: 'workspace', id: 'ws-1a2b3c4d' })
    expect(parseRoute(hash).route).toMatchObject({ page: 'compare', versions: ['first', 'second'], options: { clause: 'point-2', view: 'inline' } })
    expect(scopedHash(scope, hash)).toBe('#/w/ws-1a2b3c4d/compare/first/second?clause=point-2&view=inline')
    // A link that already names its scope is left as it is, so views and `absoluteUrl` can both add it.
    expect(scopedHash(scope, scopedHash(scope, hash))).toBe('#/w/ws-1a2b3c4d/compare/first/second?clause=point-2&view=inline')
    expect(splitScope('#/w/ws-1')).toEqual({ scope: { kind: 'workspace', id: 'ws-1' }, hash: '#/' })
    expect(scopedHash({ kind: 'workspace', id: 'ws-1' }, '#/')).toBe('#/w/ws-1')
    expect(splitScope('#/n/other-talks/matrix')).toEqual({ scope: { kind: 'bundled', id: 'other-talks' }, hash: '#/matrix' })
  })

  it('does not take a malformed prefix for a scope', () => {
    expect(splitScope('#/w/Not Valid/compare').scope).toEqual(DEFAULT_SCOPE)
    expect(splitScope('#/w/').scope).toEqual(DEFAULT_SCOPE)
    expect(splitScope('#/wx/abc').scope).toEqual(DEFAULT_SCOPE)
  })
})
