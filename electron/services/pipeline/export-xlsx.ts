import ExcelJS from 'exceljs'
import { monthsOfPeriod, parsePeriod, type Deal, type PipelineSummary } from '@shared/domain/pipeline'
import { addDays, toUtc } from '@shared/domain/calendar/dates'
import { PIPELINE_STAGES, type PipelineSettings } from '@shared/schemas'
import { xmlSafe } from '@shared/xml-text'
import { finalizeOfficePackage } from '../export/ooxml-package'
import { FONT, MONEY_FMT, printSetup, styleBody, styleHeader, titleRows } from '../export/xlsx/layout'

/*
 * The 销售漏斗 workbook: every figure the app computes is a live formula over the opportunity table and the
 * parameters (stage probabilities, targets), cached with the app's own result, so a changed probability or amount
 * recalculates the weighted amounts, the forecast and the coverage in Excel/WPS/LibreOffice.
 */

export const SHEETS = {
  funnel: '销售漏斗',
  deals: '商机明细',
  forecast: '签约回款预测',
  params: '参数',
} as const

const HEAD = 3
const FIRST = HEAD + 1
const DATE_FMT = 'yyyy-mm-dd'
const PCT_FMT = '0.00%'

/** Where things are, for the tests that read the recalculated file back. */
export interface PipelineLayout {
  deals: { first: number; last: number; total: number; byId: Record<string, number> }
  funnel: { stages: number; total: number; coverage: number; q4: number }
  forecast: { byPeriod: Record<string, number> }
  params: { probabilities: number; targets: Record<string, number> }
}

const q = (sheet: string) => `'${sheet}'`
const abs = (sheet: string, col: string, from: number, to: number) =>
  `${q(sheet)}!$${col}$${from}:$${col}$${to}`

function excelDate(date: string | null): Date | null {
  return date ? toUtc(date) : null
}

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
  return addDays(next, -1)
}

/** First and last day of a forecast row's period ("2027-03" or "2027Q1"). */
function periodBounds(period: string): [string, string] {
  const months = monthsOfPeriod(parsePeriod(period)!)
  return [`${months[0]}-01`, lastDayOfMonth(months[months.length - 1])]
}

function center(ws: ExcelJS.Worksheet, col: number, from: number, to: number) {
  for (let r = from; r <= to; r++) {
    const c = ws.getCell(r, col)
    c.alignment = { ...c.alignment, horizontal: 'center' }
  }
}

function setFormula(cell: ExcelJS.Cell, formula: string, result: number | string | null, numFmt?: string) {
  cell.value = { formula, result: result ?? '' } as ExcelJS.CellFormulaValue
  if (numFmt) cell.numFmt = numFmt
}

function paramsSheet(ws: ExcelJS.Worksheet, settings: PipelineSettings, period: string) {
  const cols = ['阶段', '阶段名称', '赢单概率（%）', '停留上限（天）']
  titleRows(ws, '销售漏斗参数', '修改概率或目标后，商机明细、销售漏斗和预测各表随之重算', cols.length)
  ws.getRow(HEAD).values = cols
  styleHeader(ws, HEAD, cols.length)
  PIPELINE_STAGES.forEach((name, i) => {
    ws.getRow(FIRST + i).values = [i + 1, name, settings.probabilities[i], settings.stageAgeDays[i] ?? '']
  })
  styleBody(ws, FIRST, FIRST + 6, cols.length)
  center(ws, 1, FIRST, FIRST + 6)
  const tHead = FIRST + 8
  ws.getRow(tHead).values = ['期间', '签约目标（元）']
  styleHeader(ws, tHead, 2)
  const targets: Record<string, number> = {}
  const list = settings.targets.length ? settings.targets : [{ period, amount: null }]
  list.forEach((t, i) => {
    const r = tHead + 1 + i
    ws.getRow(r).values = [t.period, t.amount ?? '']
    ws.getCell(r, 2).numFmt = MONEY_FMT
    if (t.amount != null) targets[parsePeriod(t.period)?.text ?? t.period] = r
  })
  styleBody(ws, tHead + 1, tHead + list.length, 2)
  ;[8, 22, 16, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w))
  printSetup(ws, HEAD)
  return { probabilities: FIRST, targets }
}

const DEAL_COLS: [string, number][] = [
  ['序号', 6],
  ['项目名称', 34],
  ['客户', 24],
  ['客户性质', 9],
  ['阶段', 6],
  ['阶段名称', 18],
  ['金额（元）', 16],
  ['金额来源', 10],
  ['赢单概率（%）', 12],
  ['加权金额（元）', 16],
  ['预计投标日', 12],
  ['预计签约日', 12],
  ['预计回款日', 12],
  ['进入本阶段', 12],
]
const SOURCE: Record<NonNullable<Deal['amountSource']>, string> = {
  forecast: '预计',
  won: '中标价',
  bid: '我方报价',
  budget: '预算',
}

function dealsSheet(ws: ExcelJS.Worksheet, deals: readonly Deal[], subtitle: string, probRow: number) {
  titleRows(ws, '商机明细（未关闭的商机）', subtitle, DEAL_COLS.length)
  ws.getRow(HEAD).values = DEAL_COLS.map((c) => c[0])
  styleHeader(ws, HEAD, DEAL_COLS.length)
  const probs = abs(SHEETS.params, 'C', probRow, probRow + 6)
  const names = abs(SHEETS.params, 'B', probRow, probRow + 6)
  const byId: Record<string, number> = {}
  deals.forEach((d, i) => {
    const r = FIRST + i
    byId[d.id] = r
    const row = ws.getRow(r)
    row.values = [
      i + 1,
      d.title,
      d.customer,
      d.nature,
      d.stage,
      null,
      d.amount ?? '',
      d.amountSource ? SOURCE[d.amountSource] : '未知',
      null,
      null,
      excelDate(d.bidDate),
      excelDate(d.contractDate),
      excelDate(d.paymentDate),
      excelDate(d.stageSince),
    ]
    setFormula(row.getCell(6), `INDEX(${names},E${r})`, PIPELINE_STAGES[d.stage - 1])
    setFormula(row.getCell(9), `INDEX(${probs},E${r})`, d.probability)
    // An unknown amount stays empty (never 0): it is counted, not summed.
    setFormula(row.getCell(10), `IF(G${r}="","",ROUND(G${r}*I${r}/100,2))`, d.weighted, MONEY_FMT)
    row.getCell(7).numFmt = MONEY_FMT
    for (const c of [11, 12, 13, 14]) row.getCell(c).numFmt = DATE_FMT
  })
  const last = FIRST + Math.max(deals.length, 1) - 1
  const total = last + 1
  const tr = ws.getRow(total)
  tr.getCell(2).value = '合计'
  tr.getCell(5).value = null
  const sum = (col: string, v: number) =>
    setFormula(tr.getCell(col), `SUM(${col}${FIRST}:${col}${last})`, v, MONEY_FMT)
  sum(
    'G',
    deals.reduce((s, d) => s + (d.amount ?? 0), 0),
  )
  sum(
    'J',
    deals.reduce((s, d) => s + (d.weighted ?? 0), 0),
  )
  tr.font = { name: FONT, size: 11, bold: true }
  styleBody(ws, FIRST, total, DEAL_COLS.length, [2, 3])
  for (const c of [1, 4, 5, 8]) center(ws, c, FIRST, last)
  DEAL_COLS.forEach(([, w], i) => (ws.getColumn(i + 1).width = w))
  printSetup(ws, HEAD, true)
  return { first: FIRST, last, total, byId }
}

/** The opportunity table's columns as absolute ranges (formulas elsewhere refer to them). */
function dealRanges(first: number, last: number) {
  const r = (col: string) => abs(SHEETS.deals, col, first, last)
  return { stage: r('E'), amount: r('G'), weighted: r('J'), signs: r('L'), pays: r('M') }
}
type Ranges = ReturnType<typeof dealRanges>

const within = (range: string, from: string, to: string) => `${range},">="&${from},${range},"<="&${to}`

function forecastSheet(ws: ExcelJS.Worksheet, s: PipelineSummary, subtitle: string, R: Ranges) {
  const cols = [
    '期间',
    '类型',
    '起',
    '止',
    '签约·加权（元）',
    '签约·全额（元）',
    '签约项目数',
    '回款·加权（元）',
    '回款·全额（元）',
    '回款项目数',
  ]
  titleRows(ws, '签约与回款预测（按月、按季度）', subtitle, cols.length)
  ws.getRow(HEAD).values = cols
  styleHeader(ws, HEAD, cols.length)
  const byPeriod: Record<string, number> = {}
  // A quarter is the SUM of its month rows when all of its months are listed; a month period lists one month
  // and its quarter, which then sums the deals of the whole quarter from the table.
  const monthsListed = new Set(s.forecast.filter((f) => f.kind === 'month').map((f) => f.period))
  s.forecast.forEach((f, i) => {
    const r = FIRST + i
    byPeriod[f.period] = r
    const [from, to] = periodBounds(f.period)
    const row = ws.getRow(r)
    row.values = [f.period, f.kind === 'month' ? '月' : '季度', excelDate(from), excelDate(to)]
    row.getCell(3).numFmt = DATE_FMT
    row.getCell(4).numFmt = DATE_FMT
    const months = f.kind === 'quarter' ? monthsOfPeriod(parsePeriod(f.period)!) : []
    const monthRows = months.map((m) => byPeriod[m]).filter((x) => x != null)
    const sumOfMonths =
      f.kind === 'quarter' &&
      months.every((m) => monthsListed.has(m) || !dealMonthIn(s, m)) &&
      monthRows.length > 0
    const cells: [number, string, number, string | null][] = [
      [5, 'weighted', f.signing, 'signs'],
      [6, 'amount', f.signingFull, 'signs'],
      [7, 'count', f.signingDeals, 'signs'],
      [8, 'weighted', f.collection, 'pays'],
      [9, 'amount', f.collectionFull, 'pays'],
      [10, 'count', f.collectionDeals, 'pays'],
    ]
    for (const [c, what, result, dateCol] of cells) {
      const col = String.fromCharCode(64 + c)
      const dates = R[dateCol as 'signs' | 'pays']
      let formula: string
      if (sumOfMonths) formula = `SUM(${col}${monthRows[0]}:${col}${monthRows[monthRows.length - 1]})`
      else if (what === 'count') formula = `COUNTIFS(${within(dates, `C${r}`, `D${r}`)},${R.amount},"<>")`
      else
        formula = `SUMIFS(${what === 'weighted' ? R.weighted : R.amount},${within(dates, `C${r}`, `D${r}`)})`
      setFormula(row.getCell(c), formula, result, what === 'count' ? '0' : MONEY_FMT)
    }
    if (f.kind === 'quarter') row.font = { name: FONT, size: 11, bold: true }
  })
  styleBody(ws, FIRST, FIRST + Math.max(s.forecast.length, 1) - 1, cols.length)
  ;[10, 6, 12, 12, 16, 16, 10, 16, 16, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w))
  printSetup(ws, HEAD, true)
  return { byPeriod }
}

/** Whether any open deal signs or is paid in the month (a quarter row may then not skip the month). */
function dealMonthIn(s: PipelineSummary, month: string): boolean {
  return s.deals.some(
    (d) => !d.closed && d.amount != null && [d.contractDate, d.paymentDate].some((x) => x?.startsWith(month)),
  )
}

function funnelSheet(ws: ExcelJS.Worksheet, s: PipelineSummary, R: Ranges, params: PipelineLayout['params']) {
  const cols = ['阶段', '阶段名称', '项目数', '金额（元）', '赢单概率（%）', '加权金额（元）', '金额未知']
  ws.getRow(HEAD).values = cols
  styleHeader(ws, HEAD, cols.length)
  s.stages.forEach((st, i) => {
    const r = FIRST + i
    const row = ws.getRow(r)
    row.values = [st.stage]
    setFormula(
      row.getCell(2),
      `INDEX(${abs(SHEETS.params, 'B', params.probabilities, params.probabilities + 6)},A${r})`,
      st.name,
    )
    setFormula(row.getCell(3), `COUNTIF(${R.stage},A${r})`, st.count, '0')
    setFormula(row.getCell(4), `SUMIFS(${R.amount},${R.stage},A${r})`, st.amount, MONEY_FMT)
    setFormula(row.getCell(5), `${q(SHEETS.params)}!C${params.probabilities + i}`, st.probability, '0')
    setFormula(row.getCell(6), `SUMIFS(${R.weighted},${R.stage},A${r})`, st.weighted, MONEY_FMT)
    setFormula(row.getCell(7), `SUMPRODUCT((${R.stage}=A${r})*(${R.amount}=""))`, st.unknownAmount, '0')
  })
  const last = FIRST + 6
  const total = last + 1
  const tr = ws.getRow(total)
  tr.getCell(2).value = '合计'
  const sum = (c: number, v: number, fmt: string) => {
    const col = String.fromCharCode(64 + c)
    setFormula(tr.getCell(c), `SUM(${col}${FIRST}:${col}${last})`, v, fmt)
  }
  sum(
    3,
    s.stages.reduce((a, x) => a + x.count, 0),
    '0',
  )
  sum(
    4,
    s.stages.reduce((a, x) => a + x.amount, 0),
    MONEY_FMT,
  )
  sum(
    6,
    s.stages.reduce((a, x) => a + x.weighted, 0),
    MONEY_FMT,
  )
  sum(
    7,
    s.stages.reduce((a, x) => a + x.unknownAmount, 0),
    '0',
  )
  tr.font = { name: FONT, size: 11, bold: true }
  styleBody(ws, FIRST, total, cols.length)
  center(ws, 1, FIRST, last)

  // 商机储备覆盖率: the weighted signing of the period ÷ its target.
  const cHead = total + 2
  ws.getRow(cHead).values = ['期间', '起', '止', '签约目标（元）', '加权签约（元）', '覆盖率', '项目数']
  styleHeader(ws, cHead, 7)
  const cr = cHead + 1
  const [from, to] = periodBounds(s.period)
  const row = ws.getRow(cr)
  row.values = [s.period, excelDate(from), excelDate(to)]
  row.getCell(2).numFmt = DATE_FMT
  row.getCell(3).numFmt = DATE_FMT
  const cv = s.coverage
  const own = params.targets[s.period]
  const derived = cv.targetDerivedFrom ? params.targets[parsePeriod(cv.targetDerivedFrom)!.text] : undefined
  const per = parsePeriod(s.period)!
  const divisor = cv.targetDerivedFrom
    ? parsePeriod(cv.targetDerivedFrom)!.kind === 'quarter'
      ? 3
      : per.kind === 'quarter'
        ? 4
        : 12
    : 1
  if (own != null) setFormula(row.getCell(4), `${q(SHEETS.params)}!B${own}`, cv.target, MONEY_FMT)
  else if (derived != null)
    setFormula(row.getCell(4), `ROUND(${q(SHEETS.params)}!B${derived}/${divisor},2)`, cv.target, MONEY_FMT)
  setFormula(
    row.getCell(5),
    `SUMIFS(${R.weighted},${within(R.signs, `B${cr}`, `C${cr}`)})`,
    cv.weighted,
    MONEY_FMT,
  )
  setFormula(row.getCell(6), `IF(N(D${cr})>0,ROUND(E${cr}/D${cr},4),"")`, cv.ratio, PCT_FMT)
  setFormula(row.getCell(7), `COUNTIFS(${within(R.signs, `B${cr}`, `C${cr}`)})`, cv.deals, '0')
  styleBody(ws, cr, cr, 7)

  // The course's warning: most signing lands in Q4.
  const qHead = cr + 2
  ws.getRow(qHead).values = ['年度', '全年加权签约（元）', '第四季度加权签约（元）', '第四季度占比']
  styleHeader(ws, qHead, 4)
  const qr = qHead + 1
  const y = s.q4.year
  const yr = ws.getRow(qr)
  yr.getCell(1).value = y
  const between = (a: string, b: string) =>
    `SUMIFS(${R.weighted},${R.signs},">="&DATE(${a}),${R.signs},"<="&DATE(${b}))`
  setFormula(yr.getCell(2), between(`${y},1,1`, `${y},12,31`), s.q4.signing, MONEY_FMT)
  setFormula(yr.getCell(3), between(`${y},10,1`, `${y},12,31`), s.q4.q4, MONEY_FMT)
  setFormula(yr.getCell(4), `IF(B${qr}>0,ROUND(C${qr}/B${qr},4),"")`, s.q4.share, PCT_FMT)
  styleBody(ws, qr, qr, 4)
  const note = ws.getCell(qr + 2, 1)
  note.value =
    '只计未关闭的商机（未中标、流标/废标、放弃不计）；金额未知的商机计数、不计金额；加权金额 = 金额 × 该阶段赢单概率。' +
    (cv.targetDerivedFrom ? `本期目标由 ${cv.targetDerivedFrom} 的目标按比例推得。` : '')
  note.font = { name: FONT, size: 10 }
  ws.mergeCells(qr + 2, 1, qr + 2, 7)
  note.alignment = { wrapText: true, vertical: 'top' }
  ws.getRow(qr + 2).height = 30
  ;[8, 22, 22, 18, 18, 16, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w))
  printSetup(ws, HEAD, true)
  return { stages: FIRST, total, coverage: cr, q4: qr }
}

export function buildPipelineWorkbook(
  raw: PipelineSummary,
  settings: PipelineSettings,
  meta: { workspace: string; company: string; exportedAt: string },
): { wb: ExcelJS.Workbook; layout: PipelineLayout } {
  const s = xmlSafe(raw)
  const open = s.deals.filter((d) => !d.closed)
  const wb = new ExcelJS.Workbook()
  wb.creator = 'BidBench'
  wb.title = `${meta.workspace} 销售漏斗 ${s.period}`
  wb.calcProperties = { fullCalcOnLoad: true }
  const subtitle = xmlSafe(
    `${meta.company || meta.workspace}　期间 ${s.period}　统计日 ${s.today}　导出 ${meta.exportedAt}`,
  )
  // Sheets in reading order; each is filled after the ones its formulas refer to.
  const [funnel, dealWs, forecastWs, paramWs] = Object.values(SHEETS).map((n) => wb.addWorksheet(n))
  titleRows(funnel, '销售漏斗', subtitle, 7)
  const params = paramsSheet(paramWs, settings, s.period)
  const deals = dealsSheet(dealWs, open, subtitle, params.probabilities)
  const R = dealRanges(deals.first, deals.last)
  const forecast = forecastSheet(forecastWs, s, subtitle, R)
  const f = funnelSheet(funnel, s, R, params)
  return { wb, layout: { deals, funnel: f, forecast, params } }
}

export async function pipelineXlsxBytes(
  s: PipelineSummary,
  settings: PipelineSettings,
  meta: { workspace: string; company: string; exportedAt: string },
): Promise<{ bytes: Buffer; layout: PipelineLayout }> {
  const { wb, layout } = buildPipelineWorkbook(s, settings, meta)
  const bytes = finalizeOfficePackage(
    new Uint8Array(await wb.xlsx.writeBuffer()),
    '销售漏斗 / pipeline (.xlsx)',
  )
  return { bytes, layout }
}
