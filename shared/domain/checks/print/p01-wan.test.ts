import { describe, expect, it } from 'vitest'
import type { BuyerFormSlot, PrintedTotal } from '@shared/domain/export'
import { cleanBid, printFindings } from './fixture'

/**
 * P01 on a buyer's 报价明细表 that counts money in 万元 (its column, caption or 合计 row says so): the 合计 is read in
 * that unit and agrees with the quote within its printed precision (4 decimals: to the 元, 2: to 100 元). The
 * print fixture's lines add up to ¥1,800,000.00 = 180 万元.
 */

const total = (text: string, over: Partial<PrintedTotal> = {}): PrintedTotal => ({
  table: 1,
  row: 4,
  label: '合计',
  text,
  unit: '万元',
  words: false,
  ...over,
})

const slot = (totals: PrintedTotal[], fields: BuyerFormSlot['fields'] = []): BuyerFormSlot => ({
  formId: 'f1',
  name: '报价明细表.docx · 报价明细表',
  paragraphs: ['报价明细表', '单位：万元'],
  totals,
  fields,
})

const p01 = (s6: BuyerFormSlot) =>
  printFindings(cleanBid(), { buyerForms: { s6 } }).filter((f) => f.ruleId === 'P01')

describe('P01 reads the 合计 of a 万元 item table', () => {
  it.each(['180', '180.00', '180.0000', '180.000000', '1,800,000.00元'])(
    '合计 %s agrees with ¥1,800,000.00: nothing',
    (text) => {
      expect(p01(slot([total(text)]))).toEqual([])
    },
  )

  it('within the printed precision: 2 decimals to 100 元, 4 decimals to the 元', () => {
    const bid = cleanBid()
    bid.quote.items[0].unitPrice = 150_003.5 // lines: ¥1,800,042.00
    bid.quote.openingSummary.price = 1_800_042
    const run = (text: string) =>
      printFindings(bid, { buyerForms: { s6: slot([total(text)]) } }).filter((f) => f.ruleId === 'P01')
    expect(run('180.00')).toEqual([])
    expect(run('180.0042')).toEqual([])
    expect(run('180.0040')).toHaveLength(2)
    expect(run('180.01')).toHaveLength(2)
  })

  it('a 合计 of 178.50 万元: the unit prices prevail (四) and the form states another price (一), both named', () => {
    const f = p01(slot([total('178.50')]))
    expect(f.map((x) => [x.basis, x.printedIn?.map((p) => p.title)])).toEqual([
      ['87号令第59条（四）', ['报价明细表']],
      ['87号令第59条（一）', ['开标一览表', '报价明细表']],
    ])
    expect(f[0].message.zh).toBe(
      '“报价明细表”合计印为 178.50万元（¥1,785,000.00）（表1第4行“合计”），各行数量×单价之和为 ¥1,800,000.00：评审时以单价计算结果为准',
    )
    expect(f[0].message.en).toContain('178.50 万元 (¥1,785,000.00) (table 1, row 4 "合计")')
    expect(f[1].message.zh).toContain(
      '“开标一览表”为 ¥1,800,000.00，“报价明细表” 178.50万元（¥1,785,000.00）',
    )
  })

  it('a 大写 合计 row that says another amount than its 万元 figures: corrected to the words (二)', () => {
    const f = p01(
      slot([total('180.00'), total('壹佰柒拾捌万伍仟元整', { row: 5, label: '合计（大写）', words: true })]),
    )
    expect(f.map((x) => x.basis)).toContain('87号令第59条（二）')
    expect(f.find((x) => x.basis === '87号令第59条（二）')?.message.zh).toContain('印有小写 180.00万元')
  })

  it('two item tables in one form (货物 and 服务 apart): their 合计 are parts of the price, not compared with it', () => {
    expect(p01(slot([total('120.00'), total('60.00', { table: 2 })]))).toEqual([])
  })

  it('the product’s own 合计 fill (field 报价合计 in 万元) is read in 万元, not as ¥180.00', () => {
    const field = {
      key: '报价合计',
      value: '180',
      field: 'generated',
      doc: 'bid' as const,
      unit: '万元' as const,
    }
    expect(p01(slot([], [field]))).toEqual([])
    expect(p01(slot([], [{ ...field, unit: undefined }])).length).toBeGreaterThan(0)
  })
})
