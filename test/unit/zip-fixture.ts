/**
 * Builds zip files byte by byte for the import-guard tests, so a fixture can lie exactly where an
 * attacker would (declared sizes, flags, names, ZIP64 markers) — a normal zip library refuses to.
 */
import { crc32, deflateRawSync } from 'node:zlib'

export interface FixtureEntry {
  name: string
  data: Buffer | string
  /** 8 (deflate, default) or 0 (stored); other values are written as given. */
  method?: number
  /** Overrides the uncompressed size written in both headers. */
  declaredSize?: number
  flags?: number
}

export interface FixtureOptions {
  zip64Locator?: boolean
  diskNo?: number
  /** Overrides the entry count in the END OF CENTRAL DIRECTORY. */
  totalEntries?: number
}

export function buildZip(entries: FixtureEntry[], opts: FixtureOptions = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data
    const method = e.method ?? 8
    const body = method === 8 ? deflateRawSync(raw) : raw
    const name = Buffer.from(e.name, 'utf8')
    const flags = (e.flags ?? 0) | 0x0800
    const size = e.declaredSize ?? raw.length
    const crc = crc32(raw)

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, body)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += 30 + name.length + body.length
  }
  const cd = Buffer.concat(centrals)
  const parts = [...locals, cd]
  if (opts.zip64Locator) {
    const loc = Buffer.alloc(20)
    loc.writeUInt32LE(0x07064b50, 0)
    parts.push(loc)
  }
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(opts.diskNo ?? 0, 4)
  eocd.writeUInt16LE(opts.totalEntries ?? entries.length, 8)
  eocd.writeUInt16LE(opts.totalEntries ?? entries.length, 10)
  eocd.writeUInt32LE(cd.length, 12)
  eocd.writeUInt32LE(offset, 16)
  parts.push(eocd)
  return Buffer.concat(parts)
}

export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>'

/** A worksheet part with the given inner sheetData / extra XML. */
export function sheetXml(inner: string, dimension = 'A1'): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="${dimension}"/>${inner}</worksheet>`
  )
}
