import type { TenderDocument, TenderImport } from '@shared/domain/tender'
import { extractTender } from '@shared/domain/tender'
import { AppError } from '@shared/errors'
import { readTenderDocx } from './read-docx'
import { readTenderPdf } from './read-pdf'

/**
 * One tender file → blocks, by what the bytes are (not what the name says): a PDF by its %PDF- header, a .docx by
 * its zip signature; a legacy .doc/.xls, an .xlsx renamed .docx and random bytes are refused with the reason.
 * Runs inside the import worker (see IMPORT_TASKS 'tender-import').
 */
export async function readTenderFile(buf: Buffer, name: string): Promise<TenderDocument> {
  if (buf.subarray(0, 1024).toString('latin1').includes('%PDF-')) return readTenderPdf(buf, name)
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x504b0304) return readTenderDocx(buf, name)
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0)
    throw new AppError(
      'IMPORT_REJECTED',
      {
        zh: `“${name}”是旧版 .doc 文件或加密的 Office 文件；请在 Word 中另存为 .docx（不加密）后再导入`,
        en: `"${name}" is a legacy .doc or a password-protected Office file; save it as an unencrypted .docx and import again`,
      },
      { reason: 'LEGACY_OR_ENCRYPTED_OFFICE' },
    )
  throw new AppError(
    'IMPORT_REJECTED',
    {
      zh: `“${name}”既不是 Word 文档（.docx）也不是 PDF，无法导入`,
      en: `"${name}" is neither a Word document (.docx) nor a PDF; cannot import it`,
    },
    { reason: 'NOT_TENDER_FILE' },
  )
}

export interface TenderFilesInput {
  /** The files in command-line order (the tender first, then its amendments), as slices of the one buffer. */
  files: { name: string; start: number; end: number }[]
}

/** The whole import in the worker: read every file, then extract (amendments applied in order). */
export async function importTenderFilesInWorker(buf: Buffer, input: TenderFilesInput): Promise<TenderImport> {
  const docs: TenderDocument[] = []
  for (const f of input.files) docs.push(await readTenderFile(buf.subarray(f.start, f.end), f.name))
  return extractTender(docs)
}
