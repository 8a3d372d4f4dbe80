// Finds a Chromium that Playwright can drive. Playwright's own browser download cannot reach its
// host on our machines, so Debian's chromium is the usual answer; CHROMIUM_PATH overrides both.
import { accessSync, constants } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUMS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** @returns {{ source: 'env' | 'playwright' | 'system', executablePath: string } | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return isExecutable(fromEnv) ? { source: 'env', executablePath: fromEnv } : null
  const managed = chromium.executablePath()
  if (managed && isExecutable(managed)) return { source: 'playwright', executablePath: managed }
  const system = SYSTEM_CHROMIUMS.find(isExecutable)
  return system ? { source: 'system', executablePath: system } : null
}

// --host-resolver-rules stops Chromium's background lookups of Google hosts, which this
// machine's closed network refuses; localhost still resolves.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]
