import { describe, expect, it } from 'vitest'
import type { ItemLine, LotRef } from './form-data'
import type { ItemBodyRow, ItemTable } from './items'
import { placeByLot } from './lot-rows'
import { printedQty } from './qty-check'

/** One table for every lot: rows placed by their printed 包号, and what stops such a table. */

const lots: LotRef[] = [
  { id: 'a', no: '1', name: '服务器', bidding: true },
  { id: 'b', no: '2', name: '网络设备', bidding: true },
  { id: 'c', no: '3', name: '运维服务', bidding: false },
]
const line = (name: string, lotId: string | null): ItemLine => ({
  name,
  brand: '',
  spec: '',
  maker: '',
  qty: 1,
  unit: '台',
  unitPrice: 1,
  lineTotal: 1,
  taxRate: 13,
  note: '',
  lotId,
})
const row = (r: number, lot: string, name = ''): ItemBodyRow => ({
  row: r,
  kind: name ? 'buyer' : 'empty',
  cells: [],
  name,
  lot,
})
const tableOf = (body: ItemBodyRow[]): ItemTable => ({
  table: 0,
  title: '分项报价表',
  headerRows: [0],
  columns: [],
  body,
  totals: [],
  context: [],
})
const lines = [line('服务器A', 'a'), line('交换机', 'b'), line('服务器B', 'a')]

describe('placeByLot', () => {
  it('rows take lines of their printed lot (by number or name); open rows the rest, lot by lot', () => {
    const p = placeByLot(tableOf([row(1, '网络设备'), row(2, '第一包'), row(3, '')]), lines, lots)
    expect(p.problem).toBeNull()
    expect([...p.rows]).toEqual([
      [1, 1],
      [2, 0],
      [3, 2],
    ])
    expect(p.extra).toEqual([])
  })
  it('buyer items by name inside their lot; a lot not bid on is skipped, not unmatched', () => {
    const body = [row(1, '1', '服务器B'), row(2, '3', '巡检'), row(3, '2'), row(4, '1')]
    const p = placeByLot(tableOf(body), lines, lots)
    expect(p.problem).toBeNull()
    expect([...p.rows]).toEqual([
      [1, 2],
      [3, 1],
      [4, 0],
    ])
    expect(p.unmatched).toEqual([])
    expect(p.skipped.map((s) => [s.lot.id, s.row.row])).toEqual([['c', 2]])
  })
  it('more lines of a lot than the buyer printed rows for it: not appended after another lot', () => {
    const p = placeByLot(tableOf([row(1, '1'), row(2, '2')]), lines, lots)
    expect(p.rows.size).toBe(0)
    expect(p.problem?.zh).toBe('报价中第1包（服务器）有2个分项，表中为该包只留了1行，无法按包填写此表')
  })
  it('a row naming no lot of the tender, or a line without a lot, stops the table', () => {
    expect(placeByLot(tableOf([row(1, '5')]), lines, lots).problem?.zh).toContain(
      '第2行的包号“5”不是本项目的包',
    )
    expect(placeByLot(tableOf([row(1, '')]), [...lines, line('光模块', null)], lots).problem?.en).toBe(
      '1 line(s) of the quote have no lot (Quote tab, lot column): the table cannot be filled lot by lot',
    )
  })
  it('an all-open table: lines in lot order, extra lines copied after', () => {
    const p = placeByLot(tableOf([row(1, '')]), lines, lots)
    expect([...p.rows]).toEqual([[1, 0]])
    expect(p.extra).toEqual([2, 1])
  })
})

describe('printedQty', () => {
  it.each([
    ['3', 3],
    ['4台', 4],
    [' 1,200 ', 1200],
    ['1.5 吨', 1.5],
    ['若干', null],
    ['按需', null],
  ])('%s → %s', (text, n) => expect(printedQty(text)).toBe(n))
})
