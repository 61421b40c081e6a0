import { strFromU8, unzipSync } from 'fflate'
import type { TenderDocument } from '@shared/domain/tender'
import { AppError } from '@shared/errors'
import { guardOfficeZip } from '../import/guard'
import { documentBlocks, readStyles } from './docx-blocks'
import { readNumbering } from './numbering'

const PARTS = [
  'word/document.xml',
  'word/styles.xml',
  'word/numbering.xml',
  '[Content_Types].xml',
  'xl/workbook.xml',
  'ppt/presentation.xml',
]

/** A tender .docx → blocks. The import guard checks the zip first; parts are then read with a streaming parser. */
export function readTenderDocx(buf: Buffer, file: string): TenderDocument {
  // Only parts the guard inflated within their declared sizes and parsed as safe XML are read.
  const safe = guardOfficeZip(buf)
  const parts = unzipSync(new Uint8Array(safe.buffer, safe.byteOffset, safe.byteLength), {
    filter: (f) => PARTS.includes(f.name),
  })
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : null)
  const doc = text('word/document.xml')
  if (!doc) {
    const what = parts['xl/workbook.xml']
      ? 'Excel 工作簿'
      : parts['ppt/presentation.xml']
        ? 'PowerPoint 演示文稿'
        : null
    throw new AppError(
      'IMPORT_REJECTED',
      what
        ? {
            zh: `“${file}”是${what}，不是 Word 文档；请导入招标文件的 .docx 或 PDF`,
            en: `"${file}" is ${what === 'Excel 工作簿' ? 'an Excel workbook' : 'a PowerPoint file'}, not a Word document; import the tender as .docx or PDF`,
          }
        : {
            zh: `“${file}”不是 Word 文档（缺少 word/document.xml）`,
            en: `"${file}" is not a Word document (no word/document.xml)`,
          },
      { reason: 'NOT_DOCX' },
    )
  }
  const blocks = documentBlocks(
    doc,
    readStyles(text('word/styles.xml')),
    readNumbering(text('word/numbering.xml')),
  )
  return { file, format: 'docx', blocks }
}
