import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { buildReportModel, type CompetitorReportModel, type ReportInput } from '@shared/domain/competitors'
import { AppError } from '@shared/errors'
import { CJK_FONT_FAMILY, renderChartPng } from './chart'
import { buildReportDocx, type DocxChart } from './report-docx'
import { buildReportXlsx } from './report-xlsx'

/** Radar size in the report: pixels at 96 dpi (15.9 cm wide fits the A4 text width), rendered at 2×. */
export const RADAR_SIZE = { width: 600, height: 500 }

export function radarChartFor(m: CompetitorReportModel): DocxChart | null {
  if (!m.radar) return null
  return { png: renderChartPng(m.radar, RADAR_SIZE, { scale: 2 }), ...RADAR_SIZE }
}

/*
 * Written next to the target and renamed over it, so an existing report is either fully replaced
 * or left as it was (never half-written when the disk fills up or the process is killed).
 */
async function writeAtomic(path: string, data: Buffer): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(tmp, data)
    await rename(tmp, path)
  } catch (e) {
    await rm(tmp, { force: true })
    const code = (e as NodeJS.ErrnoException).code
    throw new AppError(
      code === 'ENOSPC' ? 'DISK_FULL' : code === 'EACCES' || code === 'EPERM' ? 'PERMISSION' : 'IO',
      {
        zh: `无法写入 ${path}（${code ?? String(e)}）`,
        en: `cannot write ${path} (${code ?? String(e)})`,
      },
    )
  }
}

export interface ExportTargets {
  docxPath?: string
  xlsxPath?: string
}

export interface ExportResult {
  model: CompetitorReportModel
  written: string[]
}

/** Builds the report model once and writes the Word and/or Excel report; works without any window. */
export async function exportCompetitorReport(
  input: Omit<ReportInput, 'fontFamily'>,
  targets: ExportTargets,
): Promise<ExportResult> {
  if (!targets.docxPath && !targets.xlsxPath) {
    throw new AppError('VALIDATION', {
      zh: '请指定 Word 或 Excel 输出文件',
      en: 'give a Word or Excel output path',
    })
  }
  const model = buildReportModel({ ...input, fontFamily: CJK_FONT_FAMILY })
  const written: string[] = []
  if (targets.docxPath) {
    const buf = await buildReportDocx(model, radarChartFor(model))
    await writeAtomic(targets.docxPath, buf)
    written.push(targets.docxPath)
  }
  if (targets.xlsxPath) {
    await writeAtomic(targets.xlsxPath, await buildReportXlsx(model, input.competitors))
    written.push(targets.xlsxPath)
  }
  return { model, written }
}
