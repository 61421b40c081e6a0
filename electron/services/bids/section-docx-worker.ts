import mammoth from 'mammoth'
import { guardOfficeZip } from '../import/guard'

/** What the import worker hands back: mammoth's HTML with pictures as `bbimg:N` placeholders, and their bytes. */
export interface SectionDocxRead {
  html: string
  images: { data: Uint8Array; mime: string }[]
  warnings: string[]
}

/**
 * A Word chapter → HTML of its structure (headings by style, lists with their nesting, tables with merged cells
 * and header rows, pictures), inside the import worker and behind the import guard: mammoth reads the package the
 * guard rebuilt from checked parts, and never follows a linked (external) file.
 */
export async function readSectionDocx(bytes: Buffer): Promise<SectionDocxRead> {
  const safe = guardOfficeZip(bytes)
  const images: SectionDocxRead['images'] = []
  const r = await mammoth.convertToHtml(
    { buffer: safe },
    {
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      convertImage: mammoth.images.imgElement(async (image) => {
        const data = await image.readAsBuffer()
        images.push({ data: new Uint8Array(data), mime: image.contentType })
        return { src: `bbimg:${images.length - 1}` }
      }),
    },
  )
  return { html: r.value, images, warnings: r.messages.map((m) => m.message).slice(0, 50) }
}
