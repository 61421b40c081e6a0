import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  sealChecklist,
  sealChecklistBlocks,
  type PrintModel,
  type SealChecklist,
} from '@shared/domain/export'
import type { Bid } from '@shared/schemas'
import { safeFileName } from '@shared/domain/file-name'
import { AppError } from '@shared/errors'
import { exportBidDocx } from '@services/export/docx/assemble'
import { exportBidPdf } from '@services/export/pdf/bid'
import { pdfAvailable } from '@services/export/pdf'
import type { WorkspaceSession } from '../store'
import { checkWorkspace } from './run'

export interface SealChecklistFile {
  dataBase64: string
  fileName: string
  /** Pages of the PDF the page ranges were read from (null: no PDF pass, the checklist refers to the 目录). */
  pdfPageCount: number | null
}

/**
 * The printable 封装 checklist of one bid (checks.sealChecklist, `check --phase 封装 --out <file>.docx`, the export
 * dialog): built from the print the export writes and the findings `check` reports, written by the same Word writer
 * as the 投标文件 (fonts, header with the project and tender number). When LibreOffice is installed (and `pages` is
 * not false) the use case prints that same print model to PDF, exactly as `export pdf` does, and fills each form's
 * page range from where the PDF put it. That PDF is not kept: the 投标文件 is written only by the export (with its
 * gate); the same bid exported to PDF prints the same model, so the ranges hold for it (the checklist names its page
 * count so the packer can tell).
 */
export async function sealChecklistDocx(
  ws: WorkspaceSession,
  bidId: string,
  opts: { templatesDir?: string; now?: Date; pages?: boolean } = {},
): Promise<SealChecklistFile> {
  const { checks } = await checkWorkspace(ws, { bidId, ...opts })
  const c = checks[0]
  if (!c.print)
    throw new AppError('VALIDATION', {
      zh: '表单模板无法读取，不能生成封装检查清单（请先运行 check 查看原因）',
      en: 'the form templates cannot be read, so no sealing checklist (run check to see why)',
    })
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-seal-'))
  try {
    let pdf: { ranges: Record<string, { from: number; to: number }>; pageCount: number } | undefined
    if (opts.pages !== false && pdfAvailable()) {
      // Same inputs as the export's pdf format: the bid's print model, its company, the 正本.
      const r = await exportBidPdf({
        bid: c.bid,
        company: ws.workspace.company,
        materials: [],
        workspaceDir: ws.dir,
        copy: '正本',
        out: path.join(dir, 'bid.pdf'),
        model: c.print,
      })
      pdf = { ranges: r.partPages, pageCount: r.pageCount ?? 0 }
    }
    const list = sealChecklist(c.print, c.bid, c.result.findings, pdf)
    const data = await writeChecklist(ws, c.bid, c.print, list, path.join(dir, 'checklist.docx'), opts)
    return {
      dataBase64: data.toString('base64'),
      fileName: `${safeFileName(`${c.bid.title}-封装检查清单`)}.docx`,
      pdfPageCount: pdf?.pageCount ?? null,
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

async function writeChecklist(
  ws: WorkspaceSession,
  bid: Bid,
  print: PrintModel,
  list: SealChecklist,
  out: string,
  opts: { templatesDir?: string },
): Promise<Buffer> {
  const model: PrintModel = {
    ...print,
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
  await exportBidDocx({
    bid,
    company: ws.workspace.company,
    materials: [],
    workspaceDir: ws.dir,
    copy: '正本',
    out,
    model,
    templatesDir: opts.templatesDir,
  })
  return fs.readFile(out)
}
