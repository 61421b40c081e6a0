import type { PrintedTotal } from '../export/print-model'
import { detectItems } from './detect'
import { headerWords, TOTAL_ROW } from './item-columns'
import type { FormDoc } from './model'

/**
 * What the 合计 rows of a form's item tables print under the money column (合价/金额/小计), found by the same reader
 * that fills them (detectItems), so a 合计 the bidder typed and one the product wrote are read alike. The unit is
 * the row label's ("合计（万元）"), else the column's (its header or the table's "单位：万元" caption), else 元;
 * a row labelled 大写 prints words. Pure: the checks parse the text (read/figures.ts).
 */
export function itemTotals(doc: FormDoc): PrintedTotal[] {
  const out: PrintedTotal[] = []
  for (const t of detectItems(doc)) {
    const money = t.columns.filter((c) => c.field === 'lineTotal')
    for (const total of t.totals) {
      const texts = total.cells.map((c) => c.text.trim())
      const labelAt = texts.findIndex((x) => TOTAL_ROW.test(x.replace(/\s+/g, '')))
      const label = labelAt >= 0 ? texts[labelAt] : ''
      const words = /大写/.test(label)
      total.cells.forEach((cell, i) => {
        if (i === labelAt || texts[i] === '') return
        const col = money.find((c) => c.col >= cell.col && c.col < cell.col + cell.span)
        if (!col) return
        out.push({
          table: t.table + 1,
          row: total.row + 1,
          label,
          text: texts[i],
          unit: headerWords(label).unit ?? col.unit ?? '元',
          words,
        })
      })
    }
  }
  return out
}
