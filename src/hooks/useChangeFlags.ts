import { startTransition, useEffect, useState } from 'react'
import { runInSlices } from './runInSlices.ts'
import type { ComparisonModel, ComparisonRow } from '../domain/buildComparison.ts'
import type { ComparisonFlags, flagComparisonInSteps } from '../domain/changeFlags.ts'
import type { FlagKind } from '../domain/flagKinds.ts'

interface FlagRules {
  readonly flagComparisonInSteps: typeof flagComparisonInSteps
}

// The rules, and the stylesheet of the flags they put on cells, load after the first view is
// drawn: nothing on it waits for them.
let loaded: FlagRules | null = null
const loadRules = () =>
  Promise.all([import('../domain/changeFlags.ts'), import('../styles/flags.css')]).then(([module]) => {
    loaded = module
    return module
  })

/** Rows with a flag of one of the kinds (all rows when no kind is chosen). */
export function rowsWithFlags<Row extends ComparisonRow>(flags: ComparisonFlags, rows: readonly Row[], kinds: readonly FlagKind[]): readonly Row[] {
  if (kinds.length === 0) return rows
  return rows.filter((row) => (flags.byRow.get(row.key) ?? []).some((cell) => cell.some((flag) => kinds.includes(flag.kind))))
}

/**
 * The comparison's substantive-change flags, or null while the rules load. Worked out once per
 * comparison (each row's flags are kept with the row), whatever the filters.
 */
export function useChangeFlags(model: ComparisonModel): ComparisonFlags | null {
  const [rules, setRules] = useState<FlagRules | null>(loaded)
  useEffect(() => {
    if (rules) return
    let live = true
    void loadRules().then((module) => {
      if (live) setRules(module)
    })
    return () => {
      live = false
    }
  }, [rules])
  const [found, setFound] = useState<{ readonly model: ComparisonModel; readonly flags: ComparisonFlags } | null>(null)
  // A long comparison's flags are worked out a slice at a time, so the page never stalls for them.
  // As a transition, the rows redraw with their flags in short slices: drawn as an ordinary update,
  // 5 × 2,000 clauses' screen of rows redrew in one task of 70–150 ms.
  useEffect(() => (rules ? runInSlices(rules.flagComparisonInSteps(model), (flags) => startTransition(() => setFound({ model, flags }))) : undefined), [rules, model])
  return found?.model === model ? found.flags : null
}
