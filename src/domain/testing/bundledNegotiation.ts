/** The shipped data, loaded once for domain tests: deterministic, and the real thing. */
import type { Negotiation } from '../model.ts'
import { bundledFiles } from '../../load/bundledFiles.ts'
import { groupDataFiles } from '../../load/groupDataFiles.ts'
import { formatIssue, loadNegotiation } from '../../load/loadNegotiation.ts'

export function loadBundledNegotiation(folder = 'ukraine-2025'): Negotiation {
  const files = groupDataFiles(bundledFiles).get(folder)
  if (!files) throw new Error(`No data folder ${folder}`)
  const result = loadNegotiation(files)
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  return result.negotiation
}
