import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { cleanBid, company, materials, modelOf } from '@shared/domain/checks/print/fixture'
import { tablePairs } from '@shared/domain/checks/read/table-prices'
import { printedTable, type SourceCell } from '@shared/domain/export'
import type { BidInput } from '@shared/schemas'

/**
 * #14.1: the 小写 and 大写 of one amount in separate columns of a buyer form's table (a 开标一览表 with 投标总价（小写） |
 * 投标总价（大写）, or a row per lot) are paired by their headers in the same row; a mismatch is E01 under the one
 * decision of every E01 (87号令 art. 59(二)), naming the form, the table and the row. The print fixture's price is
 * ¥1,800,000.00 (12 × 150,000), its ceiling ¥2,000,000.00.
 */

const table = (index: number, ...rs: (string | [string, number])[][]) =>
  printedTable(
    index,
    rs.map((r): SourceCell[] => {
      let col = 0
      return r.map((c) => {
        const [text, span] = typeof c === 'string' ? [c, 1] : c
        const cell = { col, span, text, merged: false }
        col += span
        return cell
      })
    }),
  )

const read = (t: ReturnType<typeof table>) =>
  tablePairs(t).map((p) => [p.row, p.lot, p.wordsFen / 100, p.figuresFen / 100])

describe('pairing 小写 and 大写 columns by header', () => {
  it.each([
    [
      'same header around 小写/大写',
      table(
        0,
        ['项目名称', '投标总价（小写）', '投标总价（大写）'],
        ['平台', '¥1,800,000.00', '壹佰捌拾万元整'],
      ),
      [[2, '', 1_800_000, 1_800_000]],
    ],
    [
      '大写 first, half-width brackets, 人民币',
      table(0, ['投标报价(大写)', '投标报价(小写)'], ['人民币壹佰捌拾伍万元整', '人民币1,800,000.00元']),
      [[2, '', 1_850_000, 1_800_000]],
    ],
    [
      '大写金额 | 报价（万元）: the only pair of the row, the unit from the header',
      table(0, ['序号', '报价（万元）', '大写金额'], ['1', '180', '壹佰捌拾万元整']),
      [[2, '', 1_800_000, 1_800_000]],
    ],
    [
      'rows per lot under a group header',
      table(
        0,
        ['包号', ['投标报价', 2]],
        ['', '小写', '大写'],
        ['1', '¥800,000.00', '捌拾万元整'],
        ['第2包', '¥350,000.00', '叁拾陆万元整'],
      ),
      [
        [3, '1', 800_000, 800_000],
        [4, '2', 360_000, 350_000],
      ],
    ],
    [
      'two amounts in one row, each with its own pair',
      table(
        0,
        ['投标总价（小写）', '投标总价（大写）', '保证金（小写）', '保证金（大写）'],
        ['¥1,800,000.00', '壹佰捌拾万元整', '¥20,000.00', '贰万伍仟元整'],
      ),
      [
        [2, '', 1_800_000, 1_800_000],
        [2, '', 25_000, 20_000],
      ],
    ],
  ])('%s', (_, t, want) => {
    expect(read(t)).toEqual(want)
  })

  it.each([
    ['no 大写 column', table(0, ['名称', '单价', '合价'], ['服务器', '¥10.00', '¥20.00'])],
    ['words not an amount', table(0, ['投标总价（小写）', '投标总价（大写）'], ['¥1.00', '见附件'])],
    [
      'two figures columns the words header does not name',
      table(0, ['单价（元）', '合价（元）', '大写'], ['¥1.00', '¥2.00', '贰元整']),
    ],
  ])('no pair: %s', (_, t) => {
    expect(read(t)).toEqual([])
  })
})

const run = (tables: ReturnType<typeof table>[], edit?: (b: BidInput) => void) => {
  const over: Partial<BidInput> = {}
  edit?.(over as BidInput)
  const bid = cleanBid(over)
  const print = modelOf(bid, {
    buyerForms: {
      s2: { formId: 'f1', name: '开标一览表.docx', paragraphs: ['开标一览表'], tables, fields: [] },
    },
  })
  return runChecks({ bid, materials, company, now: new Date('2026-03-01T00:00:00+08:00'), print }).findings
}
const e01 = (f: ReturnType<typeof run>) => f.filter((x) => x.ruleId === 'E01')

describe('E01 on a buyer form table', () => {
  it('a row whose 大写 column says another amount: E01 naming the form, the table, the row and the columns', () => {
    const f = run([
      table(
        0,
        ['项目名称', '投标总价（小写）', '投标总价（大写）'],
        ['平台', '¥1,800,000.00', '壹佰捌拾伍万元整'],
      ),
    ])
    expect(e01(f).map((x) => [x.severity, x.location.path, x.basis, x.printedIn])).toEqual([
      ['失分风险', 'sections.1.content', '87号令第59条', [{ partId: 's2', title: '开标一览表' }]],
    ])
    expect(e01(f)[0].message.zh).toContain(
      '“开标一览表”表格第2行（“投标总价（小写）”与“投标总价（大写）”两列）大写金额为 1850000.00 元，小写为 1800000.00 元',
    )
    expect(f.filter((x) => x.ruleId === 'P01' || x.ruleId === 'E11')).toEqual([])
  })

  it('words above the ceiling: 否决风险 as every E01', () => {
    const f = run([table(0, ['投标总价（小写）', '投标总价（大写）'], ['¥1,800,000.00', '贰佰壹拾万元整'])])
    expect(e01(f).map((x) => [x.severity, x.basis])).toEqual([['否决风险', '87号令第59条、87号令第63条']])
  })

  it('a lot row names the lot and is judged against the lot’s ceiling', () => {
    const f = run(
      [
        table(0, ['序号'], ['说明']),
        table(
          1,
          ['包号', '投标报价（小写）', '投标报价（大写）'],
          ['1', '¥1,000,000.00', '壹佰万元整'],
          ['2', '¥800,000.00', '玖拾万元整'],
        ),
      ],
      (b) => {
        b.lots = [
          { id: 'l1', no: '1', name: 'A', price: 1_000_000, priceCeiling: 1_100_000 },
          { id: 'l2', no: '2', name: 'B', price: 800_000, priceCeiling: 850_000 },
        ]
      },
    )
    const lot = e01(f).filter((x) => x.message.zh.includes('第2包一行'))
    expect(lot.map((x) => x.severity)).toEqual(['否决风险'])
    expect(lot[0].message.zh).toContain('“开标一览表”第2个表格第2包一行')
    expect(lot[0].message.zh).toContain('超过第2包最高限价 850000.00 元')
  })

  it('clean tables raise nothing', () => {
    const f = run([
      table(
        0,
        ['项目名称', '投标总价（小写）', '投标总价（大写）'],
        ['平台', '¥1,800,000.00', '人民币壹佰捌拾万元整'],
      ),
      table(1, ['投标报价（万元）', '大写金额'], ['180', '壹佰捌拾万元']),
    ])
    expect(f.filter((x) => ['E01', 'P01', 'E11'].includes(x.ruleId))).toEqual([])
  })

  it('the bid’s own mistyped words printed in the form are that field’s E01, once', () => {
    const f = run(
      [table(0, ['投标总价（小写）', '投标总价（大写）'], ['¥1,800,000.00', '壹佰捌拾伍万元整'])],
      (b) => {
        b.quote = {
          items: [{ id: 'q1', name: '运维服务', unit: '月', qty: 12, unitPrice: 150_000, taxRate: 6 }],
          openingSummary: { price: 1_800_000, priceWords: '壹佰捌拾伍万元整' },
        } as BidInput['quote']
      },
    )
    expect(e01(f).map((x) => x.location.path)).toEqual(['quote.openingSummary.priceWords'])
  })
})
