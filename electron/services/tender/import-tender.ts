import type { TenderImport } from '@shared/domain/tender'
import { AppError } from '@shared/errors'
import { runImport } from '../import/run-import'

/** Tender files may be long PDFs: more time than a spreadsheet, the same memory limit. */
const TENDER_TIMEOUT_MS = 120_000

export interface TenderFile {
  name: string
  bytes: Uint8Array
}

/**
 * Reads a 招标文件 and the amendments after it (later wins) in one import worker, under the import limits: the
 * caller's thread only waits. Every value comes back with its source.
 */
export async function importTenderFiles(files: TenderFile[], signal?: AbortSignal): Promise<TenderImport> {
  if (files.length === 0)
    throw new AppError('VALIDATION', { zh: '请至少选择一个招标文件', en: 'choose at least one tender file' })
  const total = files.reduce((n, f) => n + f.bytes.byteLength, 0)
  const all = new Uint8Array(total)
  const slices: { name: string; start: number; end: number }[] = []
  let at = 0
  for (const f of files) {
    all.set(f.bytes, at)
    slices.push({ name: f.name, start: at, end: at + f.bytes.byteLength })
    at += f.bytes.byteLength
  }
  return runImport('tender-import', all, { files: slices }, { timeoutMs: TENDER_TIMEOUT_MS, signal })
}
