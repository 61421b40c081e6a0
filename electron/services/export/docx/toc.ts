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

/** The contents list headings of levels 1 to 3; deeper headings are styled but not listed. */
export const TOC_LEVELS = 3

/** Stands in the body for the contents until every heading after it is known. */
export const TOC_SLOT = Object.freeze({ toc: true as const })
export type TocSlot = typeof TOC_SLOT
export const isTocSlot = (p: unknown): p is TocSlot => p === TOC_SLOT

/**
 * Headings in document order, each bookmarked (the print model names the bookmark) so its contents entry and any
 * 评分索引表 row can link to it and show its page.
 */
export class TocCollector {
  readonly entries: TocEntry[] = []
  private ids = 0

  /**
   * Puts bookmark `name` on the first paragraph of `xml` (a part without a bookmarked heading, e.g. the cover): the
   * PDF pass finds where the part is printed by it. Unchanged when the part does not begin with a paragraph.
   */
  anchor(xml: string, name: string): string {
    const m = /^<w:p(?:\s[^>]*)?>(?:<w:pPr>[^]*?<\/w:pPr>|<w:pPr\/>)?/.exec(xml)
    if (!m) return xml
    const id = ++this.ids
    const mark = `<w:bookmarkStart w:id="${id}" w:name="${escapeAttr(name)}"/><w:bookmarkEnd w:id="${id}"/>`
    return xml.slice(0, m[0].length) + mark + xml.slice(m[0].length)
  }

  heading(level: 1 | 2 | 3 | 4, text: string, pageBreakBefore: boolean, bookmark?: string): string {
    const id = ++this.ids
    const name = bookmark ?? `_Toc${id}`
    if (level <= TOC_LEVELS) this.entries.push({ level: level as 1 | 2 | 3, text, bookmark: name })
    return (
      `<w:p>${paraProps({ style: `Heading${level}`, pageBreakBefore })}` +
      `<w:bookmarkStart w:id="${id}" w:name="${escapeAttr(name)}"/>${run(text, '')}<w:bookmarkEnd w:id="${id}"/></w:p>`
    )
  }
}

const fieldBegin = (instruction: string) =>
  `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">${instruction}</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>`
const FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'

/**
 * A PAGEREF field showing the page of a bookmark: dirty, so Word updates it on opening; the PDF pass writes the
 * number LibreOffice printed the bookmark on into its result (`page`).
 */
export function pageRefField(bookmark: string, page?: number, rPr = ''): string {
  return `${fieldBegin(`PAGEREF ${escapeAttr(bookmark)} \\h`)}${page === undefined ? '' : run(String(page), rPr)}${FIELD_END}`
}

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
      `${pageRefField(e.bookmark, page)}` +
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
