import { bundledFiles } from './bundledFiles.ts'
import { groupDataFiles } from './groupDataFiles.ts'
import { loadNegotiation, type LoadResult } from './loadNegotiation.ts'

/**
 * The negotiation this build shows: the first data folder in alphabetical order (ukraine-2025
 * today). Every folder is still validated by the build and the tests. The page and the
 * comparison worker both load it this way.
 */
export function loadBundledNegotiation(): LoadResult {
  const [files] = [...groupDataFiles(bundledFiles).entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group)
  return files ? loadNegotiation(files) : { ok: false, issues: [{ file: 'data/', path: '', message: 'No negotiation folder found' }] }
}
