import { published } from 'virtual:published-negotiations'

/** The most clauses any published negotiation has: known before any is parsed. */
export function mostBundledClauses(): number {
  return Math.max(0, ...published.map((folder) => ('clauses' in folder ? folder.clauses : 0)))
}
