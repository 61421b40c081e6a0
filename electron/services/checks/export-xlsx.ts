import ExcelJS from 'exceljs'
import type { Finding } from '@shared/domain/checks'
import type { Bid } from '@shared/schemas'
import { xmlSafe } from '@shared/xml-text'
import { writeFileAtomic } from '../export/atomic'
import { finalizeOfficePackage } from '../export/ooxml-package'
import { fitRowHeights, printSetup } from '../export/xlsx/layout'
import { locationText } from './location'

export const FINDINGS_SHEET = '检查结果'

const FONT = { name: '宋体', size: 11 }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
const SEVERITY_FILL: Record<Finding['severity'], string> = {
  否决风险: 'FFF4CCCC',
  失分风险: 'FFFCE5CD',
  提示: 'FFFFFFFF',
}

/** Widths in Excel character units; a Chinese character takes about two. */
export const FINDING_COLUMNS = [
  { key: 'no', header: '序号', width: 6 },
  { key: 'ruleId', header: '规则', width: 7 },
  { key: 'family', header: '类别', width: 7 },
  { key: 'severity', header: '严重程度', width: 11 },
  { key: 'location', header: '位置', width: 34 },
  { key: 'message', header: '问题', width: 60 },
  { key: 'fix', header: '修改建议', width: 40 },
  { key: 'basis', header: '依据', width: 16 },
  { key: 'ack', header: '确认说明', width: 30 },
] as const

export function buildFindingsWorkbook(rawFindings: readonly Finding[], rawBid: Bid): ExcelJS.Workbook {
  const findings = xmlSafe(rawFindings)
  const bid = xmlSafe(rawBid)
  const wb = new ExcelJS.Workbook()
  wb.creator = 'BidBench'
  wb.title = `${bid.title} 检查结果`
  const ws = wb.addWorksheet(FINDINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = FINDING_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }))
  const head = ws.getRow(1)
  head.font = { ...FONT, bold: true }
  head.alignment = { vertical: 'middle', horizontal: 'center' }
  head.eachCell((c) => (c.fill = HEADER_FILL))
  findings.forEach((f, i) => {
    const row = ws.addRow({
      no: i + 1,
      ruleId: f.ruleId,
      family: f.family,
      severity: f.severity,
      location: locationText(f, bid),
      message: f.message.zh,
      fix: f.fix.zh,
      basis: f.basis ?? '',
      ack: f.acknowledged
        ? `已确认：${f.acknowledged.reason}（${f.acknowledged.by} ${f.acknowledged.at}）`
        : '',
    })
    row.font = FONT
    row.alignment = { vertical: 'top', wrapText: true }
    row.getCell('severity').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: SEVERITY_FILL[f.severity] },
    }
  })
  fitRowHeights(ws, 2)
  printSetup(ws, 1, true)
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, findings.length + 1), column: FINDING_COLUMNS.length },
  }
  return wb
}

/** Writes the findings as .xlsx, atomically: the file appears complete or not at all. */
export async function exportFindingsXlsx(
  findings: readonly Finding[],
  bid: Bid,
  outPath: string,
): Promise<void> {
  await writeFileAtomic(outPath, () => findingsXlsxBytes(findings, bid))
}

/** The findings workbook as checked bytes (the UI's download and the file export share it). */
export async function findingsXlsxBytes(findings: readonly Finding[], bid: Bid): Promise<Buffer> {
  const wb = buildFindingsWorkbook(findings, bid)
  return finalizeOfficePackage(
    new Uint8Array(await wb.xlsx.writeBuffer()),
    '检查结果 / check findings (.xlsx)',
  )
}
