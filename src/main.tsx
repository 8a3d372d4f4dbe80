import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { DataErrorPage } from './app/DataErrorPage.tsx'
import { routeCatalog } from './app/catalog.ts'
import { bundledFiles, publishedFolders } from './load/bundledFiles.ts'
import { groupDataFiles } from './load/groupDataFiles.ts'
import { loadNegotiation } from './load/loadNegotiation.ts'
import { startUrlSync } from './state/urlSync.ts'
import './styles/app.css'
import './styles/print.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)

// One negotiation per build: the first folder data/index.json lists (ukraine-2025 today).
const [defaultFolder] = publishedFolders
const files = defaultFolder === undefined ? undefined : groupDataFiles(bundledFiles).get(defaultFolder)
const loaded = files
  ? loadNegotiation(files)
  : { ok: false as const, issues: [{ file: 'data/index.json', path: '', message: 'No negotiation folder is published' }] }

if (loaded.ok) {
  startUrlSync(routeCatalog(loaded.negotiation))
  root.render(
    <StrictMode>
      <App negotiation={loaded.negotiation} />
    </StrictMode>,
  )
} else {
  root.render(<DataErrorPage issues={loaded.issues} />)
}
