export type ChangeDirection = 'next' | 'previous'

/**
 * The changed clause to move to from `current`, in the order the rows are shown. From a clause
 * that is not itself a change, it moves to the nearest change in that direction; with nothing
 * current it starts at the first (or last) change. Null when there is nowhere to go.
 * @example nextChange(['a', 'b', 'c'], ['a', 'c'], 'b', 'next') // 'c'
 */
export function nextChange(
  rowKeys: readonly string[],
  changedKeys: readonly string[],
  current: string | null,
  direction: ChangeDirection,
): string | null {
  const [first] = changedKeys
  const last = changedKeys.at(-1)
  if (first === undefined || last === undefined) return null
  const changed = new Set(changedKeys)
  const from = current === null ? -1 : rowKeys.indexOf(current)
  if (from === -1) return direction === 'next' ? first : last
  const stepBy = direction === 'next' ? 1 : -1
  for (let index = from + stepBy; index >= 0 && index < rowKeys.length; index += stepBy) {
    const key = rowKeys[index]
    if (key !== undefined && changed.has(key)) return key
  }
  return null
}
