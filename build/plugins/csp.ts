/** The Content-Security-Policy and the other security headers of the built app. */
import type { Plugin } from 'vite'

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

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'peace-plan-diff:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

/** `npm start` and `vite preview` serve the build as a well-configured static host would. */
export function securityHeaders(): Plugin {
  return {
    name: 'peace-plan-diff:security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
        next()
      })
    },
  }
}
