/**
 * Scoring tables laid out the ways tenders lay them out, built with exceljs for the import tests.
 * Each returns the .xlsx bytes.
 */
import ExcelJS from 'exceljs'

type Row = (string | number | null)[]

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer())
}

function addRows(ws: ExcelJS.Worksheet, rows: Row[], startRow = 1) {
  rows.forEach((r, i) => r.forEach((v, j) => v != null && (ws.getCell(startRow + i, j + 1).value = v)))
}

export const LOWEST_WORDS =
  '满足招标文件要求且投标价格最低的投标报价为评标基准价，其价格分为满分。其他投标人的价格分统一按照下列公式计算：投标报价得分=(评标基准价/投标报价)×30'

/**
 * 1. Title rows above the header, 评分项目 (category, merged down) | 评分因素 | 分值 | 评分标准, a 合计 row.
 * 价格 30; 商务 5 + 10 + 5; 技术 20 + 15 + 10 + 5 = 100.
 */
export async function classicTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('评分标准')
  ws.getCell('A1').value = '某市政务云平台采购项目综合评分表'
  ws.mergeCells('A1:E1')
  ws.getCell('A2').value = '（总分 100 分）'
  ws.mergeCells('A2:E2')
  addRows(
    ws,
    [
      ['序号', '评分项目', '评分因素', '分值', '评分标准'],
      [1, '价格', '投标报价', 30, LOWEST_WORDS],
      [2, '商务', '企业资质', 5, '具有ISO9001质量管理体系认证证书的得5分，不提供不得分。'],
      [3, null, '类似业绩', 10, '每提供一个近三年类似项目合同得2分，最多得10分，未提供不得分。'],
      [4, null, '售后服务', 5, '售后服务方案优得5分，良得3分，一般得1分。'],
      [5, '技术', '技术参数响应', 20, '完全满足得20分，每有一项负偏离扣2分。'],
      [6, null, '实施方案', 15, '实施方案科学合理、针对性强的得15分；较好的得10分；一般的得5分。'],
      [7, null, '培训方案', 10, '培训方案详细、可行性强得10分，一般得5分，较差得2分。'],
      [8, null, '质量保证', 5, '质量保证措施完整清晰得5分，一般得2分。'],
      ['合计', null, null, 100, null],
    ],
    4,
  )
  ws.mergeCells('B6:B8')
  ws.mergeCells('B9:B12')
  return bytes(wb)
}

export const AVERAGE_WORDS =
  '以所有有效投标报价的算术平均值为评标基准价，当有效投标人数达到5家及以上时，去掉一个最高报价和一个最低报价后取算术平均值。投标报价等于评标基准价的得满分；每高于评标基准价1%扣1分，每低于评标基准价1%扣0.5分，扣完为止。对小型和微型企业产品的价格给予10%的扣除，用扣除后的价格参与评审。'

/**
 * 2. Synonyms (评审因素 | 满分 | 评审细则), no category column: section rows merged across the table
 * (“一、价格部分（40分）”), points written as text (“40分”), the average-benchmark formula in words.
 */
export async function sectionTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  ws.getCell('A1').value = '评审标准'
  ws.mergeCells('A1:C1')
  addRows(
    ws,
    [
      [null],
      ['评审因素', '满分', '评审细则'],
      ['一、价格部分（40分）', null, null],
      ['投标报价', '40分', AVERAGE_WORDS],
      ['二、商务部分（20分）', null, null],
      ['财务状况', '8分', '提供2023、2024年度经审计的财务报告得8分，缺一年扣4分。'],
      ['企业信誉', '12分', '每提供一项省级以上荣誉证书得3分，最多12分。'],
      ['三、技术部分（40分）', null, null],
      ['总体设计', '20分', '总体设计方案先进、完整、可行性强得20分，较好得12分，一般得6分。'],
      ['项目管理', '10 分', '项目管理组织合理、进度计划清晰得10分，一般得5分。'],
      ['应急预案', '10', '应急预案完整、针对性强得10分，一般得4分。'],
    ],
    2,
  )
  for (const r of [4, 6, 9]) ws.mergeCells(`A${r}:C${r}`)
  return bytes(wb)
}

/**
 * 3. A services table with no technical items: 类别 | 评分项 | 分数 | 评分办法, the category written on
 * every row (价格分 / 商务部分 / 其他), average benchmark × 95 %, 2 points per 1 % deviation either way.
 */
export async function noTechnicalTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('询价评分')
  addRows(ws, [
    ['物业管理服务询价项目评分办法'],
    ['类别', '评分项', '分数', '评分办法'],
    [
      '价格分',
      '报价',
      60,
      '评标基准价=所有有效投标报价的平均值×95%。投标报价等于评标基准价的得满分，每偏离基准价1%扣2分，最低得0分。',
    ],
    ['商务部分', '同类项目经验', 20, '每提供一个同类物业服务合同得5分，最多20分。'],
    ['商务部分', '人员资格', 10, '项目经理具有物业管理师证书得10分，不提供不得分。'],
    ['其他', '节能环保', 10, '提供节能产品认证证书得10分。'],
  ])
  return bytes(wb)
}

/**
 * 4. One table split over two sheets, the header repeated on the second; title rows on the first only,
 * and an unrelated third sheet.
 */
export async function splitTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const a = wb.addWorksheet('评分标准(一)')
  const header = ['类别', '评分项', '分值', '评分标准']
  addRows(a, [
    ['第四章 评标办法'],
    ['附表：详细评审表'],
    header,
    ['价格', '投标报价', 30, LOWEST_WORDS],
    ['商务', '注册资本', 4, '注册资本1000万元及以上得4分。'],
    [null, '信用评价', 6, '提供AAA信用等级证书得6分。'],
  ])
  a.mergeCells('A5:A6')
  const b = wb.addWorksheet('评分标准(二)')
  addRows(b, [
    header,
    ['技术', '系统架构', 25, '架构先进合理得25分，较好得15分，一般得5分。'],
    [null, '功能满足度', 25, '完全满足得25分，每有一项不满足扣3分。'],
    [null, '安全方案', 10, '安全方案完整可行得10分，一般得5分。'],
  ])
  b.mergeCells('A2:A4')
  const c = wb.addWorksheet('说明')
  c.getCell('A1').value = '本表由采购代理机构编制'
  return bytes(wb)
}

/**
 * 5. A cover sheet first; the table on the second sheet with 评审项目 | 评分内容 | 权重(%) | 评分标准及要求,
 * weights written as “30%”, an item name merged over two rows whose criteria continue on the second, and
 * another merged name over two rows that each carry their own points (two sub-items).
 */
export async function coverAndWeightsTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const cover = wb.addWorksheet('封面')
  cover.getCell('A1').value = '招标文件附件'
  cover.getCell('A3').value = '项目编号：ZB-2026-018'
  const ws = wb.addWorksheet('评分表')
  addRows(ws, [
    ['评审项目', '评分内容', '权重(%)', '评分标准及要求'],
    ['价格', '价格', '30%', '以满足招标文件要求的最低投标报价为基准价，价格分=基准价/投标报价×30。'],
    ['技术', '设备性能', '40%', '核心参数全部满足得40分；'],
    [null, null, null, '每有一项一般参数负偏离扣2分。'],
    [null, '交货期', '10%', '交货期优于要求得10分，满足得6分。'],
    ['商务', '售后网点', '10%', '在本市设有售后服务网点的得10分，不提供不得分。'],
    [null, '售后网点', '10%', '承诺2小时内响应的得10分。'],
  ])
  ws.mergeCells('A6:A7')
  ws.mergeCells('B6:B7')
  ws.mergeCells('A3:A5')
  ws.mergeCells('B3:B4')
  ws.mergeCells('C3:C4')
  return bytes(wb)
}

/** 6. A workbook without a scoring table: a price list. */
export async function priceListOnly(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('报价表')
  addRows(ws, [['分项报价表'], ['序号', '名称', '数量', '单价', '合价'], [1, '服务器', 4, 85000, 340000]])
  return bytes(wb)
}

/** 7. Bad points: text in the points column and a negative figure. */
export async function badPointsTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('评分')
  addRows(ws, [
    ['评分项', '分值', '评分标准'],
    ['投标报价', 30, LOWEST_WORDS],
    ['技术方案', '详见附件', '方案优得满分'],
    ['服务承诺', -5, '承诺优得5分'],
  ])
  return bytes(wb)
}
