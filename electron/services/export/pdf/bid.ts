import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { writeFileAtomic } from '../atomic'
import { anchorOf, partPageRanges, type PartPageRanges } from '@shared/domain/export'
import {
  exportBidDocx,
  printModelFor,
  type ExportBidDocxOptions,
  type ExportDocxResult,
} from '../docx/assemble'
import { PAGE_NUMBERS_LEFT_TO_WORD, paginateDocx, pdfAvailable } from './index'
import { bookmarkPages } from './pdf-dests'
import { requireSoffice } from './soffice'

export interface PagedExportResult extends ExportDocxResult {
  /** Where the page numbers of the contents and the 评分索引表 come from. */
  pageNumbers: 'libreoffice' | 'word-on-open'
  /** Bookmark → printed page (empty when left to Word). */
  pages: Record<string, number>
  pageCount: number | null
  /** Part id of the print model → the pages it is printed on, read from the PDF (empty when left to Word). */
  partPages: PartPageRanges
  /** Set when the numbers are left to Word: what to tell the user. */
  note?: { zh: string; en: string }
}

async function inTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bidbench-paged-'))
  try {
    return await fn(dir)
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}

/**
 * The 投标文件 as PDF (the `pdf` format of the export): the .docx is assembled as for Word, printed by LibreOffice
 * with true page numbers (paginate), and written to `out`; `docxOut` also writes the numbered .docx of the same
 * pass. Without LibreOffice this is a LIBREOFFICE_MISSING error before anything is written.
 */
export async function exportBidPdf(
  opts: ExportBidDocxOptions & { docxOut?: string },
): Promise<PagedExportResult> {
  requireSoffice()
  const model = opts.model ?? (await printModelFor(opts))
  return inTemp(async (dir) => {
    const tmpDocx = path.join(dir, 'bid.docx')
    const r = await exportBidDocx({ ...opts, model, out: tmpDocx })
    opts.onProgress?.(0, 1, 'LibreOffice 排版 / laying out in LibreOffice')
    const paged = await paginateDocx(await fs.readFile(tmpDocx), { signal: opts.signal })
    await writeFileAtomic(opts.out, async () => paged.pdf, opts.signal)
    if (opts.docxOut) await writeFileAtomic(opts.docxOut, async () => paged.docx, opts.signal)
    opts.onProgress?.(1, 1, '完成 / written')
    // Where each part landed, from the finished PDF's own destinations (every heading bookmark is one).
    const at = bookmarkPages(
      paged.pdf,
      model.parts.map((p, i) => anchorOf(p, i)),
    )
    return {
      ...r,
      out: opts.out,
      pageNumbers: 'libreoffice',
      pages: paged.pages,
      pageCount: paged.pageCount,
      partPages: partPageRanges(model.parts, (b) => at.get(b), paged.pageCount),
    }
  })
}

/**
 * The 投标文件 as .docx with the page numbers of its contents and 评分索引表 written in (from LibreOffice's layout
 * when it is installed); without LibreOffice the fields stay for Word to fill, and the result says so.
 */
export async function exportBidDocxPaged(opts: ExportBidDocxOptions): Promise<PagedExportResult> {
  if (!pdfAvailable()) {
    const r = await exportBidDocx(opts)
    return {
      ...r,
      pageNumbers: 'word-on-open',
      pages: {},
      pageCount: null,
      partPages: {},
      note: PAGE_NUMBERS_LEFT_TO_WORD,
    }
  }
  return inTemp(async (dir) => {
    const tmpDocx = path.join(dir, 'bid.docx')
    const r = await exportBidDocx({ ...opts, out: tmpDocx })
    const paged = await paginateDocx(await fs.readFile(tmpDocx), { signal: opts.signal })
    await writeFileAtomic(opts.out, async () => paged.docx, opts.signal)
    return {
      ...r,
      out: opts.out,
      pageNumbers: 'libreoffice',
      pages: paged.pages,
      pageCount: paged.pageCount,
      partPages: {},
    }
  })
}
