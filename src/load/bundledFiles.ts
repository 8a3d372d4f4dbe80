/**
 * The published folders' raw data files (scripts/data-index.mjs), for the tests of the loader and
 * of the data itself. The app reads the loader's output instead (virtual:published-negotiations).
 */
import { files } from 'virtual:published-data'
import type { DataFile } from './files.ts'

export const bundledFiles: readonly DataFile[] = files
