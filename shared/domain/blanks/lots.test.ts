import { describe, expect, it } from 'vitest'
import { planForm, type FormDoc, type ItemLine, type LotRef } from '.'
import { lotKey, lotScope, lotsNamed } from './lots'

/** Multi-lot tenders: a buyer's per-lot 分项报价表 gets its own lot's quote lines, never every line. */

const lots: LotRef[] = [
  { id: 'l1', no: '1', name: '服务器及存储设备', bidding: true },
  { id: 'l2', no: '第二包', name: '网络设备', bidding: true },
  { id: 'l3', no: 'C', name: '运维服务', bidding: false },
]

describe('lot numbers as buyers write them', () => {
  it.each([
    ['1', '1'],
    ['01', '1'],
    ['第一包', '1'],
    ['第十二包', '12'],
    ['二十', '20'],
    ['包号：3', '3'],
    ['A包', 'A'],
    ['b', 'B'],
    ['服务器', null],
  ])('%s → %s', (no, key) => expect(lotKey(no)).toBe(key))

  it.each([
    ['第一包：服务器及存储设备', ['l1']],
    ['第 2 包 分项报价表', ['l2']],
    ['包号：2', ['l2']],
    ['采购包2 网络设备', ['l2']],
    ['2号包', ['l2']],
    ['包1', ['l1']],
    ['标段二', ['l2']],
    ['Lot C', ['l3']],
    ['（网络设备）', ['l2']],
    ['投标人须按第一包、第二包分别填报', ['l1', 'l2']],
    ['本表包括全部货物，标段一览表见前', []],
    ['分项报价表', []],
  ])('%s names %j', (text, ids) => expect(lotsNamed(text, lots).map((l) => l.id)).toEqual(ids))
})

const line = (name: string, lotId: string | null): ItemLine => ({
  name,
  brand: '',
  spec: 'X1',
  maker: '',
  qty: 1,
  unit: '台',
  unitPrice: 100,
  lineTotal: 100,
  taxRate: 13,
  note: '',
  lotId,
})
const src = {
  lines: [line('服务器', 'l1'), line('交换机', 'l2'), line('存储', 'l1')],
  total: 300,
  currency: 'CNY' as const,
  lots,
}

describe('lotScope', () => {
  it('the nearest text that names one lot decides', () => {
    const s = lotScope(['包号：2', '第一包、第二包分别填写', '分项报价表'], src)
    expect(s.lot?.id).toBe('l2')
    expect(s.lines.map((l) => l.name)).toEqual(['交换机'])
  })
  it('several lots named, or none with two lots bid on: not guessed', () => {
    expect(lotScope(['第一包、第二包分别填写'], src).problem?.zh).toContain('无法确定此表属于哪个包')
    expect(lotScope(['分项报价表'], src).problem?.zh).toContain('未写明包号或包名')
  })
  it('a lot not bid on is left empty on purpose; one lot bid on takes an unnamed table', () => {
    expect(lotScope(['第C包'], src).manual?.zh).toContain('本投标不投')
    const one = { ...src, lots: lots.map((l) => ({ ...l, bidding: l.id === 'l2' })) }
    expect(lotScope(['分项报价表'], one).lines.map((l) => l.name)).toEqual(['交换机'])
  })
  it('a single-lot bid fills every line', () => {
    expect(lotScope([], { ...src, lots: [lots[0]] }).lines).toHaveLength(3)
  })
})

/** One form, two tables each under its lot's line; a third table under a sentence naming no lot. */
function twoLotDoc(): FormDoc {
  const paragraphs: FormDoc['paragraphs'] = []
  const tables: FormDoc['tables'] = []
  const para = (text: string) => paragraphs.push({ runs: [{ text, underline: false }] }) - 1
  const tbl = (rows: string[][]) => {
    const index = tables.length
    tables.push({
      index,
      rows: rows.map((row, r) =>
        row.map((text, col) => {
          paragraphs.push({ runs: [{ text, underline: false }], cell: { table: index, row: r, col } })
          return { col, span: 1, paragraph: paragraphs.length - 1, text, merged: false }
        }),
      ),
    })
  }
  const head = ['序号', '货物名称', '规格型号', '数量', '单价（元）', '合价（元）']
  para('分项报价表')
  para('第一包：服务器及存储设备')
  tbl([head, ['1', '', '', '', '', ''], ['2', '', '', '', '', '']])
  para('第二包：网络设备')
  tbl([head, ['1', '', '', '', '', '']])
  para('注：多包投标的，按包分别填写')
  tbl([head, ['1', '', '', '', '', '']])
  return { paragraphs, tables }
}

describe('planForm with lots', () => {
  const plan = planForm(
    twoLotDoc(),
    {},
    {
      data: {
        items: src,
        facts: { size: '', consortium: false, prison: false, welfare: false, taxIncluded: true },
      },
    },
  )
  it('each table gets its own lot lines', () => {
    const names = (t: number) => plan.items.find((w) => w.table === t)!.fill.map((f) => f.values[1])
    expect(names(0)).toEqual(['服务器', '存储'])
    expect(names(1)).toEqual(['交换机'])
    const col = plan.fills.find((f) => f.id === 't1col1')!
    expect(col.reason?.zh).toContain('第2包（网络设备）的分项')
  })
  it('the table naming no lot is not filled and says why', () => {
    expect(plan.items.some((w) => w.table === 2)).toBe(false)
    const col = plan.fills.find((f) => f.id === 't2col1')!
    expect(col.status).toBe('unfilled')
    expect(col.why?.zh).toContain('无法确定此表属于哪个包')
  })
})
