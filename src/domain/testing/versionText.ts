/** A version of a loaded negotiation written out as a plain numbered draft, as a user would paste it. */
import type { ClausePart, Negotiation, Version } from '../model.ts'

function partLines(parts: readonly ClausePart[]): string[] {
  return parts.flatMap((part) => (part.text === null ? [] : [part.label ? `(${part.label}) ${part.text}` : part.text]))
}

/** Each clause with wording as "N. text", its sub-points and rival options on the lines below. */
export function versionAsText(negotiation: Negotiation, version: Version): { text: string; lineages: string[] } {
  const clauses = negotiation.lineages
    .flatMap((lineage) => {
      const clause = version.clauses.get(lineage.id)
      if (!clause || clause.number === null) return []
      const body = [...partLines(clause.parts), ...clause.alternatives.flatMap((alternative) => [`${alternative.title}:`, ...partLines(alternative.parts)])]
      return body.length === 0 ? [] : [{ lineage: lineage.id, number: clause.number, body }]
    })
    // In the version's own order, as its drafters numbered it.
    .sort((a, b) => Number(a.number) - Number(b.number))
  const lines = clauses.flatMap((clause) => [`${clause.number}. ${clause.body[0]}`, ...clause.body.slice(1), ''])
  return { text: lines.join('\n'), lineages: clauses.map((clause) => clause.lineage) }
}
