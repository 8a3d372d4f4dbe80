/**
 * The table of contents of a .docx (a zip archive), read without inflating anything, so a file
 * that would unpack to far more than it weighs (a "zip bomb") is refused before any work. The
 * sizes are what the archive declares; `readDocx` then inflates each part with its declared size
 * as a hard cap, so a file that lies about them is caught too.
 */

export interface ZipEntry {
  readonly name: string
  /** 0 stored, 8 deflated; a .docx uses nothing else. */
  readonly method: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly localHeaderOffset: number
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly problem: 'not-zip' | 'zip64' }

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const NO_VALUE_32 = 0xffffffff

/** The archive's entries as its central directory lists them. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record sits in the last 22 bytes, or before a comment of up to 65,535 bytes.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) return { ok: false, problem: 'not-zip' }
  const count = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryOffset = view.getUint32(end + 16, true)
  // ZIP64 marks its sizes as "see elsewhere"; no Word document under the file-size limit needs it.
  if (count === 0xffff || directorySize === NO_VALUE_32 || directoryOffset === NO_VALUE_32) return { ok: false, problem: 'zip64' }
  if (directoryOffset + directorySize > end) return { ok: false, problem: 'not-zip' }
  const entries: ZipEntry[] = []
  const names = new TextDecoder()
  let at = directoryOffset
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, problem: 'not-zip' }
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    }
    if (entry.compressedSize === NO_VALUE_32 || entry.uncompressedSize === NO_VALUE_32 || entry.localHeaderOffset === NO_VALUE_32) return { ok: false, problem: 'zip64' }
    entries.push(entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return { ok: true, entries }
}

/** Where an entry's compressed bytes start and end in the archive, from its local header; null if the header is not where the directory says. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return null
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const stop = start + entry.compressedSize
  return stop <= bytes.length ? bytes.subarray(start, stop) : null
}

/**
 * The parts of a .docx that the Word reader unpacks: everything but the media and embedded
 * files, which it never opens (images are left out of the text).
 */
export function isReadPart(entry: ZipEntry): boolean {
  return !/^word\/(media|embeddings)\//.test(entry.name) && !entry.name.endsWith('/')
}
