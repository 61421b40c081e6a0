import { localToday } from '@shared/domain/calendar'
import { pipelineSummary, pricePositions, winLoss, type PipelineSummary } from '@shared/domain/pipeline'
import type { PipelineXlsx, WinLossReport } from '@shared/contract/pipeline'
import { safeFileName } from '@shared/domain/file-name'
import type { WorkspaceSession } from '../store'
import { calendarOf } from './calendar'
import { pipelineXlsxBytes } from './export-xlsx'

/** The 销售漏斗 of the workspace (one use case for the page, the API, the CLI and the workbook). */
export async function loadPipeline(
  ws: WorkspaceSession,
  opts: { period?: string | null; today?: string | null } = {},
): Promise<PipelineSummary> {
  const [bids, customers] = await Promise.all([ws.all('bids'), ws.all('customers')])
  return pipelineSummary(bids, customers, ws.workspace.settings.pipeline, {
    today: opts.today ?? localToday(),
    period: opts.period ?? null,
    calendar: calendarOf(ws),
  })
}

/** Win/loss analytics of every bid with a result, and the competitors' price positions. */
export async function loadWinLoss(ws: WorkspaceSession): Promise<WinLossReport> {
  const [bids, customers, competitors, matrices] = await Promise.all([
    ws.all('bids'),
    ws.all('customers'),
    ws.all('competitors'),
    ws.all('matrices'),
  ])
  const usName = ws.workspace.company?.name || '我方'
  return {
    ...winLoss(bids, { customers, competitors, matrices }),
    positions: pricePositions(competitors, bids, usName),
  }
}

/** The 销售漏斗 workbook (the page's button, the API and `pipeline --xlsx`): the summary above, as live formulas. */
export async function exportPipelineXlsx(
  ws: WorkspaceSession,
  opts: { period?: string | null; today?: string | null } = {},
): Promise<PipelineXlsx> {
  const s = await loadPipeline(ws, opts)
  const { bytes } = await pipelineXlsxBytes(s, ws.workspace.settings.pipeline, {
    workspace: ws.workspace.name,
    company: ws.workspace.company.name,
    exportedAt: localToday(),
  })
  return {
    fileName: `销售漏斗_${safeFileName(ws.workspace.name, 'pipeline')}_${s.period}.xlsx`,
    dataBase64: bytes.toString('base64'),
    period: s.period,
  }
}
