/** Reads the files of a zip archive (a .docx) by its central directory, for tests. */
import { inflateRawSync } from 'node:zlib'
import { entryData, readZipDirectory } from '../../drafts/zipDirectory.ts'

export function readZip(bytes: Uint8Array): Map<string, string> {
  const directory = readZipDirectory(bytes)
  if (!directory.ok) throw new Error('not a zip archive')
  const files = new Map<string, string>()
  for (const entry of directory.entries) {
    const data = entryData(bytes, entry)
    if (!data) throw new Error(`${entry.name}: no local header where the directory says`)
    files.set(entry.name, new TextDecoder().decode(entry.method === 8 ? inflateRawSync(data) : data))
  }
  return files
}
