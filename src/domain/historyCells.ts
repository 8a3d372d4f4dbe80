/**
 * Clause history's cells, built from the cell view model (cellModel.ts). In a module of its own
 * so it loads with the clause history page, not with the first view.
 */
import type { ComparisonCell } from './buildComparison.ts'
import { cellView, statusView, type CellView } from './cellModel.ts'
import { cellText } from './cellText.ts'
import { contentUnknown, isRelation } from './clauseState.ts'
import type { HistoryEntry } from './clauseHistory.ts'
import type { Lineage, Negotiation } from './model.ts'
import { termCell } from './termCells.ts'

/**
 * Clause history: each version against the version it revises (see `clauseHistory`), its status
 * as the data states it, term values with the change against that version.
 */
export function historyCells(negotiation: Negotiation, lineage: Lineage, entries: readonly HistoryEntry[]): CellView[] {
  const byId = new Map(negotiation.versions.map((version) => [version.id, version]))
  const terms = negotiation.terms.filter((term) => term.clause === lineage.id && entries.some((entry) => entry.clause.terms.some((value) => value.term === term.id)))
  return entries.map((entry) => {
    const { version, clause, against } = entry
    const asCell: ComparisonCell = {
      version,
      clause,
      base: against,
      status: clause.status,
      statusAgainst: isRelation(clause.status) && version.basedOn ? byId.get(version.basedOn) ?? null : null,
      statusDerived: false,
      parts: entry.parts,
      terms: entry.terms,
      changed: false,
    }
    const lead =
      entry.parts && !contentUnknown(clause) && clause.status !== 'absent' && against
        ? entry.parts.every((part) => part.kind === 'same')
          ? `Same wording as ${against.shortTitle}, the version it revises:`
          : `Changes against ${against.shortTitle}, the version it revises:`
        : null
    return cellView(version, clause, {
      text: cellText(clause, entry.parts, 'redline'),
      // Stated as the data states it: against the version's own base, named.
      status: statusView({ ...asCell, base: null }, 0),
      termCells: terms
        .filter((term) => clause.terms.some((value) => value.term === term.id))
        .map((term) => ({ term, cell: termCell(term, asCell) })),
      lineageTitle: lineage.title,
      textLead: lead,
    }, negotiation.terms)
  })
}
