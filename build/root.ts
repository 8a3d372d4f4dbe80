import { join } from 'node:path'

/** The project's folder, which holds data/, src/ and index.html. */
export const root = join(import.meta.dirname, '..')
