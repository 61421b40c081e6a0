import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { sealChecklist, sealChecklistBlocks, type PrintModel } from '@shared/domain/export'
import { safeFileName } from '@shared/domain/file-name'
import { AppError } from '@shared/errors'
import { exportBidDocx } from '@services/export/docx/assemble'
import type { WorkspaceSession } from '../store'
import { checkWorkspace } from './run'

/**
 * The printable 封装 checklist of one bid (checks.sealChecklist, `check --phase 封装 --out <file>.docx`, the export
 * dialog): built from the print the export writes and the findings `check` reports, written by the same Word writer
 * as the 投标文件 (fonts, header with the project and tender number).
 */
export async function sealChecklistDocx(
  ws: WorkspaceSession,
  bidId: string,
  opts: { templatesDir?: string; now?: Date } = {},
): Promise<{ dataBase64: string; fileName: string }> {
  const { checks } = await checkWorkspace(ws, { bidId, ...opts })
  const c = checks[0]
  if (!c.print)
    throw new AppError('VALIDATION', {
      zh: '表单模板无法读取，不能生成封装检查清单（请先运行 check 查看原因）',
      en: 'the form templates cannot be read, so no sealing checklist (run check to see why)',
    })
  const list = sealChecklist(c.print, c.bid, c.result.findings)
  const model: PrintModel = {
    ...c.print,
    materials: [],
    scoringIndex: null,
    parts: [
      {
        id: 'seal-checklist',
        kind: 'front',
        formKey: null,
        title: '封装检查清单',
        sectionId: null,
        partKind: null,
        bookmark: null,
        blocks: sealChecklistBlocks(list),
        fields: [],
        date: null,
        seals: [],
        signatures: [],
      },
    ],
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-seal-'))
  try {
    const out = path.join(dir, 'checklist.docx')
    await exportBidDocx({
      bid: c.bid,
      company: ws.workspace.company,
      materials: [],
      workspaceDir: ws.dir,
      copy: '正本',
      out,
      model,
      templatesDir: opts.templatesDir,
    })
    const data = await fs.readFile(out)
    return {
      dataBase64: data.toString('base64'),
      fileName: `${safeFileName(`${c.bid.title}-封装检查清单`)}.docx`,
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
