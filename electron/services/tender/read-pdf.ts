import { pageBlocks } from '@shared/domain/tender/pdf-layout'
import type { TenderBlock, TenderDocument } from '@shared/domain/tender'
import { AppError } from '@shared/errors'
import { readPdfPage, type PageRead } from './pdf-page'

/** Pages a tender PDF may have; longer files are refused with the reason (split off drawings and annexes). */
export const MAX_PDF_PAGES = 200

// pdf.js 5 uses ArrayBuffer.prototype.transferToFixedLength (Node ≥ 21); this runs in the import worker on Node 20.
const abProto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer }
if (!abProto.transferToFixedLength) {
  Object.defineProperty(abProto, 'transferToFixedLength', {
    value(this: ArrayBuffer, n?: number) {
      const len = n ?? this.byteLength
      const out = new ArrayBuffer(len)
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(len, this.byteLength)))
      return out
    },
  })
}

function rejected(reason: string, zh: string, en: string): AppError {
  return new AppError('IMPORT_REJECTED', { zh, en }, { reason })
}

function checkMagic(buf: Buffer, file: string) {
  const head = buf.subarray(0, 1024).toString('latin1')
  if (head.includes('%PDF-')) return
  if (buf.subarray(0, 2).toString('latin1') === 'PK')
    throw rejected(
      'NOT_PDF',
      `“${file}”是 Office 文件（ZIP），不是 PDF；请按 .docx 导入`,
      `"${file}" is an Office (zip) file, not a PDF; import it as .docx`,
    )
  throw rejected(
    'NOT_PDF',
    `“${file}”不是 PDF 文件（缺少 %PDF- 文件头）`,
    `"${file}" is not a PDF (no %PDF- header)`,
  )
}

/** Lines repeated at the top or bottom of most pages (running header, 第 N 页) are not content. */
function dropRunningLines(pages: TenderBlock[][]): TenderBlock[][] {
  const key = (b: TenderBlock) => (b.kind === 'p' ? b.text.replace(/\d+/g, '#').replace(/\s+/g, '') : '')
  const count = new Map<string, number>()
  for (const blocks of pages) {
    const edge = [blocks[0], blocks[blocks.length - 1]].filter(Boolean)
    for (const k of new Set(edge.map(key))) if (k) count.set(k, (count.get(k) ?? 0) + 1)
  }
  const running = (b: TenderBlock) => {
    if (b.kind !== 'p') return false
    const k = key(b)
    return (
      /^(?:第#页(?:共#页)?|#(?:\/#)?|-#-|—#—|Page#(?:of#)?)$/i.test(k) ||
      (pages.length >= 3 && (count.get(k) ?? 0) >= pages.length * 0.6)
    )
  }
  return pages.map((blocks) => blocks.filter((b, i) => !((i === 0 || i === blocks.length - 1) && running(b))))
}

/**
 * A text PDF → blocks, page by page, through pdf.js (unpdf's serverless build). A PDF without a text layer (a scan)
 * is refused with that reason, so the user is not handed an empty import; so are encrypted and overlong files.
 */
export async function readTenderPdf(buf: Buffer, file: string): Promise<TenderDocument> {
  checkMagic(buf, file)
  const { getDocumentProxy } = await import('unpdf')
  const { OPS } = (await import('unpdf/pdfjs')) as unknown as { OPS: Record<string, number> }
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    pdf = await getDocumentProxy(new Uint8Array(buf), {
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    })
  } catch (e) {
    const err = e as { name?: string; message?: string }
    if (err?.name === 'PasswordException')
      throw rejected(
        'ENCRYPTED',
        `“${file}”设置了打开密码（加密 PDF），无法读取；请向采购人索取未加密的文件`,
        `"${file}" is password-protected (encrypted PDF) and cannot be read; ask the buyer for an unencrypted file`,
      )
    throw rejected(
      'CORRUPT_PDF',
      `“${file}”无法作为 PDF 读取（${err?.message ?? String(e)}）`,
      `"${file}" cannot be read as a PDF (${err?.message ?? String(e)})`,
    )
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES)
      throw rejected(
        'TOO_MANY_PAGES',
        `“${file}”共 ${pdf.numPages} 页，超过导入上限 ${MAX_PDF_PAGES} 页；请去掉图纸、附件后再导入`,
        `"${file}" has ${pdf.numPages} pages, more than the import limit of ${MAX_PDF_PAGES}; remove drawings and annexes and import again`,
      )
    const reads: PageRead[] = []
    for (let n = 1; n <= pdf.numPages; n++)
      reads.push(await readPdfPage((await pdf.getPage(n)) as never, OPS))
    const chars = reads.reduce((s, r) => s + r.page.items.reduce((t, i) => t + i.str.trim().length, 0), 0)
    if (chars < 20 * Math.min(reads.length, 3)) {
      const scanned = reads.some((r) => r.images > 0)
      throw rejected(
        'NO_TEXT_LAYER',
        scanned
          ? `“${file}”是扫描件（只有图片，没有文字层），无法提取内容；请向采购人索取 Word 版或可复制文字的 PDF，或先用 OCR 软件识别后再导入`
          : `“${file}”中没有可读取的文字；请使用 Word 版或可复制文字的 PDF`,
        scanned
          ? `"${file}" is a scan (images only, no text layer), so nothing can be extracted; ask the buyer for the Word file or a PDF with selectable text, or run OCR first`
          : `"${file}" contains no readable text; use the Word file or a PDF with selectable text`,
      )
    }
    const sizes = reads
      .flatMap((r) => r.page.items.filter((i) => i.str.trim()).map((i) => i.size))
      .sort((a, b) => a - b)
    const body = sizes[Math.floor(sizes.length / 2)] ?? 12
    const rights = reads
      .map((r) => Math.max(0, ...r.page.items.filter((i) => i.str.trim()).map((i) => i.x + i.w)))
      .filter((x) => x > 0)
      .sort((a, b) => a - b)
    const right = rights[Math.floor(rights.length / 2)] ?? 0
    const merges = { n: 0 }
    const pages = dropRunningLines(reads.map((r) => pageBlocks(r.page, body, right, merges)))
    return { file, format: 'pdf', blocks: pages.flat(), pageCount: pdf.numPages }
  } finally {
    // The worker ends after the import anyway; this frees the document's memory for the caller's next step.
    await pdf.loadingTask.destroy()
  }
}
