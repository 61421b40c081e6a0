import ExcelJS from 'exceljs'
import type { Competitor } from '@shared/schemas'
import { gapRows, type CompetitorReportModel } from '@shared/domain/competitors'
import { xmlSafe } from '@shared/xml-text'
import { finalizeOfficePackage } from '../export/ooxml-package'
import { fitRowHeights, printSetup } from '../export/xlsx/layout'

export const SHEET_NAMES = { benchmark: '对标评分', intel: '情报', share: '市场份额' } as const

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
const FONT = { name: '宋体', size: 11 }

function addHeader(ws: ExcelJS.Worksheet, columns: { header: string; width: number }[]) {
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }))
  const row = ws.getRow(1)
  row.font = { ...FONT, bold: true }
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL
  })
  ws.views = [{ state: 'frozen', ySplit: 1 }]
}

function styleBody(ws: ExcelJS.Worksheet, wrapCols: number[]) {
  ws.eachRow((row, n) => {
    if (n === 1) return
    row.font = FONT
    for (const c of wrapCols) row.getCell(c).alignment = { wrapText: true, vertical: 'top' }
  })
}

const col = (n: number) => {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/*
 * Scores are left blank when missing (never 0), and the gap is a live formula that stays blank when
 * either side is; its cached value is the one the app computed, so a reader without recalculation
 * sees the same numbers.
 */
function benchmarkSheet(wb: ExcelJS.Workbook, competitors: readonly Competitor[]) {
  const ws = wb.addWorksheet(SHEET_NAMES.benchmark)
  addHeader(ws, [
    { header: '竞争对手', width: 22 },
    { header: '维度', width: 20 },
    { header: '我方得分', width: 10 },
    { header: '对方得分', width: 10 },
    { header: '差距（对方−我方）', width: 18 },
    { header: '依据', width: 48 },
    { header: '日期', width: 12 },
  ])
  for (const c of competitors) {
    for (const r of gapRows(c)) {
      const n = ws.rowCount + 1
      ws.addRow([
        r.competitor,
        r.dimension,
        r.us ?? null,
        r.them ?? null,
        { formula: `IF(OR(C${n}="",D${n}=""),"",D${n}-C${n})`, result: r.gap ?? '' },
        r.evidence,
        r.date ?? '',
      ])
    }
  }
  styleBody(ws, [6])
  if (ws.rowCount > 1) ws.autoFilter = { from: 'A1', to: `G${ws.rowCount}` }
}

function intelSheet(wb: ExcelJS.Workbook, m: CompetitorReportModel) {
  const ws = wb.addWorksheet(SHEET_NAMES.intel)
  addHeader(ws, [
    { header: '竞争对手', width: 22 },
    { header: '问题', width: 40 },
    { header: '回答', width: 50 },
    { header: '资料库信息', width: 50 },
  ])
  for (const x of m.intel)
    for (const r of x.rows) ws.addRow([x.competitor, r.question.zh, r.answer, r.suggestion])
  styleBody(ws, [2, 3, 4])
}

function shareSheet(wb: ExcelJS.Workbook, m: CompetitorReportModel) {
  const ws = wb.addWorksheet(SHEET_NAMES.share)
  const segs = m.share.segments
  addHeader(ws, [{ header: '竞争对手', width: 22 }, ...segs.map((s) => ({ header: `${s}（%）`, width: 14 }))])
  for (const r of m.share.rows) ws.addRow([r.competitor, ...r.cells.map((c) => c.share ?? null)])
  const last = ws.rowCount
  if (segs.length && last > 1) {
    // Known total: blank (not 0) when nobody has a figure for the segment.
    const totals = segs.map((_, i) => {
      const c = col(i + 2)
      const range = `${c}2:${c}${last}`
      return { formula: `IF(COUNT(${range})=0,"",SUM(${range}))`, result: m.share.totals[i].known ?? '' }
    })
    ws.addRow(['已知份额合计', ...totals]).font = { ...FONT, bold: true }
  }
  ws.addRow([])
  const detailHeader = ws.addRow(['竞争对手', '细分市场', '份额（%）', '来源', '日期'])
  detailHeader.font = { ...FONT, bold: true }
  detailHeader.eachCell((cell) => {
    cell.fill = HEADER_FILL
  })
  for (const r of m.share.rows) {
    r.cells.forEach((c, i) => ws.addRow([r.competitor, segs[i], c.share ?? null, c.source, c.date ?? '']))
  }
  ws.addRow([])
  ws.addRow(['说明：空白表示没有数据，不是 0%。'])
  styleBody(ws, [])
  ws.getColumn(4).width = Math.max(ws.getColumn(4).width ?? 0, 24)
}

/** The competitor workbook of one bid: benchmark scores, intel, market share. */
export async function buildReportXlsx(
  model: CompetitorReportModel,
  rawCompetitors: readonly Competitor[],
): Promise<Buffer> {
  const m = xmlSafe(model)
  const competitors = xmlSafe(rawCompetitors)
  const wb = new ExcelJS.Workbook()
  wb.creator = m.company || 'BidBench'
  wb.title = `${m.bid.title} 竞争对手分析`
  benchmarkSheet(wb, competitors)
  intelSheet(wb, m)
  shareSheet(wb, m)
  // Every sheet prints one page wide on A4 (fit-to-page on), header row repeated, wrapped rows at full height.
  for (const ws of wb.worksheets) {
    fitRowHeights(ws, 2)
    printSetup(ws, 1, ws.name !== SHEET_NAMES.share)
  }
  return finalizeOfficePackage(
    new Uint8Array(await wb.xlsx.writeBuffer()),
    '竞争对手分析表 / competitor workbook (.xlsx)',
  )
}
