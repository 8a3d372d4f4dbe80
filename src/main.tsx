import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { DataErrorPage } from './app/DataErrorPage.tsx'
import { routeCatalog } from './app/catalog.ts'
import { bundledFiles } from './load/bundledFiles.ts'
import { groupDataFiles } from './load/groupDataFiles.ts'
import { loadNegotiation } from './load/loadNegotiation.ts'
import { startTheme } from './state/theme.ts'
import { startUrlSync } from './state/urlSync.ts'
import './styles/app.css'
import './styles/print.css'
import './styles/report.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)
startTheme()

// One negotiation per build: the first data folder in alphabetical order (ukraine-2025 today).
// Every folder is still validated by the build and the tests.
const [files] = [...groupDataFiles(bundledFiles).entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group)
const loaded = files
  ? loadNegotiation(files)
  : { ok: false as const, issues: [{ file: 'data/', path: '', message: 'No negotiation folder found' }] }

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
