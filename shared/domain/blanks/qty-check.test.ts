import { describe, expect, it } from 'vitest'
import type { ItemLine } from './form-data'
import type { ItemTable } from './items'
import { badQtyChoices, isQtyBlank, qtyDiffs } from './qty-check'

const line = (name: string, qty: number, unitPrice: number, unit = '台'): ItemLine => ({
  name,
  brand: '',
  spec: '',
  maker: '',
  qty,
  unit,
  unitPrice,
  lineTotal: qty * unitPrice,
  taxRate: 13,
  note: '',
  lotId: null,
})

const cell = (col: number, text: string) => ({ col, span: 1, paragraph: col, text, merged: false })

/** A table whose row 1 the buyer printed with 数量 `printed`. */
function tableWith(printed: string): ItemTable {
  return {
    table: 0,
    title: '供货一览表',
    headerRows: [0],
    columns: [
      { col: 0, field: 'name', label: '名称', unit: null, paragraph: 0 },
      { col: 1, field: 'qty', label: '数量', unit: null, paragraph: 1 },
    ],
    body: [{ row: 1, kind: 'buyer', cells: [cell(0, 'DR'), cell(1, printed)], name: 'DR', lot: '' }],
    totals: [],
    context: [],
  }
}

describe('quantity choices', () => {
  const lines = [line('DR', 2, 1_180_000.5)]
  const placed = new Map([[1, 0]])

  it('no choice: the row is open with both figures; an equal figure is no difference', () => {
    expect(qtyDiffs(tableWith('3台'), placed, lines, {}).get(1)).toMatchObject({ choice: 'open', printed: 3 })
    expect(qtyDiffs(tableWith('2 台'), placed, lines, {}).size).toBe(0)
  })

  it('ours writes our figure in his way (his unit kept, or ours when his differs); his line prices his figure', () => {
    expect(qtyDiffs(tableWith('3台'), placed, lines, { qty: 'qty.ours' }).get(1)?.over).toBe('2台')
    expect(qtyDiffs(tableWith('3'), placed, lines, { qty: 'qty.ours' }).get(1)?.over).toBe('2')
    expect(qtyDiffs(tableWith('3套'), placed, lines, { qty: 'qty.ours' }).get(1)?.over).toBe('2台')
    const his = qtyDiffs(tableWith('3台'), placed, lines, { qty: 'qty.ours', t0r1qty: 'qty.buyer' }).get(1)!
    expect(his.choice).toBe('buyer')
    expect(his.line).toMatchObject({ qty: 3, lineTotal: 3_540_001.5 })
    expect(qtyDiffs(tableWith('3台'), placed, lines, { t0r1qty: null }).get(1)?.choice).toBe('kept')
    expect(qtyDiffs(tableWith('3台'), placed, lines, { qty: '投标人名称' }).get(1)).toMatchObject({
      choice: 'bad',
      badKey: '投标人名称',
    })
  })

  it('the boundary refuses a quantity choice that is not one, in zh and en', () => {
    expect(badQtyChoices({ qty: 'qty.buyer', t0r1qty: null, t1col2: 'row.spec' })).toBeNull()
    expect(badQtyChoices({ 'header1:t0r3qty': 'row.spec' })?.zh).toContain('header1:t0r3qty=row.spec')
    expect(badQtyChoices({ qty: 'x' })?.en).toBe(
      "a quantity choice is qty.ours (our quantity), qty.buyer (the buyer's) or blank: qty=x",
    )
    expect(isQtyBlank('t0r12qty')).toBe(true)
    expect(isQtyBlank('t0col2')).toBe(false)
  })
})
