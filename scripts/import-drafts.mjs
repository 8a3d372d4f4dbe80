#!/usr/bin/env node
// A team's own drafts as a data folder the app publishes (scripts/importDrafts.ts):
//   npm run import -- v1.docx v2.pdf v3.md --name "Harbour talks" --out data/harbour-talks
//   npm run import -- ws-1a2b3c4d.json --out data/harbour-talks     (a workspace exported from the app)
// The drafts are read, split and aligned by the app's own TypeScript, which Vite's module loader
// runs here without a build step.
import { createServer } from 'vite'

// A server with no config and no port: only its module loader is used, kept open while the
// readers load their parsers (mammoth, pdf.js) on demand.
const server = await createServer({ configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true } })
try {
  const module = await server.ssrLoadModule(new URL('./importDrafts.ts', import.meta.url).pathname)
  process.exitCode = await module.runImport(process.argv.slice(2), {
    cwd: process.cwd(),
    today: new Date().toISOString().slice(0, 10),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  })
} finally {
  await server.close()
}
