import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import {
  detectionSummary,
  detectionToItems,
  detectionToMatrixPatch,
  importScoringXlsx,
  parsePastedTable,
  reimport,
} from '@services/matrices/import-xlsx'
import * as fx from './fixtures'

const brief = (d: Awaited<ReturnType<typeof importScoringXlsx>>) =>
  d.items.map((i) => `${i.category}|${i.name}|${i.maxPoints}|${i.kind[0]}`)

describe('scoring table import from .xlsx', () => {
  it('1. title rows, 评分项目 merged down as the category, a 合计 row', async () => {
    const d = await importScoringXlsx(await fx.classicTable())
    expect(d.sheet).toBe('评分标准')
    expect(d.headerRow).toBe(4)
    expect(d.columns).toEqual({ category: 2, name: 3, points: 4, criteria: 5 })
    expect(d.headerTexts).toEqual({
      category: '评分项目',
      name: '评分因素',
      points: '分值',
      criteria: '评分标准',
    })
    expect(brief(d)).toEqual([
      '价格|投标报价|30|o',
      '商务|企业资质|5|o',
      '商务|类似业绩|10|o',
      '商务|售后服务|5|s',
      '技术|技术参数响应|20|o',
      '技术|实施方案|15|s',
      '技术|培训方案|10|s',
      '技术|质量保证|5|s',
    ])
    expect(d.categories).toEqual({ 价格: 30, 商务: 20, 技术: 50 })
    expect(d.total).toBe(100)
    expect(d.statedTotal).toBe(100)
    expect(d.priceWeight).toBe(30)
    expect(d.priceRule).toEqual({ method: 'lowest', weight: 30 })
    expect(d.warnings).toEqual([])
    expect(d.items[0].criteria).toBe(fx.LOWEST_WORDS)
  })

  it('2. synonyms, section rows merged across, points as text, average formula in words', async () => {
    const d = await importScoringXlsx(await fx.sectionTable())
    expect(d.headerRow).toBe(3)
    expect(d.columns).toEqual({ name: 1, points: 2, criteria: 3 })
    expect(brief(d)).toEqual([
      '价格|投标报价|40|o',
      '商务|财务状况|8|o',
      '商务|企业信誉|12|o',
      '技术|总体设计|20|s',
      '技术|项目管理|10|s',
      '技术|应急预案|10|s',
    ])
    expect(d.items[1].categoryText).toBe('二、商务部分（20分）')
    expect(d.priceRule).toEqual({
      method: 'average',
      weight: 40,
      dropExtremesWhenAtLeast: 5,
      pointsPerPctAbove: 1,
      pointsPerPctBelow: 0.5,
      smeDeductionPct: 10,
    })
    expect(d.categories).toEqual({ 价格: 40, 商务: 20, 技术: 40 })
  })

  it('3. no technical items; category on every row; K = 95 %, 2 points per 1 % either way', async () => {
    const d = await importScoringXlsx(await fx.noTechnicalTable())
    expect(d.headerRow).toBe(2)
    expect(d.categories).toEqual({ 价格: 60, 商务: 30, 其他: 10 })
    expect(d.items.some((i) => i.category === '技术')).toBe(false)
    expect(d.priceRule).toEqual({
      method: 'average',
      weight: 60,
      k: 0.95,
      pointsPerPctAbove: 2,
      pointsPerPctBelow: 2,
    })
    expect(d.warnings).toEqual([])
  })

  it('4. a table split over two sheets with the header repeated', async () => {
    const d = await importScoringXlsx(await fx.splitTable())
    expect(d.sheet).toBe('评分标准(一)')
    expect(d.headerRow).toBe(3)
    expect(d.continuedSheets).toEqual([{ sheet: '评分标准(二)', headerRow: 1 }])
    expect(brief(d)).toEqual([
      '价格|投标报价|30|o',
      '商务|注册资本|4|s',
      '商务|信用评价|6|o',
      '技术|系统架构|25|s',
      '技术|功能满足度|25|o',
      '技术|安全方案|10|s',
    ])
    expect(d.items.map((i) => `${i.sheet}:${i.row}`).slice(2, 4)).toEqual([
      '评分标准(一):6',
      '评分标准(二):2',
    ])
    expect(d.total).toBe(100)
  })

  it('5. the table on the second sheet, weights in %, criteria running over a merged item cell', async () => {
    const d = await importScoringXlsx(await fx.coverAndWeightsTable())
    expect(d.sheet).toBe('评分表')
    expect(d.sheets).toEqual(['封面', '评分表'])
    expect(d.columns).toEqual({ category: 1, name: 2, points: 3, criteria: 4 })
    expect(brief(d)).toEqual([
      '价格|价格|30|o',
      '技术|设备性能|40|o',
      '技术|交货期|10|s',
      // the merged 售后网点 cell covers two rows with their own points: two sub-items
      '商务|售后网点|10|o',
      '商务|售后网点|10|s',
    ])
    expect(d.total).toBe(100)
    expect(d.items[1].criteria).toBe('核心参数全部满足得40分；\n每有一项一般参数负偏离扣2分。')
    expect(d.priceRule).toEqual({ method: 'lowest', weight: 30 })
  })

  it('names non-numeric and negative points in its warnings and keeps the rows', async () => {
    const d = await importScoringXlsx(await fx.badPointsTable())
    expect(d.items.map((i) => i.maxPoints)).toEqual([30, null, -5])
    const en = d.warnings.map((w) => w.en)
    expect(en).toContain('评分 row 3 "技术方案": points "详见附件" is not a number')
    expect(en).toContain('评分 row 4 "服务承诺": points are negative (-5)')
    // the converted items keep the row but at 0 points, for the user to fix
    expect(detectionToItems(d).map((i) => i.maxPoints)).toEqual([30, 0, 0])
  })

  it('"no scoring table" is a clear IMPORT_REJECTED error', async () => {
    const err = await importScoringXlsx(await fx.priceListOnly()).catch((e) => e)
    expect(err).toBeInstanceOf(AppError)
    expect(err.code).toBe('IMPORT_REJECTED')
    expect(err.zh).toContain('未找到评分表')
    expect(err.en).toContain('no scoring table found')
  })

  it('refuses a file that is not an Office zip before parsing it', async () => {
    const err = await importScoringXlsx(Buffer.from('序号,评分项,分值\n')).catch((e) => e)
    expect(err).toBeInstanceOf(AppError)
    expect(err.code).toBe('IMPORT_REJECTED')
  })
})

describe('reimport with the user’s corrections', () => {
  it('takes another column for the item names', async () => {
    const buf = await fx.classicTable()
    const d = await reimport(buf, { columns: { name: 1 } })
    expect(d.columns.name).toBe(1)
    expect(d.items.map((i) => i.name).slice(0, 3)).toEqual(['1', '2', '3'])
  })

  it('takes a header row and a sheet; unknown sheets and non-header rows are refused clearly', async () => {
    const buf = await fx.splitTable()
    const d = await reimport(buf, { sheet: '评分标准(二)' })
    expect(d.items.map((i) => i.name)).toEqual(['系统架构', '功能满足度', '安全方案'])
    const r = await reimport(buf, { sheet: '评分标准(一)', headerRow: 3 })
    expect(r.items).toHaveLength(6)
    await expect(reimport(buf, { sheet: '不存在' })).rejects.toMatchObject({
      code: 'SHEET_NOT_FOUND',
      zh: '找不到工作表“不存在”（有：评分标准(一)、评分标准(二)、说明）',
    })
    await expect(reimport(buf, { headerRow: 1 })).rejects.toThrow(
      /row 1 of sheet "评分标准\(一\)" is not a header/,
    )
    const forced = await reimport(buf, { headerRow: 1, columns: { name: 1, points: 1 } })
    expect(forced.headerRow).toBe(1)
  })
})

describe('paste from Excel', () => {
  it('reads tab-separated rows with quoted multi-line cells and carries the category down', () => {
    const text = [
      '评分标准',
      '类别\t评分因素\t分值\t评分细则',
      `价格\t投标报价\t30\t${fx.LOWEST_WORDS}`,
      '技术\t方案\t40\t"方案优得40分；\n良得25分"',
      '\t工期\t10\t工期满足得10分',
      '商务\t业绩\t20\t"每个得5分，""最多""20分"',
      '',
    ].join('\r\n')
    const d = parsePastedTable(text)
    expect(d.sheet).toBe('粘贴')
    expect(d.headerRow).toBe(2)
    expect(brief(d)).toEqual(['价格|投标报价|30|o', '技术|方案|40|s', '技术|工期|10|o', '商务|业绩|20|o'])
    expect(d.items[1].criteria).toBe('方案优得40分；\n良得25分')
    expect(d.items[3].criteria).toBe('每个得5分，"最多"20分')
    expect(d.total).toBe(100)
  })

  it('a blank row ends the table unless a section or another scored row follows', () => {
    const text = [
      '评分因素\t分值\t评分标准',
      '一、价格部分\t\t',
      '投标报价\t30\t最低价为基准价',
      '',
      '二、技术部分\t\t',
      '方案\t50\t优得50分',
      '',
      '培训\t20\t优得20分',
      '',
      '采购人代表签字：\t\t',
      '备用\t5\t',
    ].join('\n')
    const d = parsePastedTable(text)
    expect(brief(d)).toEqual(['价格|投标报价|30|o', '技术|方案|50|s', '技术|培训|20|s'])
  })

  it('fractional weights adding up to 1 become points out of 100, with a warning', () => {
    const d = parsePastedTable(
      '评分项\t权重\t评分标准\n报价\t0.3\t最低价为基准价\n方案\t0.55\t优得满分\n服务\t0.15\t良好',
    )
    expect(d.items.map((i) => i.maxPoints)).toEqual([30, 55, 15])
    expect(d.total).toBe(100)
    expect(d.warnings.map((w) => w.en)).toEqual([
      'points were fractional weights adding up to 1; converted to points out of 100',
    ])
  })

  it('refuses empty or table-less paste with the same clear error', () => {
    expect(() => parsePastedTable('\n\t\n')).toThrow(/empty/)
    expect(() => parsePastedTable('名称\t数量\n服务器\t4')).toThrow(/no scoring table found/)
  })
})

describe('saving a confirmed detection', () => {
  it('gives schema-valid items and the price rule over the current one', async () => {
    const d = await importScoringXlsx(await fx.sectionTable())
    const patch = detectionToMatrixPatch(d, { tieBreak: '报价低者优先', k: 0.9 })
    expect(patch.items).toHaveLength(6)
    expect(new Set(patch.items.map((i) => i.id)).size).toBe(6)
    expect(patch.items[0]).toMatchObject({
      category: '价格',
      name: '投标报价',
      maxPoints: 40,
      kind: 'objective',
      selfScore: null,
    })
    // read from the words: method, weight, drop, slopes, SME; kept from the current rule: tie-break and K
    expect(patch.priceRule).toEqual({
      method: 'average',
      weight: 40,
      dropExtremesWhenAtLeast: 5,
      k: 0.9,
      pointsPerPctAbove: 1,
      pointsPerPctBelow: 0.5,
      smeDeductionPct: 10,
      tieBreak: '报价低者优先',
    })
  })
})

describe('summary for the CLI', () => {
  it('has items, totalPoints, categories and priceWeight', async () => {
    const s = detectionSummary(await importScoringXlsx(await fx.noTechnicalTable()))
    expect(s.totalPoints).toBe(100)
    expect(s.priceWeight).toBe(60)
    expect(s.categories).toEqual({ 价格: 60, 商务: 30, 其他: 10 })
    expect(s.items[0]).toEqual({
      category: '价格',
      name: '报价',
      maxPoints: 60,
      criteria: expect.stringContaining('平均值×95%'),
      kind: 'objective',
    })
  })
})
