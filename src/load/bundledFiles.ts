/**
 * The data files shipped with the app. Vite inlines them at build time, so the app makes no
 * request to read its own data.
 */
import type { DataFile } from './loadNegotiation.ts'

const modules = import.meta.glob<unknown>('/data/*/**/*.json', { eager: true, import: 'default' })

export const bundledFiles: readonly DataFile[] = Object.entries(modules).map(([path, content]) => ({
  path: path.replace(/^\//, ''),
  content,
}))
