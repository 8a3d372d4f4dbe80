/**
 * Reads `list[index]` where the algorithm keeps the index in range by construction (a numeric
 * loop over typed arrays, a neighbour the caller already bounded). Out of range is a bug, so it
 * throws at the read instead of letting `undefined` (or NaN) travel on.
 */
export function itemAt<T>(list: ArrayLike<T>, index: number): T {
  const item = list[index]
  if (item === undefined) throw new RangeError(`index ${index} is outside a list of ${list.length}`)
  return item
}
