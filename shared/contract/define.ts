import { z } from 'zod'

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** One line for the API docs and the CLI help. */
  summary: string
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string,
): MethodDef<I, O> {
  return { input, output, summary }
}

export const NoInput = z.strictObject({})

/**
 * A file sent as base64 (an upload from the renderer, a file the CLI read): not empty, under the size the
 * importer accepts, and really base64. What the file is, is checked again on the server (import guard).
 * Messages are "中文 / English" (shared/i18n/zod-messages reads them).
 */
export function base64File(maxMb: number) {
  return z
    .string()
    .min(1, '文件为空 / the file is empty')
    .max(
      Math.ceil((maxMb * 1024 * 1024) / 3) * 4 + 4,
      `文件超过 ${maxMb} MB / the file is larger than ${maxMb} MB`,
    )
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容不是 base64 编码 / the file content is not base64')
}

/** What a picked file must be before it is read or sent: its extension and the most the importer accepts. */
export interface FileRule {
  exts: readonly string[]
  maxMb: number
}

/** A buyer's Word form for the export (the server's DocxBase64 has the same limit). */
export const BUYER_FORM_FILE: FileRule = { exts: ['.docx'], maxMb: 30 }
/** A buyer's requirements table or scoring table (the servers' XlsxBase64 have the same limit). */
export const XLSX_FILE: FileRule = { exts: ['.xlsx'], maxMb: 50 }
/** A 招标文件 or 更正公告: Word or a PDF with text (the server's tender FileIn has the same limit). */
export const TENDER_FILE: FileRule = { exts: ['.docx', '.pdf'], maxMb: 50 }

/**
 * Why a picked file cannot be sent (wrong kind, empty, larger than the server accepts), said before it is read;
 * null when it may go. What the file really is, is checked again on the server (import guard).
 */
export function pickedFileIssue(
  file: { name: string; size: number },
  rule: FileRule,
): { zh: string; en: string } | null {
  const name = file.name.toLowerCase()
  if (!rule.exts.some((e) => name.endsWith(e)))
    return { zh: `请选择 ${rule.exts.join(' 或 ')} 文件`, en: `choose a ${rule.exts.join(' or ')} file` }
  if (file.size === 0) return { zh: '文件为空', en: 'the file is empty' }
  if (file.size > rule.maxMb * 1024 * 1024)
    return { zh: `文件超过 ${rule.maxMb} MB`, en: `the file is larger than ${rule.maxMb} MB` }
  return null
}
