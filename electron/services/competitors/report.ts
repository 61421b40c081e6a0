import { safeFileName } from '@shared/domain/file-name'
import type { CompetitorReportFile } from '@shared/contract/competitors'
import { buildReportModel, competitorsOfBid, validateStrategySheet } from '@shared/domain/competitors'
import { AppError } from '@shared/errors'
import type { WorkspaceSession } from '@services/store'
import { CJK_FONT_FAMILY } from './chart'
import { radarChartFor } from './export'
import { allDocs } from './registry'
import { buildReportDocx } from './report-docx'
import { buildReportXlsx } from './report-xlsx'
import { localToday } from '@shared/domain/calendar/dates'

/**
 * competitors.report and `bidbench competitors report`: the competitor-analysis report of a bid as Word or
 * Excel. The strategy is the bid's own unless a sheet is given (checked against the bid and its competitors);
 * the date is today unless given. Competitors the bid lists but the registry lacks are left out and named.
 */
export async function competitorReport(
  ws: WorkspaceSession,
  input: { bidId: string; format: 'docx' | 'xlsx'; date?: string; strategy?: unknown },
): Promise<CompetitorReportFile> {
  const bid = await ws.get('bids', input.bidId)
  const date = input.date ?? localToday()
  const { competitors, missingIds } = competitorsOfBid(bid, await allDocs(ws, 'competitors'))
  let strategy = bid.strategy
  if (input.strategy !== undefined) {
    strategy = validateStrategySheet(input.strategy, { today: date, competitorIds: bid.competitorIds })
    if (strategy.bidId !== bid.id) {
      throw new AppError('VALIDATION', {
        zh: `strategy：策略表属于项目 ${strategy.bidId}，不是 ${bid.id}`,
        en: `strategy: the sheet is for bid ${strategy.bidId}, not ${bid.id}`,
      })
    }
  }
  const model = buildReportModel({
    bid,
    competitors,
    missingIds,
    company: ws.workspace.company.name,
    strategy,
    date,
    fontFamily: CJK_FONT_FAMILY,
  })
  const data =
    input.format === 'docx'
      ? await buildReportDocx(model, radarChartFor(model))
      : await buildReportXlsx(model, competitors)
  return {
    fileName: `竞争对手分析_${safeFileName(bid.title)}.${input.format}`,
    dataBase64: data.toString('base64'),
    competitors: competitors.map((c) => c.id),
    missingIds,
  }
}
