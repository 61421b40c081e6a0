import type { checksContract } from '@shared/contract/checks'
import { checkReportHtml, checkWorkspace, findingsXlsxBytes } from '../checks'
import type { HandlersOf } from './types'

function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'bid'
}

export const checksHandlers: HandlersOf<typeof checksContract> = {
  'checks.exportXlsx': async ({ bidId }, ctx) => {
    // The same inputs as the panel: the saved bid, the whole library, the company profile, the other bids.
    const { checks } = await checkWorkspace(ctx.requireWs(), { bidId })
    const { bid, result } = checks[0]
    const buf = await findingsXlsxBytes(result.findings, bid)
    return {
      dataBase64: buf.toString('base64'),
      fileName: `检查结果_${safeFileName(bid.title)}.xlsx`,
    }
  },

  'checks.reportHtml': async ({ bidId }, ctx) => {
    const { checks } = await checkWorkspace(ctx.requireWs(), { bidId })
    const { bid, result } = checks[0]
    return {
      html: checkReportHtml(result.findings, bid),
      fileName: `检查报告_${safeFileName(bid.title)}.html`,
    }
  },
}
