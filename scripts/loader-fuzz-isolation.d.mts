import type { DataIssue, NegotiationFiles } from '../src/load/loadNegotiation.ts'

export type IsolatedOutcome =
  | { kind: 'clean'; versions: number }
  | { kind: 'error'; issues: DataIssue[] }
  | { kind: 'throw'; message: string }
  | { kind: 'hang' }
export interface IsolatedLoader {
  load(files: NegotiationFiles): Promise<{ outcome: IsolatedOutcome; ms: number }>
  close(): Promise<number>
}
export function createIsolatedLoader(options?: { timeoutMs?: number }): Promise<IsolatedLoader>
