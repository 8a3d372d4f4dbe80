/**
 * The one walk up a chain of `basedOn` links: a version, its base, that version's base, and so
 * on. Iterative, and safe on bad data: it stops at a missing base and where the chain comes back
 * on itself, so a cycle never loops and a long chain never overflows the stack.
 *
 * @example [...versionLine('c', (id) => ({ c: 'b', b: 'a' })[id])] // ['c', 'b', 'a']
 */
export function* versionLine<T>(start: T | null | undefined, baseOf: (item: T) => T | null | undefined): Generator<T, void, undefined> {
  const seen = new Set<T>()
  for (let item: T | null | undefined = start; item !== null && item !== undefined && !seen.has(item); item = baseOf(item)) {
    seen.add(item)
    yield item
  }
}
