import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { DataErrorPage } from './app/DataErrorPage.tsx'
import { routeCatalog } from './app/catalog.ts'
import { loadBundledNegotiation } from './load/loadBundled.ts'
import { startTheme } from './state/theme.ts'
import { startUrlSync } from './state/urlSync.ts'
import './styles/app.css'
import './styles/print.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)
startTheme()

// One negotiation per build; src/load/loadBundled.ts says which.
const loaded = loadBundledNegotiation()

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
