/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { groupDataFiles } from './src/load/groupDataFiles.ts'
import { formatIssue, loadNegotiation, parseJsonFile, type DataIssue } from './src/load/loadNegotiation.ts'

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listJson(path)
    return entry.name.endsWith('.json') ? [path] : []
  })
}

/** Fails the build when any file in data/ breaks the schema, naming the file and the path inside it. */
function validateData(): Plugin {
  return {
    name: 'peace-plan-diff:validate-data',
    // Tests report data issues themselves (src/load), so this guards `vite build` only.
    apply: 'build',
    buildStart() {
      const root = import.meta.dirname
      const issues: DataIssue[] = []
      const files = listJson(join(root, 'data')).flatMap((path) => {
        const parsed = parseJsonFile(relative(root, path), readFileSync(path, 'utf8'))
        if (parsed.ok) return [parsed.file]
        issues.push(parsed.issue)
        return []
      })
      for (const group of groupDataFiles(files).values()) {
        const result = loadNegotiation(group)
        if (!result.ok) issues.push(...result.issues)
      }
      if (issues.length > 0) this.error(`Invalid data:\n${issues.map(formatIssue).join('\n')}`)
    },
  }
}

/**
 * The production build carries a strict Content-Security-Policy: scripts and styles only from
 * the app's own origin, and no connections at all, so nothing typed into the app can leave it.
 * Only at build time: the dev server needs inline scripts and a socket for hot reload.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'peace-plan-diff:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

// Where the app is published, for links in printed reports and exports (see the README).
const publicUrl = process.env.VITE_PUBLIC_URL ?? ''
if (publicUrl && !/^https?:\/\/\S+$/.test(publicUrl)) throw new Error(`VITE_PUBLIC_URL must be an http(s) address: ${publicUrl}`)

export default defineConfig({
  // Relative asset paths, so dist/ works from any folder (an intranet share, a subpath);
  // hash routing keeps every route on the one index.html.
  base: './',
  plugins: [react(), validateData(), contentSecurityPolicy()],
  build: {
    // Inlined data: URIs would break under the app's strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
})
