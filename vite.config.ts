// The build's plugins live in build/plugins/, one file per concern; the unit tests' settings in vitest.config.ts.
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { CHUNK_GROUPS, firstLoadModules } from './build/plugins/chunks.ts'
import { contentSecurityPolicy, securityHeaders } from './build/plugins/csp.ts'
import { publishedData, publishedNegotiations, validateData } from './build/plugins/data.ts'
import { prerenderedFirstView } from './build/plugins/prerender.ts'
import { pdfWorkerShapes } from './build/plugins/pdfWorker.ts'
import { noDraftWorker, singleFilePolicy } from './build/plugins/singleFile.ts'

// Where the app is published, for links in printed reports and exports (see the README).
const publicUrl = process.env.VITE_PUBLIC_URL ?? ''
if (publicUrl && !/^https?:\/\/\S+$/.test(publicUrl)) throw new Error(`VITE_PUBLIC_URL must be an http(s) address: ${publicUrl}`)

export default defineConfig(({ mode }) => ({
  // Relative asset paths, so dist/ works from any folder (an intranet share, a subpath);
  // hash routing keeps every route on the one index.html.
  base: './',
  plugins:
    mode === 'single'
      ? [react(), publishedData(), publishedNegotiations(), validateData(), noDraftWorker(), viteSingleFile({ removeViteModuleLoader: true }), singleFilePolicy()]
      : [react(), publishedData(), publishedNegotiations(), validateData(), firstLoadModules(), pdfWorkerShapes(), prerenderedFirstView(), contentSecurityPolicy(), securityHeaders()],
  ...(mode === 'single' ? { publicDir: false as const } : {}),
  build: {
    // Inlined data: URIs would break under the app's strict Content-Security-Policy.
    assetsInlineLimit: 0,
    // index.html preloads every chunk the first view imports (the data among them), so they
    // download and compile side by side instead of one after another. No polyfill: it would be
    // more code, and every browser with module scripts but no modulepreload just loads later.
    modulePreload: mode === 'single' ? false : { polyfill: false },
    // The single file inlines everything; otherwise the data and the first view's code have chunks of their own.
    ...(mode === 'single' ? { outDir: 'dist-single' } : { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } }),
  },
  // No CORS headers: another site the user has open must not read the app's files.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: false },
  server: { host: '127.0.0.1', port: 5173, cors: false },
}))
