/**
 * The data files shipped with the app: the published folders (scripts/data-index.mjs), inlined at build time
 * by the published-data plugin (vite.config.ts), so the app makes no request to read its own data.
 */
import { files, folders } from 'virtual:published-data'
import type { DataFile } from './files.ts'

export const bundledFiles: readonly DataFile[] = files

/** The published negotiation folders, in order (data/index.json's, or alphabetical); the first is the default. */
export const publishedFolders: readonly string[] = folders
