// Makes sure the end-to-end tests have a Chromium and the PDF tools they call (pdftotext and
// pdfinfo read the report's PDFs; pdftoppm renders their pages to images).
// On a fresh Debian machine, as root, it installs Debian's packages; it never runs
// `playwright install`, whose download host is unreachable here.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium } from './browser-path.mjs'

const DEBIAN_PACKAGES = ['chromium', 'poppler-utils', 'fonts-dejavu-core', 'fonts-liberation']
const PDF_TOOLS = ['pdftotext', 'pdfinfo', 'pdftoppm']

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && hasCommand('apt-get')
}

function aptInstall() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  console.log(`ensure-browser: installing ${DEBIAN_PACKAGES.join(', ')} with apt-get`)
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...DEBIAN_PACKAGES], {
    stdio: 'inherit',
    env,
  })
}

if (process.env.CHROMIUM_PATH && !findChromium()) {
  console.error(`ensure-browser: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file`)
  process.exit(1)
}

let browser = findChromium()
const missingPdfTools = () => PDF_TOOLS.filter((tool) => !hasCommand(tool))
if ((!browser || missingPdfTools().length > 0) && canInstallWithApt()) {
  aptInstall()
  browser = findChromium()
}

if (!browser) {
  console.error(
    'ensure-browser: no Chromium found. Set CHROMIUM_PATH, or install Debian\'s "chromium" package, ' +
      'or run `npx playwright install chromium` where its download host is reachable.',
  )
  process.exit(1)
}

const version = spawnSync(browser.executablePath, ['--version'], { encoding: 'utf8' }).stdout.trim()
console.log(`ensure-browser: using ${browser.executablePath} (${browser.source}) ${version}`)
const missing = missingPdfTools()
if (missing.length > 0) {
  console.warn(`ensure-browser: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (Debian: poppler-utils), so the PDF report tests will be skipped and counted as skipped`)
}
