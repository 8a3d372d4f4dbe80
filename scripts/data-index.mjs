// Which negotiation folders in data/ are published (bundled, see the published-data plugin in
// build/plugins/data.ts). A folder whose name starts with "_" or "." is private and never ships. If
// data/index.json exists, it lists the folders to publish, in order, and nothing else ships;
// without it, every other folder ships in alphabetical order. Either way the first is the one the
// app opens (so a tool that adds an alphabetically first folder, like the shared benchmark, works).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Reads and checks data/index.json.
 * @returns {{ folders: string[], issues: { file: string, path: string, message: string }[] }}
 */
export function readDataIndex(root) {
  const file = 'data/index.json'
  const fail = (path, message) => ({ folders: [], issues: [{ file, path, message }] })
  if (!existsSync(join(root, file))) {
    const folders = existsSync(join(root, 'data'))
      ? readdirSync(join(root, 'data'), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && !isPrivate(entry.name))
          .map((entry) => entry.name)
          .sort((a, b) => a.localeCompare(b))
      : []
    return folders.length > 0 ? { folders, issues: [] } : { folders, issues: [{ file: 'data/', path: '', message: 'No negotiation folder to publish (folders starting with "_" or "." are private)' }] }
  }
  let index
  try {
    index = JSON.parse(readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    return fail('', existsSync(join(root, file)) ? `Not valid JSON (${error.message})` : 'The file is missing; it lists the negotiation folders to publish, e.g. { "negotiations": ["ukraine-2025"] }')
  }
  const list = index?.negotiations
  if (!Array.isArray(list) || list.length === 0) return fail('negotiations', 'Expected a list of at least one folder name, e.g. ["ukraine-2025"]; the first is the one the app opens')
  const issues = []
  const extra = Object.keys(index).filter((key) => key !== 'negotiations')
  if (extra.length > 0) issues.push({ file, path: '', message: `Unrecognized key: "${extra[0]}"` })
  list.forEach((folder, at) => {
    const path = `negotiations.${at}`
    if (typeof folder !== 'string' || !SLUG.test(folder)) issues.push({ file, path, message: 'Expected a folder name such as "ukraine-2025"' })
    else if (list.indexOf(folder) !== at) issues.push({ file, path, message: `Lists "${folder}" twice` })
    else if (!existsSync(join(root, 'data', folder)) || !statSync(join(root, 'data', folder)).isDirectory()) {
      issues.push({ file, path, message: `lists "${folder}", but there is no folder data/${folder}` })
    }
  })
  return { folders: issues.length > 0 ? [] : list, issues }
}

/** A folder kept in data/ for private work: never bundled, whatever data/index.json says. */
export function isPrivate(folder) {
  return folder.startsWith('_') || folder.startsWith('.')
}

/** The JSON files of one data folder, paths relative to the repository root, in a stable order. */
export function listDataFiles(root, folder) {
  const walk = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? walk(`${dir}/${entry.name}`) : entry.name.endsWith('.json') ? [`${dir}/${entry.name}`] : []))
  return walk(`data/${folder}`)
}
