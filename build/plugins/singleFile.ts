/** The single-file build (`npm run build:single`): one sealed page, no worker file. */
import type { Plugin } from 'vite'
import { inlineHashes, SHARED_POLICY } from './csp.ts'

const SINGLE_FILE_NAME = 'peace-plan-diff.html'

/**
 * For the single-file build (`npm run build:single`): after vite-plugin-singlefile has inlined
 * the script and the stylesheet, a Content-Security-Policy that allows exactly those two by
 * their hashes and nothing else, not even 'self': the file makes no request of any kind.
 */
export function singleFilePolicy(): Plugin {
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
        const { scripts, styles } = inlineHashes(html)
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

/**
 * For the single-file build: each worker's starter becomes one that starts none, so no worker is
 * emitted as a file the single page never loads (src/features/workspaces/startDraftWorker.ts,
 * src/storage/startWorkspaceWorker.ts).
 */
export function noDraftWorker(): Plugin {
  return {
    name: 'peace-plan-diff:no-draft-worker',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!/\/start(Draft|Workspace)Worker\.ts$/.test(source)) return null
      const resolved = await this.resolve(source.replace(/\.ts$/, '.single.ts'), importer, { skipSelf: true })
      return resolved?.id ?? null
    },
  }
}
