/**
 * pdf.js's worker as the app ships it, with one method changed: `TextState.clone`.
 *
 * pdf.js 5.6 clones a text state as `Object.assign(Object.create(this), this)`, so every clone
 * has the state it copied as its prototype, and so a shape (V8 map) of its own. The loop that
 * reads a page's text (`getTextContent`) stores into the current state on every font change and
 * saw a new shape on almost every page: V8 threw away its optimised code and compiled it again,
 * 285 times for the 300-page PDF of `npm run bench:drafts` (`--js-flags=--trace-deopt`), 4 s of
 * compiling on the machine's other core. Built as `new TextState()` with the same fields copied,
 * every clone has one shape; methods still come from the class. The text read is the same item
 * for item (e2e/pdf-import.spec.ts compares it with pdf.js as published).
 *
 * Only in a build: the dev server serves the worker as published. The build fails when the
 * method is no longer there as written, so a pdf.js upgrade cannot drop the change unnoticed
 * (if the new version clones by class, remove this plugin).
 */
import type { Plugin } from 'vite'

export const TEXT_STATE_CLONE = {
  published: 'clone(){const e=Object.assign(Object.create(this),this);e.textMatrix=this.textMatrix.slice()',
  shipped: 'clone(){const e=Object.assign(new TextState,this);e.textMatrix=this.textMatrix.slice()',
}

/** Whether a built file (its name, with or without its folder) is pdf.js's worker. */
export const isPdfWorkerFile = (fileName: string) => /(^|\/)pdf\.worker\.min-[\w-]+\.mjs$/.test(fileName)

/** The worker's source with `TextState.clone` built by class; throws unless the published method occurs exactly once. */
export function patchedPdfWorker(source: string): string {
  const found = source.split(TEXT_STATE_CLONE.published).length - 1
  if (found !== 1 || !source.includes('class TextState{')) {
    throw new Error(`pdf.js worker: expected TextState.clone as published exactly once, found it ${found} times (build/plugins/pdfWorker.ts)`)
  }
  return source.replace(TEXT_STATE_CLONE.published, TEXT_STATE_CLONE.shipped)
}

export function pdfWorkerShapes(): Plugin {
  return {
    name: 'peace-plan-diff:pdf-worker-shapes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const worker of Object.values(bundle)) {
        if (worker.type !== 'asset' || !isPdfWorkerFile(worker.fileName)) continue
        try {
          worker.source = patchedPdfWorker(typeof worker.source === 'string' ? worker.source : new TextDecoder().decode(worker.source))
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error))
        }
      }
    },
  }
}
