export interface IndexIssue {
  file: string
  path: string
  message: string
}
export function readDataIndex(root: string): { folders: string[]; issues: IndexIssue[] }
export function listDataFiles(root: string, folder: string): string[]
