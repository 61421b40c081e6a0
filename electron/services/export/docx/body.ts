import { randomBytes } from 'node:crypto'
import { Packer, Paragraph, TextRun, type Document, type FileChild } from 'docx'
import { strFromU8, strToU8, unzipSync } from 'fflate'
import { AppError } from '@shared/errors'
import { checkedPackage } from '../ooxml-package'
import { withCjkFonts } from './fonts'
import { addCarriedParts, renumberDrawings, type CarriedPart } from './form-media'

const DOCUMENT_XML = 'word/document.xml'
const FONT_TABLE_XML = 'word/fontTable.xml'
const NUMBERING_XML = 'word/numbering.xml'
const LABEL = '投标文件 / bid document (.docx)'

/**
 * Packs a document whose body mixes `docx` objects and WordprocessingML strings. `docx` has no way to take raw XML,
 * so each run of strings stands in the document as a marker paragraph carrying a random token; once `docx` has
 * written the package, the markers in word/document.xml are replaced by the strings and the package is zipped again. The token is random per export, so no text a user typed can be taken for a marker.
 */
export async function packMixedBody(
  parts: readonly (FileChild | string)[],
  makeDocument: (children: FileChild[]) => Document,
  /** Fonts the document names: their Chinese alternatives go into the font table. */
  fonts: Iterable<string> = [],
  /** Numbering definitions of written lists, added to word/numbering.xml. */
  numbering?: { addTo(numberingXml: string): string },
  /** Relationships and media parts of pictures in the strings (a buyer's form: form-media.ts). */
  carried: readonly CarriedPart[] = [],
): Promise<Uint8Array> {
  const token = `bbraw${randomBytes(8).toString('hex')}`
  const chunks: string[] = []
  const children: FileChild[] = []
  let pending: string[] = []
  const flush = () => {
    if (pending.length === 0) return
    children.push(new Paragraph({ children: [new TextRun(`${token}-${chunks.length}`)] }))
    chunks.push(pending.join(''))
    pending = []
  }
  for (const p of parts) {
    if (typeof p === 'string') pending.push(p)
    else {
      flush()
      children.push(p)
    }
  }
  flush()

  const packed = await Packer.toBuffer(makeDocument(children))
  const files = unzipSync(packed)
  if (files[FONT_TABLE_XML])
    files[FONT_TABLE_XML] = strToU8(withCjkFonts(strFromU8(files[FONT_TABLE_XML]), fonts))
  if (numbering && files[NUMBERING_XML])
    files[NUMBERING_XML] = strToU8(numbering.addTo(strFromU8(files[NUMBERING_XML])))
  const clashes = addCarriedParts(files, carried, strFromU8, strToU8)
  if (clashes.length)
    throw new AppError('INTERNAL', {
      zh: `导出内部错误：表单图片与文档已有部件重名（${clashes.join('、')}）`,
      en: `export internal error: a form picture clashes with a part of the document (${clashes.join(', ')})`,
    })
  if (chunks.length === 0) return checkedPackage(files, LABEL)
  const xml = strFromU8(files[DOCUMENT_XML])
  const marker = new RegExp(`<w:p><w:r><w:t(?: xml:space="preserve")?>${token}-(\\d+)</w:t></w:r></w:p>`, 'g')
  let replaced = 0
  const body = xml.replace(marker, (_, i: string) => {
    replaced++
    return chunks[Number(i)]
  })
  if (replaced !== chunks.length)
    // Only a change in how `docx` writes a plain paragraph gets here; fail loudly rather than write markers.
    throw new AppError('INTERNAL', {
      zh: `导出内部错误：正文拼接只找到 ${replaced}/${chunks.length} 处`,
      en: `export internal error: body splice found ${replaced} of ${chunks.length} places`,
    })
  // Cleaned of characters XML forbids, parsed back and zipped (ooxml-package.ts): never a malformed file.
  return checkedPackage(files, LABEL, { [DOCUMENT_XML]: renumberDrawings(body) })
}
