import { bundledFiles, publishedFolders } from './bundledFiles.ts'
import { groupDataFiles } from './groupDataFiles.ts'
import { loadNegotiation, type LoadResult } from './loadNegotiation.ts'

/**
 * The negotiation this build shows: the first published folder (ukraine-2025 today; see scripts/data-index.mjs).
 * Every listed folder is still validated by the build and the tests. The page and the
 * comparison worker both load it this way.
 */
export function loadBundledNegotiation(): LoadResult {
  const [defaultFolder] = publishedFolders
  const files = defaultFolder === undefined ? undefined : groupDataFiles(bundledFiles).get(defaultFolder)
  return files ? loadNegotiation(files) : { ok: false, issues: [{ file: 'data/', path: '', message: 'No negotiation folder is published' }] }
}
