/**
 * The gate every .xlsx/.docx from outside passes before exceljs, docx or jszip touch it.
 * Order matters: first what the zip DECLARES (size, entries, names, expansion) from its directory,
 * without inflating anything; only then inflate each part with a hard output limit equal to its
 * declared size, so a lying header cannot make us allocate more than the caps already allowed; then
 * parse every XML part with the importer's own XML parser (xml-scan.ts) under the caps. The importer
 * is handed a package rebuilt from exactly the parts that were checked (guardOfficeZip), so no
 * difference between two zip readers can smuggle a part past the guard.
 */
import { zipSync } from 'fflate'
import { inflateRawSync } from 'node:zlib'
import { DEFAULT_SHEET_LIMITS, WorkbookBudget, type SheetLimits } from './sheet-caps'
import { classifyPart, scanXmlPart, type XmlLimits } from './xml-scan'
import { entryData, readCentralDirectory, reject, type ZipEntry } from './zip-directory'

export interface Limits extends SheetLimits, XmlLimits {
  /** Size of the file itself. */
  maxFileBytes: number
  maxEntries: number
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: number
  /** Declared uncompressed size of any one entry. */
  maxEntryUncompressed: number
  /** Uncompressed ÷ compressed, per entry (zip bomb). */
  maxRatio: number
  /**
   * Entries smaller than this skip the ratio check: small, repetitive XML parts (styles, empty sheets)
   * legitimately compress more than 100×, and the size caps already bound what they can cost.
   */
  ratioGraceBytes: number
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 10_000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  // No real part comes near this; a 120 MB document.xml is refused from the directory, before inflating.
  maxEntryUncompressed: 64 * 1024 * 1024,
  // Apache POI refuses below an inflate ratio of 0.01 (100×); we allow 200× because exceljs writes very
  // regular sheet XML, and the absolute caps above are what actually bound memory.
  maxRatio: 200,
  ratioGraceBytes: 1024 * 1024,
  maxDepth: 256,
  ...DEFAULT_SHEET_LIMITS,
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

function checkDeclared(entries: ZipEntry[], lim: Limits): void {
  let total = 0
  for (const e of entries) {
    if (e.uncompressedSize > lim.maxEntryUncompressed) {
      reject(
        'ENTRY_TOO_LARGE',
        `条目 ${e.name} 解压后 ${MB(e.uncompressedSize)}，超过单个条目上限 ${MB(lim.maxEntryUncompressed)}`,
        `entry ${e.name} expands to ${MB(e.uncompressedSize)}, over the per-entry limit of ${MB(lim.maxEntryUncompressed)}`,
        e.name,
      )
    }
    total += e.uncompressedSize
    if (total > lim.maxTotalUncompressed) {
      reject(
        'TOTAL_TOO_LARGE',
        `解压后总大小超过上限 ${MB(lim.maxTotalUncompressed)}（疑似 ZIP 炸弹）`,
        `total expanded size exceeds the limit of ${MB(lim.maxTotalUncompressed)} (possible zip bomb)`,
        e.name,
      )
    }
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) {
      reject(
        'SIZE_MISMATCH',
        `条目 ${e.name} 的存储大小不一致`,
        `stored entry ${e.name} has inconsistent sizes`,
        e.name,
      )
    }
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize)
    if (e.uncompressedSize > lim.ratioGraceBytes && ratio > lim.maxRatio) {
      reject(
        'RATIO',
        `条目 ${e.name} 压缩比 ${Math.round(ratio)}:1，超过上限 ${lim.maxRatio}:1（疑似 ZIP 炸弹）`,
        `entry ${e.name} has a compression ratio of ${Math.round(ratio)}:1, over the limit of ${lim.maxRatio}:1 (possible zip bomb)`,
        e.name,
      )
    }
  }
}

/** Inflates with the declared size as a hard ceiling: a part that expands further is a lie, refused mid-stream. */
function inflateExactly(buf: Buffer, e: ZipEntry, cdOffset: number): Buffer {
  const data = entryData(buf, e, cdOffset)
  if (e.method === 0) return data
  let out: Buffer
  try {
    // maxOutputLength must be ≥ 1; one byte past the declared size is enough to detect a lie.
    out = inflateRawSync(data, { maxOutputLength: e.uncompressedSize + 1 })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      reject(
        'SIZE_MISMATCH',
        `条目 ${e.name} 实际解压大小超过声明的 ${e.uncompressedSize} 字节（疑似 ZIP 炸弹）`,
        `entry ${e.name} expands beyond its declared ${e.uncompressedSize} bytes (possible zip bomb)`,
        e.name,
      )
    }
    reject('CORRUPT_ZIP', `条目 ${e.name} 无法解压`, `entry ${e.name} cannot be inflated`, e.name)
  }
  if (out.length !== e.uncompressedSize) {
    reject(
      'SIZE_MISMATCH',
      `条目 ${e.name} 实际大小 ${out.length} 字节与声明的 ${e.uncompressedSize} 字节不符`,
      `entry ${e.name} is ${out.length} bytes, not the declared ${e.uncompressedSize}`,
      e.name,
    )
  }
  return out
}

const XML_NAME = /\.(xml|rels|vml|svg)$/i

/**
 * Decodes an XML part for scanning. Office writes UTF-8; UTF-16 is legal XML and decoded too, so a
 * DOCTYPE cannot hide in it; anything else with NUL bytes (UTF-32, binary posing as XML) is refused.
 */
function xmlText(bytes: Buffer, name: string): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0))
  ) {
    return bytes.toString('utf16le')
  }
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c))
  ) {
    const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)))
    return swapped.swap16().toString('utf16le')
  }
  if (bytes.includes(0)) {
    reject(
      'XML_ENCODING',
      `XML 部件 ${name} 的编码不受支持`,
      `XML part ${name} uses an unsupported encoding`,
      name,
    )
  }
  return bytes.toString('utf8')
}

function looksLikeXml(bytes: Buffer): boolean {
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf)
      continue
    return b === 0x3c || b === 0xff || b === 0xfe || b === 0
  }
  return false
}

/**
 * Checks an untrusted Office Open XML file and returns it rebuilt from the checked parts only (stored, not
 * compressed: the importer reads it straight back). Throws AppError('IMPORT_REJECTED') with `details.reason` (see
 * RejectReason) when any part is inflated beyond its declared size, any XML part does not parse, carries a DOCTYPE
 * (XXE, billion laughs) or exceeds a cap (rows, columns, cells, merges, validations, defined names, shared strings,
 * styles, nesting depth).
 */
export function guardOfficeZip(buf: Buffer, opts?: Partial<Limits>): Buffer {
  const lim: Limits = { ...DEFAULT_LIMITS, ...opts }
  if (buf.length > lim.maxFileBytes) {
    reject(
      'FILE_TOO_LARGE',
      `文件 ${MB(buf.length)}，超过导入上限 ${MB(lim.maxFileBytes)}`,
      `the file is ${MB(buf.length)}, over the import limit of ${MB(lim.maxFileBytes)}`,
    )
  }
  const { entries, cdOffset } = readCentralDirectory(buf, lim)
  if (!entries.some((e) => e.name === '[Content_Types].xml')) {
    reject(
      'NOT_OFFICE',
      '缺少 [Content_Types].xml，不是 Office Open XML（.xlsx/.docx）文件',
      'no [Content_Types].xml: not an Office Open XML (.xlsx/.docx) file',
    )
  }
  checkDeclared(entries, lim)

  const budget = new WorkbookBudget(lim)
  const approved: Record<string, Uint8Array> = {}
  for (const e of entries) {
    if (e.name.endsWith('/')) continue
    const bytes = inflateExactly(buf, e, cdOffset)
    approved[e.name] = bytes
    const cls = classifyPart(e.name)
    if (cls === 'other' && !XML_NAME.test(e.name) && !looksLikeXml(bytes)) continue
    const text = xmlText(bytes, e.name)
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
      reject(
        'DOCTYPE',
        `部件 ${e.name} 含有 DOCTYPE/ENTITY 声明（可能是 XXE 攻击），已拒绝`,
        `part ${e.name} contains a DOCTYPE/ENTITY declaration (possible XXE); refused`,
        e.name,
      )
    }
    scanXmlPart(text, e.name, cls, budget, lim)
  }
  return Buffer.from(zipSync(approved, { level: 0 }))
}

/** guardOfficeZip for callers that only need the verdict. */
export function assertSafeOfficeZip(buf: Buffer, opts?: Partial<Limits>): void {
  guardOfficeZip(buf, opts)
}

export { assertSheetWithinCaps, DEFAULT_SHEET_LIMITS } from './sheet-caps'
export type { SheetDims, SheetLimits } from './sheet-caps'
export type { RejectReason } from './zip-directory'
