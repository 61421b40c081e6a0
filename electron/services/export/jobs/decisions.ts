import type { Finding } from '@shared/domain/checks'
import { AppError, isAppError } from '@shared/errors'
import type { ExportDecisionSchema } from '@shared/schemas'
import type { WorkspaceSession } from '@services/store'
import type { z } from 'zod'

export type ExportDecision = z.infer<typeof ExportDecisionSchema>

/** bid.exportDecisions holds at most this many (the schema's cap); the oldest give way so a save never fails. */
const MAX_DECISIONS = 1_000

/**
 * Appends the user's answer to the 否决风险 prompt to the bid. The bid may be autosaved by the editor at the same
 * moment: read-modify-write with the read's updatedAt, retried on CONFLICT, so neither write is lost.
 */
export async function recordExportDecision(
  ws: WorkspaceSession,
  bidId: string,
  choice: ExportDecision['choice'],
  findings: Finding[],
  now: Date = new Date(),
): Promise<{ decision: ExportDecision; updatedAt: string }> {
  if (ws.readOnly) {
    throw new AppError('READ_ONLY', {
      zh: '无法在投标中记录导出决定',
      en: 'cannot record the export decision in the bid',
    })
  }
  const decision: ExportDecision = {
    at: now.toISOString(),
    vetoFindings: findings.length,
    choice,
    ruleIds: [...new Set(findings.map((f) => f.ruleId))],
  }
  for (let attempt = 0; ; attempt++) {
    const bid = await ws.get('bids', bidId)
    try {
      const saved = await ws.save(
        'bids',
        { ...bid, exportDecisions: [...bid.exportDecisions, decision].slice(-MAX_DECISIONS) },
        { expectedUpdatedAt: bid.updatedAt },
      )
      return { decision, updatedAt: saved.updatedAt }
    } catch (e) {
      if (!(isAppError(e) && e.code === 'CONFLICT') || attempt >= 2) throw e
    }
  }
}
