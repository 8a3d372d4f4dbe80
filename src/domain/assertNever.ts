/**
 * The `default` of a switch that names every case (tldraw's `exhaustiveSwitchError`): a new
 * member of the union no longer compiles until it is handled, instead of falling through.
 *
 * @example
 * switch (route.page) {
 *   case 'compare': return …
 *   default: return assertNever(route)
 * }
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}
