import type { DataIssue, NegotiationFiles } from '../src/load/loadNegotiation.ts'

export interface FuzzCounts {
  cases: number
  clean: number
  errors: number
  unclear: number
  hangs: number
  throws: number
  slow: number
  slowestMs: number
  failures: string[]
}
export type IsolatedOutcome =
  | { kind: 'clean'; versions: number }
  | { kind: 'error'; issues: DataIssue[] }
  | { kind: 'throw'; message: string }
  | { kind: 'hang' }
export interface IsolatedLoader {
  load(files: NegotiationFiles): Promise<{ outcome: IsolatedOutcome; ms: number }>
  close(): Promise<number>
}
export function readDataFolder(): NegotiationFiles
export function versionChain(length: number): NegotiationFiles
export function createIsolatedLoader(options?: { timeoutMs?: number }): Promise<IsolatedLoader>
export function runLoaderFuzz(options: { cases: number; seed?: number; timeoutMs?: number; onProgress?: (counts: FuzzCounts) => void }): Promise<FuzzCounts>
export function formatCounts(counts: FuzzCounts): string
