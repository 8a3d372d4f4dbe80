/** How the app's build is cut into chunks: the data, the rest of the data, and the first view's code. */
import type { Plugin } from 'vite'
import { PUBLISHED_DATA, PUBLISHED_NEGOTIATIONS, PUBLISHED_NEGOTIATIONS_REST } from './data.ts'

/**
 * The modules the first view loads: those the entry imports statically, however deep. Known once
 * the module graph is built, before chunks are made. Grouped into one chunk, they compress as one:
 * left to itself the bundler cuts those that later pages share into small chunks of their own,
 * and each compresses apart (1.7 KB gzip more, measured on the bundled drafts).
 */
const firstLoad = new Set<string>()
export function firstLoadModules(): Plugin {
  return {
    name: 'peace-plan-diff:first-load-modules',
    apply: 'build',
    buildEnd() {
      firstLoad.clear()
      const visit = (id: string) => {
        if (firstLoad.has(id)) return
        firstLoad.add(id)
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported)
      }
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id)
    },
  }
}

/**
 * The chunk groups of the app's build (not the single file, which inlines everything): the
 * negotiation's data in its own chunk, so it loads beside the code and a change to either leaves
 * the other cached; the rest of the data apart; and the first view's modules (`firstLoadModules`).
 */
export const CHUNK_GROUPS = [
  { name: 'data', priority: 2, test: (id: string) => id === `\0${PUBLISHED_NEGOTIATIONS}` || id === `\0${PUBLISHED_DATA}` },
  { name: 'data-rest', priority: 2, test: (id: string) => id === `\0${PUBLISHED_NEGOTIATIONS_REST}` },
  { name: 'app', priority: 1, test: (id: string) => firstLoad.has(id) },
  // What reads workspaces from storage for the page, for a link or a list: one chunk, so the first
  // view's list of chunks to preload (a hashed file name each, which compresses badly) holds one name.
  {
    name: 'workspaceReads',
    priority: 1,
    test: (id: string) => /\/src\/(storage\/(workspaceReads|workspaceEntries|tabStorage)|app\/bundledData\/openedWorkspace)\.ts$|\/node_modules\/idb-keyval\//.test(id),
  },
]
