import { safeFileName } from '@shared/domain/file-name'
import type { WorkspaceSession } from '../store'
import { findingsXlsxBytes } from './export-xlsx'
import { checkReportHtml } from './report-html'
import { checkWorkspace } from './run'

/** The findings of one saved bid as an .xlsx (the same inputs as the panel and the CLI). */
export async function findingsXlsx(ws: WorkspaceSession, bidId: string) {
  const { bid, result } = (await checkWorkspace(ws, { bidId })).checks[0]
  const buf = await findingsXlsxBytes(result.findings, bid)
  return {
    dataBase64: buf.toString('base64'),
    fileName: `检查结果_${safeFileName(bid.title)}.xlsx`,
  }
}

/** A printable HTML report of one saved bid's findings. */
export async function findingsReportHtml(ws: WorkspaceSession, bidId: string) {
  const { bid, result } = (await checkWorkspace(ws, { bidId })).checks[0]
  return { html: checkReportHtml(result.findings, bid), fileName: `检查报告_${safeFileName(bid.title)}.html` }
}
