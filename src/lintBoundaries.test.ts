/**
 * The layout the README promises, checked against lint itself: each probe breaks one boundary
 * in a file that does not exist (ESLint lints the text as if it sat at that path, so nothing is
 * written into src/) and must be reported by the rule named. The probes are those of the code
 * reviews (`../shared/research/code-review-3.md` §1.4), plus a few of the same kind.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ZONES = 'import-x/no-restricted-paths'

interface Probe {
  readonly name: string
  readonly path: string
  readonly code: string
  /** The rule that must report it. */
  readonly rule: string
}

const importing = (from: string, name = 'x') => `import { ${name} } from '${from}'\nexport const probe = ${name}\n`
const importingLater = (from: string) => `export const later = () => import('${from}')\n`

const PROBES: readonly Probe[] = [
  // The domain is pure.
  { name: 'domain imports load', path: 'src/domain/probe.ts', code: importing('../load/loadNegotiation.ts', 'loadNegotiation'), rule: ZONES },
  { name: 'domain imports a hook (and so React)', path: 'src/domain/probe.ts', code: importing('../hooks/useComparison.ts', 'useComparison'), rule: ZONES },
  { name: 'domain imports storage', path: 'src/domain/probe.ts', code: importing('../storage/workspaceStore.ts', 'listWorkspaces'), rule: ZONES },
  { name: 'domain imports the store', path: 'src/domain/probe.ts', code: importing('../state/store.ts', 'useViewerStore'), rule: ZONES },
  { name: 'domain imports a shared component', path: 'src/domain/probe.ts', code: importing('../components/StatusBadge.tsx', 'StatusBadge'), rule: ZONES },
  { name: 'domain imports React', path: 'src/domain/probe.ts', code: importing('react', 'useState'), rule: ZONES },
  { name: 'domain imports idb-keyval', path: 'src/domain/probe.ts', code: importing('idb-keyval', 'get'), rule: ZONES },
  { name: 'domain imports mammoth', path: 'src/domain/probe.ts', code: "import mammoth from 'mammoth'\nexport const probe = mammoth\n", rule: ZONES },
  { name: 'domain imports load dynamically', path: 'src/domain/probe.ts', code: importingLater('../load/files.ts'), rule: ZONES },
  { name: 'domain imports React dynamically', path: 'src/domain/probe.ts', code: importingLater('react'), rule: ZONES },
  { name: 'domain, three folders deep, imports load', path: 'src/domain/documents/sub/probe.ts', code: importing('../../../load/loadNegotiation.ts', 'loadNegotiation'), rule: ZONES },
  { name: 'domain, four folders deep, imports a feature', path: 'src/domain/documents/sub/deeper/probe.ts', code: importing('../../../../features/matrix/MatrixPage.tsx', 'MatrixPage'), rule: ZONES },
  { name: 'domain re-exports load', path: 'src/domain/probe.ts', code: "export { loadNegotiation } from '../load/loadNegotiation.ts'\n", rule: ZONES },
  { name: 'a feature reads the browser global name', path: 'src/features/compare/probe.ts', code: 'export const label = () => name.trim()\n', rule: 'no-restricted-globals' },
  { name: 'domain uses navigator.clipboard', path: 'src/domain/probe.ts', code: "export const copy = () => navigator.clipboard.writeText('x')\n", rule: 'no-restricted-globals' },
  { name: 'domain sets a timer', path: 'src/domain/probe.ts', code: 'export const later = () => setTimeout(() => {}, 10)\n', rule: 'no-restricted-globals' },
  { name: 'domain reads globalThis.location', path: 'src/domain/probe.ts', code: 'export const here = () => globalThis.location.href\n', rule: 'no-restricted-globals' },
  { name: 'domain uses indexedDB', path: 'src/domain/probe.ts', code: "export const open = () => indexedDB.open('x')\n", rule: 'no-restricted-globals' },
  { name: 'domain uses requestIdleCallback', path: 'src/domain/probe.ts', code: 'export const later = () => requestIdleCallback(() => {})\n', rule: 'no-restricted-globals' },
  { name: 'a .tsx file in domain', path: 'src/domain/Probe.tsx', code: 'export const x = 1\n', rule: 'no-restricted-syntax' },
  { name: 'domain imports drafts', path: 'src/domain/probe.ts', code: importing('../drafts/splitClauses.ts', 'splitClauses'), rule: ZONES },
  { name: 'domain imports drafts dynamically', path: 'src/domain/probe.ts', code: importingLater('../drafts/splitClauses.ts'), rule: ZONES },
  // The drafts pipeline is pure too: it imports only itself, the domain and the data format it writes.
  { name: 'drafts imports React', path: 'src/drafts/probe.ts', code: importing('react', 'useState'), rule: ZONES },
  { name: 'drafts imports pdfjs-dist', path: 'src/drafts/probe.ts', code: importing('pdfjs-dist', 'getDocument'), rule: ZONES },
  { name: 'drafts imports a feature', path: 'src/drafts/probe.ts', code: importing('../features/workspaces/NewWorkspace.tsx', 'NewWorkspace'), rule: ZONES },
  { name: 'drafts imports a feature dynamically', path: 'src/drafts/probe.ts', code: importingLater('../features/workspaces/NewWorkspace.tsx'), rule: ZONES },
  { name: 'drafts imports the store', path: 'src/drafts/probe.ts', code: importing('../state/store.ts', 'useViewerStore'), rule: ZONES },
  { name: 'drafts imports the app', path: 'src/drafts/probe.ts', code: importing('../app/App.tsx', 'App'), rule: ZONES },
  { name: 'drafts, a folder deeper, imports storage', path: 'src/drafts/sub/probe.ts', code: importing('../../storage/workspaceStore.ts', 'listWorkspaces'), rule: ZONES },
  { name: 'drafts imports a hook', path: 'src/drafts/probe.ts', code: importing('../hooks/useComparison.ts', 'useComparison'), rule: ZONES },
  { name: 'drafts imports the codec', path: 'src/drafts/probe.ts', code: importing('../url/parseRoute.ts', 'parseRoute'), rule: ZONES },
  { name: 'drafts imports the loader', path: 'src/drafts/probe.ts', code: importing('../load/workspaceFile.ts', 'loadWorkspace'), rule: ZONES },
  { name: 'drafts imports the loader dynamically', path: 'src/drafts/probe.ts', code: importingLater('../load/loadNegotiation.ts'), rule: ZONES },
  { name: 'drafts, a folder deeper, imports the loader', path: 'src/drafts/sub/probe.ts', code: importing('../../load/loadNegotiation.ts', 'loadNegotiation'), rule: ZONES },
  { name: 'drafts sets a timer', path: 'src/drafts/probe.ts', code: 'export const later = () => setTimeout(() => {}, 10)\n', rule: 'no-restricted-globals' },
  // The URL codec and the data boundary.
  { name: 'url imports React', path: 'src/url/probe.ts', code: importing('react', 'useState'), rule: ZONES },
  { name: 'url imports the store', path: 'src/url/probe.ts', code: importing('../state/store.ts', 'useViewerStore'), rule: ZONES },
  { name: 'url imports storage', path: 'src/url/probe.ts', code: importing('../storage/workspaceStore.ts', 'listWorkspaces'), rule: ZONES },
  { name: 'url reads document.location', path: 'src/url/probe.ts', code: 'export const here = () => document.location.hash\n', rule: 'no-restricted-properties' },
  { name: 'load imports storage', path: 'src/load/probe.ts', code: importing('../storage/workspaceStore.ts', 'listWorkspaces'), rule: ZONES },
  { name: 'load imports drafts', path: 'src/load/probe.ts', code: importing('../drafts/buildWorkspace.ts', 'buildWorkspace'), rule: ZONES },
  { name: 'load imports the codec', path: 'src/load/probe.ts', code: importing('../url/parseRoute.ts', 'parseRoute'), rule: ZONES },
  // The store, storage and shared hooks.
  { name: 'state imports storage', path: 'src/state/probe.ts', code: importing('../storage/workspaceStore.ts', 'listWorkspaces'), rule: ZONES },
  { name: 'state imports a feature', path: 'src/state/probe.ts', code: importing('../features/matrix/MatrixPage.tsx', 'MatrixPage'), rule: ZONES },
  { name: 'storage imports a feature', path: 'src/storage/probe.ts', code: importing('../features/workspaces/NewWorkspace.tsx', 'NewWorkspace'), rule: ZONES },
  { name: 'storage imports drafts', path: 'src/storage/probe.ts', code: importing('../drafts/buildWorkspace.ts', 'buildWorkspace'), rule: ZONES },
  { name: 'storage imports React', path: 'src/storage/probe.ts', code: importing('react', 'useState'), rule: ZONES },
  { name: 'storage imports the store', path: 'src/storage/probe.ts', code: importing('../state/store.ts', 'useViewerStore'), rule: ZONES },
  { name: 'storage imports the app', path: 'src/storage/probe.ts', code: importing('../app/App.tsx', 'App'), rule: ZONES },
  { name: 'a hook imports a feature', path: 'src/hooks/probe.ts', code: importing('../features/compare/ComparePage.tsx', 'ComparePage'), rule: ZONES },
  { name: 'a hook imports the app', path: 'src/hooks/probe.ts', code: importing('../app/App.tsx', 'App'), rule: ZONES },
  { name: 'a hook imports a feature dynamically', path: 'src/hooks/probe.ts', code: importingLater('../features/compare/ComparePage.tsx'), rule: ZONES },
  // Shared components.
  { name: 'a component imports a feature', path: 'src/components/Probe.tsx', code: importing('../features/matrix/MatrixPage.tsx', 'MatrixPage'), rule: ZONES },
  { name: 'a component imports the app', path: 'src/components/Probe.tsx', code: importing('../app/App.tsx', 'App'), rule: ZONES },
  { name: 'a component imports a hook', path: 'src/components/Probe.tsx', code: importing('../hooks/useComparison.ts', 'useComparison'), rule: ZONES },
  { name: 'a component imports storage', path: 'src/components/Probe.tsx', code: importing('../storage/workspaceStore.ts', 'listWorkspaces'), rule: ZONES },
  { name: 'a component imports the store', path: 'src/components/Probe.tsx', code: importing('../state/store.ts', 'useViewerStore'), rule: ZONES },
  // Features.
  { name: 'a feature imports the app', path: 'src/features/matrix/Probe.tsx', code: importing('../../app/App.tsx', 'App'), rule: ZONES },
  { name: 'a feature calls document.location.assign', path: 'src/features/matrix/Probe.tsx', code: "export const go = () => document.location.assign('#/')\n", rule: 'no-restricted-properties' },
  { name: 'a feature calls window.history.back', path: 'src/features/matrix/Probe.tsx', code: 'export const back = () => window.history.back()\n', rule: 'no-restricted-properties' },
  { name: 'a feature imports another feature', path: 'src/features/matrix/Probe.tsx', code: importing('../compare/ComparePage.tsx', 'ComparePage'), rule: ZONES },
  { name: 'a feature sub-folder imports another feature', path: 'src/features/compare/parts/Probe.tsx', code: importing('../../matrix/MatrixPage.tsx', 'MatrixPage'), rule: ZONES },
  { name: 'a feature, four folders deep, imports another feature', path: 'src/features/compare/parts/rows/Probe.tsx', code: importing('../../../matrix/MatrixPage.tsx', 'MatrixPage'), rule: ZONES },
  { name: 'a feature imports another feature dynamically', path: 'src/features/compare/Probe.tsx', code: importingLater('../matrix/MatrixPage.tsx'), rule: ZONES },
  { name: 'a feature imports another feature by a long way round', path: 'src/features/compare/Probe.tsx', code: importing('../../domain/../features/matrix/MatrixPage.tsx', 'MatrixPage'), rule: ZONES },
  { name: "a feature's test imports another feature", path: 'src/features/compare/probe.test.ts', code: importing('../matrix/MatrixPage.tsx', 'MatrixPage'), rule: ZONES },
  // An import lint cannot follow would slip past every zone, so it is reported on its own.
  { name: "a feature imports a file in another feature's sub-folder", path: 'src/features/compare/Probe.tsx', code: importing('../matrix/parts/X.tsx'), rule: 'import-x/no-unresolved' },
  { name: 'a dynamic import of a computed name', path: 'src/features/compare/Probe.tsx', code: "export const later = (page: string) => import(`../${page}/Page.tsx`)\n", rule: 'no-restricted-syntax' },
  // No circles: labels.ts is imported by cellModel.ts, so labels.ts importing it back closes one.
  { name: 'an import cycle', path: 'src/domain/labels.ts', code: importing('./cellModel.ts', 'statusView'), rule: 'import-x/no-cycle' },
]

// Loading the config, the TypeScript parser and the resolver takes seconds on a busy machine.
describe('lint enforces the README layout', { timeout: 60_000 }, () => {
  const eslint = new ESLint()

  it.each(PROBES)('reports: $name', async ({ path, code, rule }) => {
    const [result] = await eslint.lintText(code, { filePath: path })
    expect(result!.messages.map((message) => message.ruleId)).toContain(rule)
  })

  it('lets the same kind of code through where the layout allows it', async () => {
    const allowed: ReadonlyArray<readonly [path: string, code: string]> = [
      ['src/app/Probe.tsx', importing('../features/matrix/MatrixPage.tsx', 'MatrixPage')],
      ['src/app/Probe.tsx', importingLater('../features/matrix/MatrixPage.tsx')],
      ['src/state/urlSync.ts', 'export const back = () => window.history.back()\n'],
      ['src/features/compare/Probe.tsx', importing('./ComparePage.tsx', 'ComparePage')],
      ['src/features/workspaces/Probe.tsx', importing('../../storage/workspaceStore.ts', 'listWorkspaces')],
      ['src/storage/probe.ts', importing('../load/workspaceFile.ts', 'loadWorkspace')],
      ['src/hooks/probe.ts', importing('../url/parseRoute.ts', 'parseRoute')],
      ['src/domain/documents/probe.ts', importing('../model.ts', 'x')],
      ['src/drafts/probe.ts', importing('../domain/model.ts', 'x')],
      ['src/drafts/sub/probe.ts', importing('../../load/schema.ts', 'LIMITS')],
      ['src/features/workspaces/Probe.tsx', importing('../../drafts/splitClauses.ts', 'splitClauses')],
      ['src/app/Probe.tsx', importing('../drafts/importLimits.ts', 'fileSizeProblem')],
      // Domain and drafts tests build their fixtures from the bundled data through the loader, domain tests from drafts.
      ['src/domain/probe.test.ts', importing('../load/loadNegotiation.ts', 'loadNegotiation')],
      ['src/domain/probe.test.ts', importing('../drafts/splitClauses.ts', 'splitClauses')],
      ['src/drafts/probe.test.ts', importing('../load/workspaceFile.ts', 'loadWorkspace')],
    ]
    for (const [path, code] of allowed) {
      const [result] = await eslint.lintText(code, { filePath: path })
      expect({ path, code, messages: result!.messages.map((message) => `${message.ruleId}: ${message.message}`) }).toEqual({ path, code, messages: [] })
    }
  })
})
