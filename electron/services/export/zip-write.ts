import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A ZIP writer for Office packages on Node's own zlib. The JavaScript deflate `docx` bundles takes three times as long
 * on a 500-page document.xml; an Office package needs nothing beyond stored or deflated entries with a central
 * directory (no ZIP64: a package over 4 GiB is refused).
 */
export interface ZipEntry {
  name: string
  data: Uint8Array
}

const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50
const END = 0x06054b50
const MAX32 = 0xffffffff

/** MS-DOS date and time, the only timestamp a plain ZIP entry has (local time, 2-second steps). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getFullYear())
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  }
}

export function zipEntries(entries: readonly ZipEntry[], when = new Date(), level = 6): Buffer {
  if (entries.length > 0xffff) throw new RangeError('too many ZIP entries for a package without ZIP64')
  const { date, time } = dosDateTime(when)
  const chunks: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const deflated = deflateRawSync(e.data, { level })
    // Tiny parts can grow when deflated; store those as they are.
    const stored = deflated.length >= e.data.length
    const body = stored ? Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength) : deflated
    const crc = crc32(e.data)
    if (offset + body.length > MAX32 || e.data.length > MAX32)
      throw new RangeError(`ZIP entry ${e.name} is too large for a package without ZIP64`)
    const head = Buffer.alloc(30)
    head.writeUInt32LE(LOCAL, 0)
    head.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    head.writeUInt16LE(0x0800, 6) // names are UTF-8
    head.writeUInt16LE(stored ? 0 : 8, 8)
    head.writeUInt16LE(time, 10)
    head.writeUInt16LE(date, 12)
    head.writeUInt32LE(crc, 14)
    head.writeUInt32LE(body.length, 18)
    head.writeUInt32LE(e.data.length, 22)
    head.writeUInt16LE(name.length, 26)
    head.writeUInt16LE(0, 28)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(CENTRAL, 0)
    dir.writeUInt16LE(20, 4) // made by: MS-DOS, 2.0
    head.copy(dir, 6, 4, 30) // version needed … name length: the same fields as the local header
    dir.writeUInt16LE(0, 32) // comment length
    dir.writeUInt16LE(0, 34) // disk
    dir.writeUInt16LE(0, 36) // internal attributes
    dir.writeUInt32LE(0, 38) // external attributes
    dir.writeUInt32LE(offset, 42)
    chunks.push(head, name, body)
    central.push(dir, name)
    offset += head.length + name.length + body.length
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(END, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, ...central, end])
}
