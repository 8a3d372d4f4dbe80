/** Reads the files of a zip archive (a .docx) by its central directory, for tests. */
import { inflateRawSync } from 'node:zlib'

export function readZip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record sits in the last 22 bytes when there is no comment.
  let end = bytes.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1
  if (end < 0) throw new Error('not a zip archive')
  const count = view.getUint16(end + 10, true)
  let entry = view.getUint32(end + 16, true)
  const files = new Map<string, string>()
  for (let index = 0; index < count; index += 1) {
    const method = view.getUint16(entry + 10, true)
    const size = view.getUint32(entry + 20, true)
    const nameLength = view.getUint16(entry + 28, true)
    const extraLength = view.getUint16(entry + 30, true)
    const commentLength = view.getUint16(entry + 32, true)
    const local = view.getUint32(entry + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(entry + 46, entry + 46 + nameLength))
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(dataStart, dataStart + size)
    files.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data))
    entry += 46 + nameLength + extraLength + commentLength
  }
  return files
}
