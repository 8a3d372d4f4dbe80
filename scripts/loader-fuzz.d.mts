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
export function runLoaderFuzz(options: { cases: number; seed?: number; timeoutMs?: number; onProgress?: (counts: FuzzCounts) => void }): Promise<FuzzCounts>
export function formatCounts(counts: FuzzCounts): string
