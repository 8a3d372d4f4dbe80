#!/usr/bin/env node
// `npm start`: builds the app and serves it on http://127.0.0.1:4173, or on PORT. Checks the
// port first, so a port in use fails at once with what to do rather than after the build.
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { root } from './serve-app.mjs'

const port = Number(process.env.PORT ?? 4173)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`start: PORT=${process.env.PORT} is not a port number; try PORT=4180 npm start`)
  process.exit(2)
}

const free = await new Promise((resolve) => {
  const probe = createServer()
  probe.once('error', () => resolve(false))
  probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
})
if (!free) {
  console.error(
    `start: port ${port} is already in use (another copy of the app, or another program).\n` +
      `Pick another port, for example:  PORT=${port + 7} npm start`,
  )
  process.exit(2)
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const { preview } = await import('vite')
const server = await preview({ root, preview: { host: '127.0.0.1', port, strictPort: true, open: false } })
server.printUrls()
