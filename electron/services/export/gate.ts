import { blockingFindings, runChecks, type Finding } from '@shared/domain/checks'
import type { PrintModel } from '@shared/domain/export'
import { AppError } from '@shared/errors'
import { printModelFor } from './docx/assemble'
import type { CheckInputData } from '@services/checks/input'
import type { ExportTask } from './jobs/export-task'

export interface GateResult {
  /** The 投标文件 as it will be printed: checked here, then rendered as it is. */
  model: PrintModel
  /** Every finding on the bid and on its print. */
  findings: Finding[]
  /** Open 编制-phase 否决风险 findings: what stops the export until the user decides to export anyway. */
  blocking: Finding[]
}

/**
 * THE export gate, for every transport: the print model of the task is built and the 不漏/不粗/不错 checks run on
 * the bid and on that print (so a finding names the form where the wrong value is printed). Runs in the export
 * worker for every transport (and in this thread for recording a 'go-back' decision).
 */
export async function gateCheck(task: ExportTask, checks: CheckInputData): Promise<GateResult> {
  const model = await printModelFor({
    bid: task.bid,
    company: task.company,
    materials: task.materials,
    matrix: task.matrix,
    workspaceDir: task.workspaceDir,
    copy: task.copy,
    date: task.date,
    templatesDir: task.templatesDir,
  })
  const { findings } = runChecks({ bid: task.bid, ...checks, print: model })
  return { model, findings, blocking: blockingFindings(findings) }
}

export function vetoError(findings: Finding[]): AppError {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))]
  return new AppError(
    'VETO_FINDINGS',
    {
      zh: `${findings.length} 项否决风险（${ruleIds.join('、')}），导出前须处理或确认仍然导出`,
      en: `${findings.length} rejection risk(s) (${ruleIds.join(', ')}): fix them or decide to export anyway`,
    },
    { blocked: true, findings, ruleIds },
  )
}
