import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { DataErrorPage } from './app/DataErrorPage.tsx'
import { createRegistry, loadBundled } from './app/negotiations.ts'
import { startUrlSync } from './state/urlSync.ts'
import './styles/app.css'
import './styles/print.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)

// Every bundled data folder, the first in alphabetical order being the default, plus the
// user's workspaces, read from the browser's storage when a link names one.
const bundled = loadBundled()
if (bundled.ok) {
  const registry = createRegistry(bundled.negotiations)
  startUrlSync(registry.catalogFor)
  root.render(
    <StrictMode>
      <App registry={registry} />
    </StrictMode>,
  )
} else {
  root.render(<DataErrorPage issues={bundled.issues} />)
}
