#!/usr/bin/env node
// Writes the comparison report to PDF from the command line, by rendering the app's own
// #/report route in headless Chromium: the same document a user prints from the browser.
//
//   npm run report -- us-28 e3 --out report.pdf
//   npm run report -- us-28 e3 geneva-19 ua-20 --topics nato,territory --changed --paper letter --out nato.pdf
//   npm run report -- us-28 e3 --format docx --out us-e3.docx   (Word, with tracked changes)
//   npm run report -- us-28 e3 --format md --out us-e3.md       (Markdown)
// Word and Markdown come from the compare view's own export buttons, so they match the app's.
import { accessSync, closeSync, constants, existsSync, lstatSync, openSync, readFileSync, readdirSync, realpathSync, statSync, writeSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { readDataIndex } from './data-index.mjs'
import { openApp, root } from './serve-app.mjs'

const USAGE = `Usage: npm run report -- <version> <version> [<version> …] [options]

Options:
  --format <pdf|docx|md>  PDF report (default), Word with tracked changes, or Markdown
  --out <file>         where to write it (default: report-<versions>.<format>)
  --topics <a,b>       only clauses on these topics
  --changed            only clauses that changed
  --query <text>       only clauses that mention this text
  --ignore <list>      differences the redline leaves out: case, punct, space
  --paper <a4|letter>  paper size (default: a4)
  --landscape          landscape pages, the versions side by side in columns
  --base-url <url>     where the app is published, for the printed links
                       (default: VITE_PUBLIC_URL as set when the app was built;
                       without it links are printed as routes, #/compare/…)
  --no-build           use the existing dist/ build instead of building first
  --help               show this help`

function fail(message, code = 2) {
  console.error(`report: ${message}`)
  process.exit(code)
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    fail(`${path.slice(root.length + 1)}: not valid JSON (${error.message}); run npm run test:unit for every data issue`, 1)
  }
}

/**
 * Version and topic ids of the negotiation the app shows (the first folder data/index.json
 * lists, as in src/main.tsx), straight from data/, so bad arguments fail before anything starts.
 */
function catalog() {
  const { folders, issues } = readDataIndex(root)
  if (issues.length > 0) fail(issues.map((issue) => `${issue.file}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`).join('\n'), 1)
  const [folder] = folders
  const versionsDir = join(root, 'data', folder, 'versions')
  const versions = existsSync(versionsDir)
    ? readdirSync(versionsDir).filter((file) => file.endsWith('.json')).map((file) => readJson(join(versionsDir, file)).id)
    : []
  const topics = readJson(join(root, 'data', folder, 'negotiation.json')).topics.map((topic) => topic.id)
  return { versions, topics }
}

// The compare view's button for each document format.
const EXPORT_BUTTONS = { docx: 'Word (tracked changes)', md: 'Markdown' }

/** The app's own cap on search text (MAX_QUERY_LENGTH in src/url/parseRoute.ts). */
const MAX_QUERY_LENGTH = 200
/** Kernel interfaces, not folders for files: writing there changes the system or fails late. */
const SYSTEM_FOLDERS = ['/proc', '/sys']

function isSymlink(path) {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

function checkOutput(path, format) {
  if (!path.toLowerCase().endsWith(`.${format}`)) fail(`the output file must end in .${format}: ${path}`)
  const dir = dirname(path)
  const realDir = existsSync(dir) ? realpathSync(dir) : dir
  if (SYSTEM_FOLDERS.some((folder) => realDir === folder || realDir.startsWith(folder + sep))) {
    fail(`cannot write to ${path}: ${realDir.split(sep).slice(0, 2).join(sep)} is a system folder, not a place for files`)
  }
  if (isSymlink(path)) fail(`cannot write to ${path}: it is a symbolic link, and the report never writes through one; name a new file or a regular file`)
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) fail(`the output path is a directory: ${path}`)
    try {
      accessSync(path, constants.W_OK)
    } catch {
      fail(`cannot write to ${path}: permission denied`)
    }
    return
  }
  if (!existsSync(dir)) fail(`cannot write to ${path}: the folder ${dir} does not exist`)
  try {
    accessSync(dir, constants.W_OK)
  } catch {
    fail(`cannot write to ${path}: the folder ${dir} is not writable`)
  }
}

/** Writes the file, refusing a symbolic link even if one appeared since checkOutput ran. */
function writeNoFollow(path, bytes) {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644)
  try {
    writeSync(fd, bytes)
  } finally {
    closeSync(fd)
  }
}

let args
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      format: { type: 'string', default: 'pdf' },
      topics: { type: 'string' },
      changed: { type: 'boolean', default: false },
      query: { type: 'string' },
      ignore: { type: 'string' },
      paper: { type: 'string', default: 'a4' },
      landscape: { type: 'boolean', default: false },
      'base-url': { type: 'string', default: '' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`)
}
const { values, positionals } = args
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}

const known = catalog()
if (positionals.length < 2) fail(`name at least two versions to compare. Available: ${known.versions.join(', ')}\n\n${USAGE}`)
const unknownVersions = positionals.filter((id) => !known.versions.includes(id))
if (unknownVersions.length > 0) fail(`unknown version ${unknownVersions.map((id) => `"${id}"`).join(', ')}. Available: ${known.versions.join(', ')}`)
if (new Set(positionals).size < positionals.length) fail('a version is named twice')
const topics = values.topics ? values.topics.split(',').map((topic) => topic.trim()).filter(Boolean) : []
const unknownTopics = topics.filter((topic) => !known.topics.includes(topic))
if (unknownTopics.length > 0) fail(`unknown topic ${unknownTopics.map((id) => `"${id}"`).join(', ')}. Available: ${known.topics.join(', ')}`)
const ignore = values.ignore ? values.ignore.split(',').map((item) => item.trim()).filter(Boolean) : []
const unknownIgnores = ignore.filter((item) => !['case', 'punct', 'space'].includes(item))
if (unknownIgnores.length > 0) fail(`unknown --ignore ${unknownIgnores.map((item) => `"${item}"`).join(', ')}; use case, punct or space`)
if (!['a4', 'letter'].includes(values.paper)) fail(`unknown paper size "${values.paper}"; use a4 or letter`)
if (values.query && values.query.length > MAX_QUERY_LENGTH) {
  fail(`--query is longer than ${MAX_QUERY_LENGTH} characters (${values.query.length}); the app searches for at most ${MAX_QUERY_LENGTH}`)
}
if (values['base-url'] && !/^https?:\/\/\S+$/.test(values['base-url'])) fail(`--base-url must be an http(s) address: ${values['base-url']}`)

if (!['pdf', 'docx', 'md'].includes(values.format)) fail(`unknown format "${values.format}"; use pdf, docx or md`)

// npm runs scripts from the package root; a relative --out means the folder the user typed it in.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? `report-${positionals.join('-')}.${values.format}`)
checkOutput(out, values.format)

const query = [
  topics.length > 0 ? `topics=${topics.map(encodeURIComponent).join(',')}` : null,
  values.changed ? 'changed=1' : null,
  values.query ? `q=${encodeURIComponent(values.query)}` : null,
  ignore.length > 0 ? `ignore=${ignore.join(',')}` : null,
].filter(Boolean)
const versionPath = positionals.map(encodeURIComponent).join('/')
const hash =
  values.format === 'pdf'
    ? `#/report/${versionPath}?${[...query, `paper=${values.paper}`, ...(values.landscape ? ['orientation=landscape'] : [])].join('&')}`
    : `#/compare/${versionPath}${query.length > 0 ? `?${query.join('&')}` : ''}`

let app
try {
  app = await openApp({ build: !values['no-build'] })
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 1)
}
try {
  const page = await app.browser.newPage()
  // The local server's address means nothing on paper: the app prints the address given here,
  // else the published address it was built with (VITE_PUBLIC_URL), else the route alone.
  await page.addInitScript((base) => {
    window.peacePlanDiffPermalinkBase = base
  }, values['base-url'])
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${app.origin}/${hash}`)
  await page.getByTestId(values.format === 'pdf' ? 'report.document' : 'compare.summary').waitFor({ timeout: 30_000 })
  const notices = await page.getByTestId('app.notices').allTextContents()
  if (notices.length > 0) console.warn(`report: the app adjusted the request: ${notices.join(' ')}`)
  if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`)
  if (values.format !== 'pdf') {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: EXPORT_BUTTONS[values.format], exact: true }).click(),
    ])
    writeNoFollow(out, readFileSync(await download.path()))
    const clauses = await page.getByTestId('compare.row').count()
    console.log(`report: wrote ${out} (${clauses} clauses, ${positionals.join(' → ')}, ${values.format})`)
  } else {
    await page.emulateMedia({ media: 'print' })
    writeNoFollow(out, await page.pdf({ printBackground: true, preferCSSPageSize: true }))
    const clauses = await page.getByTestId('report.clause').count()
    console.log(`report: wrote ${out} (${clauses} clauses, ${positionals.join(' → ')}, ${values.paper.toUpperCase()}${values.landscape ? ' landscape' : ''})`)
  }
} catch (error) {
  // Not fail(): exiting here would skip closing the browser and the server.
  console.error(`report: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await app.close()
}
