/**
 * The first view drawn into index.html at build time (src/app/prerender.tsx), with the styles
 * and the boot script it needs written into the page.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { createServer, type Plugin } from 'vite'
import { root } from '../root.ts'
import { chunkNamed, publishedNegotiations } from './data.ts'

/** The script that decides, before the page is drawn, whether index.html's first view is the one asked for. */
const BOOT_SCRIPT = 'src/app/boot.js'
/** The drawn view's own styles, which only a page that carries it loads. */
const FIRST_VIEW_STYLES = 'src/styles/first-view.css'

/**
 * The first view's inline styles as rules of a stylesheet: the policy (style-src 'self') refuses
 * style attributes written in the page, though it lets the app's scripts set the same styles.
 * Each distinct style becomes a `data-first-view-style` attribute and one rule.
 */
function moveInlineStyles(html: string): { html: string; css: string } {
  const styles = new Map<string, number>()
  const moved = html.replace(/ style="([^"]*)"/g, (_match, style: string) => {
    // React writes only our own components' styles here: plain declarations, nothing to escape.
    if (!/^[\w\s:;.,%()#-]*$/.test(style)) throw new Error(`first view: unexpected inline style "${style}"`)
    if (!styles.has(style)) styles.set(style, styles.size)
    return ` data-first-view-style="${styles.get(style)}"`
  })
  const css = [...styles].map(([style, index]) => `.first-view [data-first-view-style="${index}"] { ${style} }`).join('\n')
  return { html: moved, css }
}

/**
 * Draws the first view (the default comparison and its first rows, src/app/prerender.tsx) into
 * index.html, so it is on screen as soon as the page arrives rather than after the scripts have
 * loaded and run; the app replaces it when it starts. It is `inert` until then: nothing in it
 * answers a click or takes focus. A small blocking script (BOOT_SCRIPT) hides it when the
 * address asks for another view, and applies the stored colour theme before the first paint.
 * Not in the single-file build, which stays one file.
 *
 * The app's stylesheet, the view's styles and the boot script are written into the page (the
 * policy allows them by hash, build/plugins/csp.ts): as files, the page's first frame waited for
 * them behind the data's 1.7 MB preload. On 5 × 2,000 the longest animation frame before the app
 * runs went from 246 to 121 ms and from 234 to 195 ms (medians of 7 and 9 loads, interleaved).
 * What is left of it is the first text layout, mostly the browser finding its fonts.
 */
export function prerenderedFirstView(): Plugin {
  let view: { html: string; hashes: readonly string[]; styles: string; boot: string } | null = null
  return {
    name: 'peace-plan-diff:prerendered-first-view',
    apply: 'build',
    async buildStart() {
      // The app's own modules, run in node through a dev server that serves nothing.
      const server = await createServer({
        configFile: false,
        root,
        plugins: [react(), publishedNegotiations()],
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        appType: 'custom',
        logLevel: 'error',
      })
      try {
        const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          prerenderFirstView: () => { html: string; hashes: readonly string[] } | null
        }
        const drawn = module.prerenderFirstView()
        if (!drawn) return
        const { html, css } = moveInlineStyles(drawn.html)
        // Comments and spacing stay in the sources: every load of the page carries these.
        const styles = `${readFileSync(join(root, FIRST_VIEW_STYLES), 'utf8')}\n${css}`.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim()
        const boot = readFileSync(join(root, BOOT_SCRIPT), 'utf8').replace(/^\s*\/\/.*\n/gm, '')
        view = { html, hashes: drawn.hashes, styles, boot }
      } finally {
        await server.close()
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!view) return html
        // The app's stylesheet goes into the page in its link's place. The link stays, disabled,
        // which fetches nothing: Vite's loader of lazy chunks that list the stylesheet then sees
        // it as loaded, instead of adding it again after the pages' own stylesheets. The file
        // goes, so a loader that fetched it anyway would fail loudly.
        const bundle = context.bundle ?? {}
        const inlined = html.replace(/<link rel="stylesheet"[^>]*? href="\.\/([^"]+\.css)">/g, (link, fileName: string) => {
          const file = bundle[fileName]
          if (file?.type !== 'asset') throw new Error(`first view: no stylesheet ${fileName} to write into the page`)
          delete bundle[fileName]
          return `<style>${String(file.source)}</style>\n    ${link.replace(/>$/, ' disabled>')}`
        })
        // The rest of the data, which boot.js preloads at any address but the drawn view's.
        const rest = chunkNamed(context, 'data-rest')
        const container = '<div id="root">'
        if (!inlined.includes(container)) throw new Error(`index.html has no ${container}`)
        return {
          html: inlined.replace(container, `${container}\n      <div class="first-view" inert>${view.html}</div>`),
          tags: [
            { tag: 'style', children: view.styles, injectTo: 'head' },
            { tag: 'meta', attrs: { name: 'peace-plan-diff:first-view', content: JSON.stringify(view.hashes) }, injectTo: 'head' },
            ...(rest ? [{ tag: 'meta', attrs: { name: 'peace-plan-diff:data-rest', content: `./${rest.fileName}` }, injectTo: 'head' as const }] : []),
            { tag: 'script', children: view.boot, injectTo: 'head' },
          ],
        }
      },
    },
  }
}
