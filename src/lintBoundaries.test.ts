/**
 * The layout the README promises, checked against lint itself: each probe breaks one boundary
 * in a file that does not exist (ESLint lints the text as if it sat at that path) and must be
 * reported. These are the violations of the code review's probe, plus a few of the same kind.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const PROBES: ReadonlyArray<{ readonly name: string; readonly path: string; readonly code: string }> = [
  { name: 'domain imports load', path: 'src/domain/probe.ts', code: "import { loadNegotiation } from '../load/loadNegotiation.ts'\nexport const x = loadNegotiation\n" },
  { name: 'domain imports a hook (and so React)', path: 'src/domain/probe.ts', code: "import { useComparison } from '../hooks/useComparison.ts'\nexport const x = useComparison\n" },
  { name: 'domain uses navigator.clipboard', path: 'src/domain/probe.ts', code: "export const copy = () => navigator.clipboard.writeText('x')\n" },
  { name: 'domain sets a timer', path: 'src/domain/probe.ts', code: 'export const later = () => setTimeout(() => {}, 10)\n' },
  { name: 'domain reads globalThis.location', path: 'src/domain/probe.ts', code: 'export const here = () => globalThis.location.href\n' },
  { name: 'a .tsx file in domain', path: 'src/domain/Probe.tsx', code: 'export const x = 1\n' },
  { name: 'a component imports a feature', path: 'src/components/Probe.tsx', code: "import { MatrixPage } from '../features/matrix/MatrixPage.tsx'\nexport const x = MatrixPage\n" },
  { name: 'a component imports the app', path: 'src/components/Probe.tsx', code: "import { App } from '../app/App.tsx'\nexport const x = App\n" },
  { name: 'url imports React', path: 'src/url/probe.ts', code: "import { useState } from 'react'\nexport const x = useState\n" },
  { name: 'url imports the store', path: 'src/url/probe.ts', code: "import { useViewerStore } from '../state/store.ts'\nexport const x = useViewerStore\n" },
  { name: 'url reads document.location', path: 'src/url/probe.ts', code: 'export const here = () => document.location.hash\n' },
  { name: 'a feature imports the app', path: 'src/features/matrix/Probe.tsx', code: "import { App } from '../../app/App.tsx'\nexport const x = App\n" },
  { name: 'a feature calls document.location.assign', path: 'src/features/matrix/Probe.tsx', code: "export const go = () => document.location.assign('#/')\n" },
  { name: 'a feature calls window.history.back', path: 'src/features/matrix/Probe.tsx', code: 'export const back = () => window.history.back()\n' },
  { name: 'a feature imports another feature', path: 'src/features/matrix/Probe.tsx', code: "import { ComparePage } from '../compare/ComparePage.tsx'\nexport const x = ComparePage\n" },
]

// Loading the config and the TypeScript parser takes seconds on a busy machine.
describe('lint enforces the README layout', { timeout: 60_000 }, () => {
  const eslint = new ESLint()

  it.each(PROBES)('reports: $name', async ({ path, code }) => {
    const [result] = await eslint.lintText(code, { filePath: path })
    const boundaryRules = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax']
    expect(result!.messages.filter((message) => boundaryRules.includes(message.ruleId ?? ''))).not.toEqual([])
  })

  it('lets the same code through where the layout allows it', async () => {
    const [inApp] = await eslint.lintText("import { MatrixPage } from '../features/matrix/MatrixPage.tsx'\nexport const x = MatrixPage\n", { filePath: 'src/app/Probe.tsx' })
    expect(inApp!.messages).toEqual([])
    const [inUrlSync] = await eslint.lintText('export const back = () => window.history.back()\n', { filePath: 'src/state/urlSync.ts' })
    expect(inUrlSync!.messages).toEqual([])
  })
})
