/** Two drafts, versions "A" and "B", as a user imports them (split, aligned, built into a workspace's files), for tests and benchmarks. */
import { alignClauses } from '../../drafts/alignClauses.ts'
import type { Alignment } from '../../drafts/alignment.ts'
import { buildWorkspace } from '../../drafts/buildWorkspace.ts'
import { splitClauses } from '../../drafts/splitClauses.ts'
import type { WorkspaceFiles } from '../../load/schema.ts'

export function draftPairWorkspace(id: string, name: string, earlierText: string, laterText: string): { files: WorkspaceFiles; alignment: Alignment } {
  const earlier = splitClauses(earlierText)
  const later = splitClauses(laterText)
  if (!earlier.ok || !later.ok) throw new Error('A fixture draft did not split')
  const alignment = alignClauses(earlier.clauses, later.clauses)
  const built = buildWorkspace(
    {
      id,
      name,
      versions: [
        { name: 'A', date: '2026-01-01', origin: 'a.txt', clauses: earlier.clauses },
        { name: 'B', date: '2026-01-02', origin: 'b.txt', clauses: later.clauses },
      ],
      alignments: [alignment],
    },
    '2026-01-03',
  )
  if (!built.ok) throw new Error(built.message)
  return { files: built.files, alignment }
}
