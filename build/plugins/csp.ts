/** The Content-Security-Policy and the other security headers of the built app. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, normalize, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The production build carries a strict Content-Security-Policy: scripts and styles only from
 * the app's own origin, and no connections at all, so nothing typed into the app can leave it.
 * Only at build time: the dev server needs inline scripts and a socket for hot reload.
 */
const directives = (inline: InlineHashes = { scripts: [], styles: [] }) => [
  "default-src 'self'",
  ["script-src 'self'", ...inline.scripts].join(' '),
  ["style-src 'self'", ...inline.styles].join(' '),
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

const CONTENT_SECURITY_POLICY = directives().join('; ')

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The hash sources that allow exactly a page's inline scripts and stylesheets. */
export interface InlineHashes {
  readonly scripts: readonly string[]
  readonly styles: readonly string[]
}

/** The hashes of the inline <script> (those without src) and <style> elements in a page. */
export function inlineHashes(html: string): InlineHashes {
  const contents = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => sha256(match[1]!))
  return {
    scripts: contents(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
    styles: contents(/<style\b[^>]*>([\s\S]*?)<\/style>/g),
  }
}

/** The policy of a built page: the one above, plus its own inline script and styles by hash. */
export const pagePolicy = (html: string) => directives(inlineHashes(html)).join('; ')

/** The directives the single-file build keeps from the policy above (it allows its inline script and style by hash). */
export const SHARED_POLICY = ["connect-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]

/**
 * The headers a static host should send with every file (the README's deployment section lists
 * them). Framing can only be refused by a header: a <meta> policy ignores frame-ancestors.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

/**
 * The policy as a <meta> tag. Last of the page's transforms, so it sees the inline stylesheet
 * and boot script a long negotiation's drawn first view brings (build/plugins/prerender.ts).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'peace-plan-diff:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: pagePolicy(html) }, injectTo: 'head-prepend' }],
    },
  }
}

/** The policy a page's <meta> tag carries, as written in the built page. */
function metaPolicy(html: string): string | null {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]
  return content === undefined ? null : content.replaceAll('&#39;', "'")
}

/**
 * `npm start` and `vite preview` serve the build as a well-configured static host would. A page
 * with inline scripts or styles (a long negotiation's) gets the policy of its own <meta> tag, which
 * allows them by hash; every other file the policy above.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'peace-plan-diff:security-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
        try {
          const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)).replace(/\/$/, '/index.html')
          const policy = path.endsWith('.html') ? metaPolicy(readFileSync(join(outDir, path), 'utf8')) : null
          if (policy) response.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`)
        } catch {
          // No such page, or no readable address: the server answers as it would have.
        }
        next()
      })
    },
  }
}
