import { strFromU8, unzipSync } from 'fflate'
import { AppError } from '@shared/errors'
import { checkedPackage } from '../ooxml-package'
import { fillPageFields } from './fields'
import { bookmarkPages, pdfNamedDestinations } from './pdf-dests'
import { runPageMacro, type RunOptions } from './run'
import { findSoffice } from './soffice'

export { findSoffice, libreOfficeInfo, type LibreOfficeInfo } from './soffice'

const DOCUMENT_XML = 'word/document.xml'

export interface PaginatedDocument {
  /** The PDF LibreOffice printed, contents and page references showing the pages their targets are on. */
  pdf: Buffer
  /** The same .docx with those page numbers cached in its PAGEREF fields (and the fields no longer dirty). */
  docx: Buffer
  /** Bookmark → page number, as printed. */
  pages: Record<string, number>
  pageCount: number
  /** Layout rounds LibreOffice needed until the numbers written moved nothing. */
  passes: number
}

/** Said in the export result when the .docx keeps its page numbers for Word to fill (no LibreOffice here). */
export const PAGE_NUMBERS_LEFT_TO_WORD = {
  zh: '未安装 LibreOffice：目录和评分索引表的页码留给 Word 打开时更新（WPS/LibreOffice 不会自动更新）；安装 LibreOffice 后重新导出即可写入页码',
  en: 'LibreOffice is not installed: the page numbers of the contents and the scoring index are left for Word to update on opening (WPS and LibreOffice do not); export again with LibreOffice installed to write them',
}

function pageCountOf(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  let max = 0
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^]*?\/Count\s+(\d+)/g)) max = Math.max(max, Number(m[1]))
  return max
}

/**
 * Checks the PDF itself: every contents entry and page reference must show the page its bookmark's named
 * destination is on. Returns the bookmarks that disagree (empty when all is right).
 */
export function verifyAgainstPdf(
  pdf: Uint8Array,
  shown: ReadonlyMap<string, number>,
): { bookmark: string; shown: number; actual: number | undefined }[] {
  const actual = bookmarkPages(pdf, shown.keys())
  const wrong: { bookmark: string; shown: number; actual: number | undefined }[] = []
  for (const [bookmark, page] of shown)
    if (actual.get(bookmark) !== page) wrong.push({ bookmark, shown: page, actual: actual.get(bookmark) })
  return wrong
}

/**
 * Prints a .docx through LibreOffice with real page numbers in its contents and page references (see macro.ts:
 * one start, one layout, numbers written and re-checked in place, one PDF export), proves them against the PDF's
 * own named destinations, and writes the same numbers into the .docx. A disagreement (a layout LibreOffice
 * reported differently from what it printed) gets one more full round on the numbered .docx before it is an error.
 */
export async function paginateDocx(docx: Uint8Array, opts: RunOptions = {}): Promise<PaginatedDocument> {
  let input = docx
  for (let round = 1; ; round++) {
    const r = await runPageMacro(input, opts)
    const shown = new Map<string, number>()
    for (const t of r.toc) if (t.page > 0) shown.set(t.bookmark, t.page)
    for (const ref of r.refs) if (/^\d+$/.test(ref.shown)) shown.set(ref.bookmark, Number(ref.shown))
    const wrong = verifyAgainstPdf(r.pdf, shown)
    const files = unzipSync(docx)
    const filled = fillPageFields(strFromU8(files[DOCUMENT_XML]), shown)
    const numbered = checkedPackage(files, '投标文件 / bid document (.docx)', { [DOCUMENT_XML]: filled.xml })
    if (wrong.length === 0 && r.stable) {
      return {
        pdf: r.pdf,
        docx: numbered,
        pages: Object.fromEntries(shown),
        pageCount: pageCountOf(r.pdf),
        passes: r.passes + (round - 1) * 4,
      }
    }
    if (round >= 2) {
      const list = wrong.map((w) => `${w.bookmark}: ${w.shown} ≠ ${w.actual ?? '?'}`).join('; ')
      throw new AppError(
        'LIBREOFFICE_FAILED',
        {
          zh: `页码无法稳定（目录页码与实际页不一致：${list || '排版未收敛'}）`,
          en: `the page numbers do not settle (contents page ≠ printed page: ${list || 'layout did not converge'})`,
        },
        { wrong, destinations: pdfNamedDestinations(r.pdf).size },
      )
    }
    input = numbered
  }
}

/** True when a PDF can be made here. */
export function pdfAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return findSoffice(env) !== null
}
