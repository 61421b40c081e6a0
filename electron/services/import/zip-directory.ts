/**
 * A minimal reader of a zip file's END OF CENTRAL DIRECTORY and central directory.
 * It reads only the directory records (no inflation), so an untrusted file can be judged by what
 * it declares before any library allocates memory for it. Anything outside the plain single-disk,
 * non-ZIP64, unencrypted stored/deflate subset that Office writes is refused rather than guessed at.
 */
import { AppError } from '@shared/errors'

export type RejectReason =
  | 'FILE_TOO_LARGE'
  | 'NOT_ZIP'
  | 'LEGACY_OR_ENCRYPTED_OFFICE'
  | 'ZIP64'
  | 'MULTI_DISK'
  | 'CORRUPT_ZIP'
  | 'ENCRYPTED'
  | 'UNSUPPORTED_METHOD'
  | 'TOO_MANY_ENTRIES'
  | 'UNSAFE_NAME'
  | 'DUPLICATE_NAME'
  | 'TOTAL_TOO_LARGE'
  | 'ENTRY_TOO_LARGE'
  | 'RATIO'
  | 'SIZE_MISMATCH'
  | 'DOCTYPE'
  | 'XML_ENCODING'
  | 'NOT_OFFICE'
  | 'SHEET_TOO_LARGE'
  | 'XML_MALFORMED'
  | 'PART_TOO_LARGE'

/** The one way every guard fails: code IMPORT_REJECTED, a reason code for tests and the UI, and the entry. */
export function reject(reason: RejectReason, zh: string, en: string, entry?: string): never {
  throw new AppError('IMPORT_REJECTED', { zh, en }, entry === undefined ? { reason } : { reason, entry })
}

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflate (anything else is refused while reading the directory). */
  method: number
  flags: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const SIG_EOCD = 0x06054b50
const SIG_ZIP64_LOCATOR = 0x07064b50
const SIG_CENTRAL = 0x02014b50
const SIG_LOCAL = 0x04034b50
const EOCD_MIN = 22
const CENTRAL_FIXED = 46
const LOCAL_FIXED = 30
const MAX_COMMENT = 0xffff

function findEocd(buf: Buffer): number {
  const last = buf.length - EOCD_MIN
  const first = Math.max(0, last - MAX_COMMENT)
  for (let i = last; i >= first; i--) {
    // The comment length must land exactly on the end of the file, else the 4 bytes were just comment text.
    if (buf.readUInt32LE(i) === SIG_EOCD && i + EOCD_MIN + buf.readUInt16LE(i + 20) === buf.length) return i
  }
  return -1
}

/**
 * Why a name is unsafe, or null. Office part names are relative forward-slash paths; anything that could
 * climb out of or escape an extraction folder is refused even though we never extract to disk, because
 * the libraries downstream (and a future exporter) must never see such a name.
 */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'empty name'
  if (name.includes('\0')) return 'NUL byte in name'
  if (name.includes('\\')) return 'backslash in name'
  if (name.startsWith('/')) return 'absolute path'
  if (/^[A-Za-z]:/.test(name)) return 'drive letter'
  if (name.split('/').some((seg) => seg === '..')) return "'..' segment"
  return null
}

/** Decodes a name as UTF-8 when flagged so (bit 11), else as CP437-compatible latin1: only used for messages and comparisons. */
function decodeName(bytes: Buffer, flags: number): string {
  return flags & 0x0800 ? bytes.toString('utf8') : bytes.toString('latin1')
}

export interface DirectoryLimits {
  maxEntries: number
}

export interface ZipDirectory {
  entries: ZipEntry[]
  /** Where the central directory starts: every entry's data must end before it. */
  cdOffset: number
}

export function readCentralDirectory(buf: Buffer, limits: DirectoryLimits): ZipDirectory {
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) {
    reject(
      'LEGACY_OR_ENCRYPTED_OFFICE',
      '这是旧版 .xls/.doc 文件或加密（设置了打开密码）的 Office 文件，请在 Office 中另存为不加密的 .xlsx/.docx 后再导入',
      'this is a legacy .xls/.doc file or a password-protected Office file; save it as an unencrypted .xlsx/.docx and import again',
    )
  }
  if (buf.length < EOCD_MIN)
    reject('NOT_ZIP', '文件太短，不是 .xlsx/.docx', 'file too short to be an .xlsx/.docx')
  const eocd = findEocd(buf)
  if (eocd < 0)
    reject('NOT_ZIP', '找不到 ZIP 目录，不是 .xlsx/.docx 文件', 'no zip directory found; not an .xlsx/.docx')

  const diskNo = buf.readUInt16LE(eocd + 4)
  const cdDisk = buf.readUInt16LE(eocd + 6)
  const entriesOnDisk = buf.readUInt16LE(eocd + 8)
  const totalEntries = buf.readUInt16LE(eocd + 10)
  const cdSize = buf.readUInt32LE(eocd + 12)
  const cdOffset = buf.readUInt32LE(eocd + 16)

  const zip64Locator = eocd >= 20 && buf.readUInt32LE(eocd - 20) === SIG_ZIP64_LOCATOR
  if (zip64Locator || totalEntries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    reject(
      'ZIP64',
      '不支持 ZIP64 格式（正常的 Office 文件不会用到）',
      'ZIP64 archives are not supported (normal Office files do not use it)',
    )
  }
  if (diskNo !== 0 || cdDisk !== 0 || entriesOnDisk !== totalEntries) {
    reject('MULTI_DISK', '不支持分卷 ZIP 文件', 'multi-disk (split) zip archives are not supported')
  }
  if (totalEntries > limits.maxEntries) {
    reject(
      'TOO_MANY_ENTRIES',
      `ZIP 内有 ${totalEntries} 个条目，超过上限 ${limits.maxEntries}`,
      `the zip has ${totalEntries} entries, more than the limit of ${limits.maxEntries}`,
    )
  }
  if (cdOffset + cdSize > eocd) {
    reject('CORRUPT_ZIP', 'ZIP 目录位置超出文件范围', 'the zip directory points outside the file')
  }

  const entries: ZipEntry[] = []
  const seen = new Set<string>()
  let p = cdOffset
  for (let i = 0; i < totalEntries; i++) {
    if (p + CENTRAL_FIXED > cdOffset + cdSize || buf.readUInt32LE(p) !== SIG_CENTRAL) {
      reject('CORRUPT_ZIP', `ZIP 目录第 ${i + 1} 条损坏`, `zip directory record ${i + 1} is corrupt`)
    }
    const flags = buf.readUInt16LE(p + 8)
    const method = buf.readUInt16LE(p + 10)
    const compressedSize = buf.readUInt32LE(p + 20)
    const uncompressedSize = buf.readUInt32LE(p + 24)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    const diskStart = buf.readUInt16LE(p + 34)
    const localHeaderOffset = buf.readUInt32LE(p + 42)
    const recordEnd = p + CENTRAL_FIXED + nameLen + extraLen + commentLen
    if (recordEnd > cdOffset + cdSize) {
      reject(
        'CORRUPT_ZIP',
        `ZIP 目录第 ${i + 1} 条越界`,
        `zip directory record ${i + 1} overruns the directory`,
      )
    }
    const name = decodeName(buf.subarray(p + CENTRAL_FIXED, p + CENTRAL_FIXED + nameLen), flags)

    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      reject(
        'ZIP64',
        `条目 ${name} 使用 ZIP64 大小字段，不支持`,
        `entry ${name} uses ZIP64 size fields; not supported`,
        name,
      )
    }
    if (diskStart !== 0)
      reject('MULTI_DISK', `条目 ${name} 位于其他分卷`, `entry ${name} lives on another disk`, name)
    // Bit 0: traditional encryption; bit 6: strong encryption; bit 13: encrypted central directory.
    if (flags & 0x2041) reject('ENCRYPTED', `条目 ${name} 已加密`, `entry ${name} is encrypted`, name)
    if (method !== 0 && method !== 8) {
      reject(
        'UNSUPPORTED_METHOD',
        `条目 ${name} 使用不支持的压缩方式 ${method}`,
        `entry ${name} uses unsupported compression method ${method}`,
        name,
      )
    }
    const why = unsafeNameReason(name)
    if (why) {
      reject('UNSAFE_NAME', `条目名称不安全（${why}）：${name}`, `unsafe entry name (${why}): ${name}`, name)
    }
    // Names are compared case-insensitively because OPC part names are, so two spellings cannot shadow each other.
    const key = name.toLowerCase()
    if (seen.has(key))
      reject('DUPLICATE_NAME', `条目名称重复：${name}`, `duplicate entry name: ${name}`, name)
    seen.add(key)

    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset })
    p = recordEnd
  }
  return { entries, cdOffset }
}

/** The compressed bytes of an entry, located through its local header (whose own size fields are not trusted). */
export function entryData(buf: Buffer, entry: ZipEntry, cdOffset: number): Buffer {
  const h = entry.localHeaderOffset
  if (h + LOCAL_FIXED > cdOffset || buf.readUInt32LE(h) !== SIG_LOCAL) {
    reject(
      'CORRUPT_ZIP',
      `条目 ${entry.name} 的本地头损坏`,
      `local header of entry ${entry.name} is corrupt`,
      entry.name,
    )
  }
  const start = h + LOCAL_FIXED + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28)
  const end = start + entry.compressedSize
  if (end > cdOffset) {
    reject(
      'CORRUPT_ZIP',
      `条目 ${entry.name} 的数据超出文件范围`,
      `data of entry ${entry.name} runs past the end of the file`,
      entry.name,
    )
  }
  return buf.subarray(start, end)
}
