import { escapeAttr, paraProps, run } from './ooxml-write'

/**
 * The table of contents, written with its entries: LibreOffice and WPS show a TOC field's last result and do not
 * rebuild it, so a field left empty for Word to fill would print as a blank page there. The field is marked dirty,
 * so Word still rebuilds it (and its page numbers) when the file is opened.
 */
export interface TocEntry {
  level: 1 | 2 | 3
  text: string
  bookmark: string
}

/** Stands in the body for the contents until every heading after it is known. */
export const TOC_SLOT = Object.freeze({ toc: true as const })
export type TocSlot = typeof TOC_SLOT
export const isTocSlot = (p: unknown): p is TocSlot => p === TOC_SLOT

/** Headings in document order, each bookmarked so its contents entry can link to it and show its page. */
export class TocCollector {
  readonly entries: TocEntry[] = []

  heading(level: 1 | 2 | 3, text: string, pageBreakBefore: boolean): string {
    const id = this.entries.length + 1
    const bookmark = `_Toc${id}`
    this.entries.push({ level, text, bookmark })
    return (
      `<w:p>${paraProps({ style: `Heading${level}`, pageBreakBefore })}` +
      `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>${run(text, '')}<w:bookmarkEnd w:id="${id}"/></w:p>`
    )
  }
}

const fieldBegin = (instruction: string) =>
  `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">${instruction}</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>`
const FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'

/**
 * @param textWidth where the page numbers align (twips)
 * @param pageOf the page a bookmark is on, when known; otherwise the number is left for Word to fill in
 */
export function tocXml(
  entries: readonly TocEntry[],
  textWidth: number,
  pageOf: (bookmark: string) => number | undefined = () => undefined,
): string {
  const field = fieldBegin('TOC \\o &quot;1-3&quot; \\h \\z \\u')
  const paragraphs = entries.map((e, i) => {
    const page = pageOf(e.bookmark)
    const link =
      `<w:hyperlink w:anchor="${escapeAttr(e.bookmark)}" w:history="1">${run(e.text, '')}<w:r><w:tab/></w:r>` +
      `${fieldBegin(`PAGEREF ${e.bookmark} \\h`)}${page === undefined ? '' : run(String(page), '')}${FIELD_END}` +
      '</w:hyperlink>'
    return `<w:p>${paraProps({ style: `TOC${e.level}`, rightTab: textWidth })}${i === 0 ? field : ''}${link}</w:p>`
  })
  // An empty contents is still a field, for Word to fill in.
  const body =
    entries.length === 0 ? [`<w:p>${field}${FIELD_END}</w:p>`] : [...paragraphs, `<w:p>${FIELD_END}</w:p>`]
  return (
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>' +
    `</w:sdtPr><w:sdtContent>${body.join('')}</w:sdtContent></w:sdt>`
  )
}
