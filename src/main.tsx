import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { createRegistry, loadBundled } from './app/negotiations.ts'
import { startTheme } from './state/theme.ts'
import { startUrlSync } from './state/urlSync.ts'
import './styles/app.css'
import './styles/print.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)
startTheme()

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
  // The error page and the schema's messages load only now; validating again words every issue with them.
  void Promise.all([import('./app/DataErrorPage.tsx'), import('./load/englishMessages.ts')]).then(([{ DataErrorPage }]) => {
    const again = loadBundled()
    root.render(<DataErrorPage issues={again.ok ? bundled.issues : again.issues} />)
  })
}
