import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { DataErrorPage } from './app/DataErrorPage.tsx'
import { routeCatalog } from './app/catalog.ts'
import { bundledFiles } from './load/bundledFiles.ts'
import { groupDataFiles } from './load/groupDataFiles.ts'
import { loadNegotiation } from './load/loadNegotiation.ts'
import { startUrlSync } from './state/urlSync.ts'
import './styles/app.css'
import './styles/print.css'
import './styles/report.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)

const [files] = groupDataFiles(bundledFiles).values()
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
