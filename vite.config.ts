/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
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
const SHARED_POLICY = [
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  ...SHARED_POLICY,
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

const SINGLE_FILE_NAME = 'peace-plan-diff.html'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * For the single-file build (`npm run build:single`): after vite-plugin-singlefile has inlined
 * the script and the stylesheet, a Content-Security-Policy that allows exactly those two by
 * their hashes and nothing else, not even 'self': the file makes no request of any kind.
 */
function singleFilePolicy(): Plugin {
  return {
    name: 'peace-plan-diff:single-file-policy',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: (html) => html.replace(/\s*<link rel="icon"[^>]*>/, ''),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html']
        if (!page || page.type !== 'asset') return this.error('single-file build: no index.html to seal')
        const html = String(page.source)
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1]!))
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1]!))
        if (/<(script|link)\b[^>]*\b(src|href)=/.test(html)) this.error('single-file build: a script or stylesheet was left as a file')
        const policy = ["default-src 'none'", `script-src ${scripts.join(' ')}`, `style-src ${styles.join(' ')}`, ...SHARED_POLICY].join('; ')
        delete bundle['index.html']
        this.emitFile({
          type: 'asset',
          fileName: SINGLE_FILE_NAME,
          source: html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
        })
      },
    },
  }
}

export default defineConfig(({ mode }) => ({
  // Relative asset paths, so dist/ works from any folder (an intranet share, a subpath);
  // hash routing keeps every route on the one index.html.
  base: './',
  plugins:
    mode === 'single'
      ? [react(), validateData(), viteSingleFile({ removeViteModuleLoader: true }), singleFilePolicy()]
      : [react(), validateData(), contentSecurityPolicy()],
  ...(mode === 'single' ? { publicDir: false as const } : {}),
  build: {
    // Inlined data: URIs would break under the app's strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: false,
    ...(mode === 'single' ? { outDir: 'dist-single' } : {}),
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
}))
