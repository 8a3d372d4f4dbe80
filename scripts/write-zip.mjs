// Writes a zip archive (a .docx is one), deflating each part, and able to lie as a zip bomb does:
// `declaredSize` is the unpacked size written into the headers, whatever the data unpacks to.
// For the tests and the file benchmark.
import { crc32, deflateRawSync } from 'node:zlib'

/** @param {readonly { name: string, data: Uint8Array, declaredSize?: number }[]} parts @returns {Buffer} */
export function writeZip(parts) {
  const locals = []
  const directory = []
  let offset = 0
  for (const { name, data, declaredSize = data.byteLength } of parts) {
    const nameBytes = Buffer.from(name, 'utf8')
    const packed = deflateRawSync(data)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.byteLength, 18)
    local.writeUInt32LE(declaredSize, 22)
    local.writeUInt16LE(nameBytes.byteLength, 26)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(packed.byteLength, 20)
    entry.writeUInt32LE(declaredSize, 24)
    entry.writeUInt16LE(nameBytes.byteLength, 28)
    entry.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, packed)
    directory.push(entry, nameBytes)
    offset += 30 + nameBytes.byteLength + packed.byteLength
  }
  const directorySize = directory.reduce((sum, part) => sum + part.byteLength, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directorySize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, ...directory, end])
}
