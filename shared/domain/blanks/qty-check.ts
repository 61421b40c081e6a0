import { formatQty } from '../export/format'
import type { ItemLine } from './form-data'
import type { ItemTable } from './items'
import { leftBlank, whereOf, type FormDoc } from './model'
import type { BlankFill } from './plan'

/**
 * A buyer who pre-printed the quantity of an item (数量 3) and a quote line of that item for another quantity (2):
 * the buyer's figure is never overwritten and the difference is not left to be found at opening. Each such row is
 * reported as an unfilled blank with both numbers, so `export form` exits 1 and the bid page lists it, until the
 * quote is changed or the user accepts the buyer's figure (leaves the blank as printed).
 */

/** The number a quantity cell starts with ("3", "2台", "1,200", "1.5 吨"), or null ("若干", "按需"). */
export function printedQty(text: string): number | null {
  const m = /^\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(text)
  return m ? Number(m[1].replace(/,/g, '') + (m[2] ?? '')) : null
}

export function qtyFindings(
  doc: FormDoc,
  t: ItemTable,
  placed: ReadonlyMap<number, number>,
  lines: readonly ItemLine[],
  overrides: Record<string, string | null>,
): BlankFill[] {
  const col = t.columns.find((c) => c.field === 'qty')
  if (!col) return []
  const out: BlankFill[] = []
  for (const b of t.body) {
    const li = placed.get(b.row)
    const cell = b.cells.find((c) => c.col === col.col)
    if (li === undefined || !cell || cell.text.trim() === '') continue
    const printed = printedQty(cell.text)
    const line = lines[li]
    if (printed === null || Math.abs(printed - line.qty) < 1e-9) continue
    const name = b.name || line.name
    const ours = `${formatQty(line.qty)}${line.unit}`
    const theirs = cell.text.trim()
    const base = {
      id: `t${t.table}r${b.row}qty`,
      kind: 'column' as const,
      where: whereOf(doc.paragraphs[cell.paragraph], cell.paragraph),
      label: `${name} 数量`,
      paragraph: cell.paragraph,
      start: 0,
      end: 0,
    }
    if (Object.hasOwn(overrides, base.id) && overrides[base.id] === null) {
      out.push(leftBlank(base))
      continue
    }
    out.push({
      ...base,
      key: 'row.qty',
      confidence: 0,
      reason: null,
      status: 'unfilled',
      value: null,
      why: {
        zh: `招标方所列“${name}”数量为${theirs}，报价数量为${ours}：未改写招标方的数量，请核对报价或向招标方澄清`,
        en: `the buyer lists ${theirs} of "${name}", the quote ${ours}: the buyer's figure is kept; check the quote or ask the buyer`,
      },
    })
  }
  return out
}
