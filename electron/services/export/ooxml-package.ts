import { strToU8, unzipSync } from 'fflate'
import { SaxesParser } from 'saxes'
import { AppError } from '@shared/errors'
import { xmlDocumentText } from '@shared/xml-text'
import { zipEntries } from './zip-write'

/**
 * The last step of every Word/Excel export: each XML part of the package is cleaned of the characters XML 1.0
 * forbids (shared/xml-text.ts) and parsed back with a strict parser, and the finished ZIP is read back, before
 * anyone is told the export succeeded. A package that fails is an EXPORT_MALFORMED error and no file is written
 * (callers produce the bytes inside writeFileAtomic's producer, or hand them to the UI only after this).
 */

/** Parts that are XML: the parts themselves, their relationships, and VML drawings (Excel comments). */
const XML_PART = /\.(xml|rels|vml)$/i

const decoder = new TextDecoder('utf-8', { fatal: true })

function malformed(label: string, part: string, why: string): AppError {
  return new AppError(
    'EXPORT_MALFORMED',
    {
      zh: `${label}：${part} 不是格式正确的 XML（${why}），未生成文件`,
      en: `${label}: ${part} is not well-formed XML (${why}); no file was written`,
    },
    { part, reason: why },
  )
}

/** Throws EXPORT_MALFORMED unless `xml` is a well-formed, namespace-correct XML document. */
export function assertWellFormedXml(xml: string, part: string, label = 'export'): void {
  const parser = new SaxesParser({ xmlns: true, position: true })
  let failure: string | null = null
  parser.on('error', (e) => {
    failure ??= e.message
  })
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close()
  } catch (e) {
    failure ??= e instanceof Error ? e.message : String(e)
  }
  if (failure !== null) throw malformed(label, part, failure)
}

function decode(data: Uint8Array, part: string, label: string): string {
  try {
    return decoder.decode(data)
  } catch {
    throw malformed(label, part, 'invalid UTF-8')
  }
}

function unzip(bytes: Uint8Array, label: string): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes)
  } catch (e) {
    throw new AppError('EXPORT_MALFORMED', {
      zh: `${label}：生成的压缩包无法读取（${(e as Error).message}），未生成文件`,
      en: `${label}: the generated package cannot be read (${(e as Error).message}); no file was written`,
    })
  }
}

/**
 * Cleans and checks the parts of a package and zips them. `texts` holds parts the caller already has as strings
 * (the bid's document.xml), so they are not decoded again. Returns the ZIP, read back once to prove it opens.
 */
export function checkedPackage(
  files: Record<string, Uint8Array>,
  label: string,
  texts: Record<string, string> = {},
): Buffer {
  const out: { name: string; data: Uint8Array }[] = []
  for (const [name, data] of Object.entries(files)) {
    if (!XML_PART.test(name)) {
      out.push({ name, data })
      continue
    }
    const text = texts[name] ?? decode(data, name, label)
    const clean = xmlDocumentText(text)
    assertWellFormedXml(clean, name, label)
    out.push({ name, data: clean === text && texts[name] === undefined ? data : strToU8(clean) })
  }
  const zip = zipEntries(out)
  const back = unzip(zip, label)
  for (const e of out) {
    if (back[e.name]?.length !== e.data.length)
      throw new AppError('EXPORT_MALFORMED', {
        zh: `${label}：压缩包回读时 ${e.name} 不一致，未生成文件`,
        en: `${label}: ${e.name} differs when the package is read back; no file was written`,
      })
  }
  return zip
}

/**
 * The check for a package another library zipped (exceljs, docx): read it, clean and parse every XML part. When
 * nothing needed cleaning the original bytes are returned (they were just read successfully).
 */
export function finalizeOfficePackage(bytes: Uint8Array, label: string): Buffer {
  const files = unzip(bytes, label)
  if (!files['[Content_Types].xml']) {
    throw new AppError('EXPORT_MALFORMED', {
      zh: `${label}：缺少 [Content_Types].xml，未生成文件`,
      en: `${label}: [Content_Types].xml is missing; no file was written`,
    })
  }
  let dirty = false
  for (const [name, data] of Object.entries(files)) {
    if (!XML_PART.test(name)) continue
    const text = decode(data, name, label)
    const clean = xmlDocumentText(text)
    assertWellFormedXml(clean, name, label)
    if (clean !== text) {
      files[name] = strToU8(clean)
      dirty = true
    }
  }
  if (!dirty) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return checkedPackage(files, label)
}

/** An SVG string cleaned of forbidden characters and proven well-formed, before a rasteriser or a file gets it. */
export function checkedSvg(svg: string, label = 'chart'): string {
  const clean = xmlDocumentText(svg)
  assertWellFormedXml(clean, 'svg', label)
  return clean
}
