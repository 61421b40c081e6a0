import { formatMoney, formatQty } from '../export/format'
import type { ItemLine } from './form-data'
import type { ItemTable } from './items'
import { leftBlank, whereOf, type FormCell, type FormDoc } from './model'
import type { BlankFill } from './plan'

/**
 * A buyer who pre-printed the quantity of an item (数量 3) and a quote line of that item for another quantity (2):
 * the difference is never settled silently. Until the user chooses, the row is reported as an unfilled blank with
 * both numbers (the buyer's figure stays, `export form` exits 1). The user chooses per row (blank `t<T>r<R>qty`) or
 * for the whole file (blank `qty`, a row's own choice first):
 *  - our quantity (`qty.ours`): the buyer's figure is written over with ours, the row's 合价 and the totals are the
 *    quote's;
 *  - the buyer's (`qty.buyer`): his figure stays, the row's 合价 is his quantity × our unit price and the totals add
 *    those up (so the form states another total than the quote, which the price checks then read);
 *  - leave it as printed (null): his figure stays beside our line's 合价, as the plan did before there was a choice.
 * Each choice names the buyer's figure and ours in the blank's reason, so nothing he printed goes unsaid.
 */

export const QTY_FORM = 'qty'
export const QTY_OURS = 'qty.ours'
export const QTY_BUYER = 'qty.buyer'
export const QTY_KEYS: readonly string[] = [QTY_OURS, QTY_BUYER]
export const QTY_CHOICES = {
  [QTY_OURS]: { zh: '按报价数量', en: 'our quantity' },
  [QTY_BUYER]: { zh: '按招标方数量', en: "the buyer's quantity" },
} as const

/** The per-row quantity blank of an item table (also in a header/footer part: "header1:t0r2qty"). */
export const isQtyBlank = (id: string) => /(?:^|:)t\d+r\d+qty$/.test(id)

/** The number a quantity cell starts with ("3", "2台", "1,200", "1.5 吨"), or null ("若干", "按需"). */
export function printedQty(text: string): number | null {
  const m = /^\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(text)
  return m ? Number(m[1].replace(/,/g, '') + (m[2] ?? '')) : null
}

type Choice = 'ours' | 'buyer' | 'kept' | 'open' | 'bad'

export interface QtyDiff {
  row: number
  cell: FormCell
  /** The buyer's figure and his cell as printed. */
  printed: number
  text: string
  name: string
  choice: Choice
  /** The key given that is not a quantity choice (choice 'bad'). */
  badKey?: string
  /** What the row prints: the quote line, or the line at the buyer's quantity (choice 'buyer'). */
  line: ItemLine
  /** Choice 'ours': the text written over the buyer's quantity cell. */
  over?: string
}

const round2 = (n: number) => Math.round(n * 100) / 100

function choiceOf(id: string, overrides: Record<string, string | null>): { choice: Choice; badKey?: string } {
  const read = (k: string) => {
    const v = overrides[k]
    if (v === null) return { choice: 'kept' as const }
    if (v === QTY_OURS) return { choice: 'ours' as const }
    if (v === QTY_BUYER) return { choice: 'buyer' as const }
    return { choice: 'bad' as const, badKey: v }
  }
  if (Object.hasOwn(overrides, id)) return read(id)
  if (Object.hasOwn(overrides, QTY_FORM)) return read(QTY_FORM)
  return { choice: 'open' }
}

/** Our figure in the buyer's way of writing it: his unit after the number when it is ours (or he wrote none). */
function ourText(line: ItemLine, buyer: string): string {
  const rest = buyer.trim().replace(/^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/, '')
  const same = rest.trim() === '' || rest.trim() === line.unit.trim() || line.unit.trim() === ''
  return `${formatQty(line.qty)}${same ? rest : line.unit}`
}

/** The rows of a table whose printed 数量 differs from their quote line's, with the user's choice for each. */
export function qtyDiffs(
  t: ItemTable,
  placed: ReadonlyMap<number, number>,
  lines: readonly ItemLine[],
  overrides: Record<string, string | null>,
): Map<number, QtyDiff> {
  const out = new Map<number, QtyDiff>()
  const col = t.columns.find((c) => c.field === 'qty')
  if (!col) return out
  for (const b of t.body) {
    const li = placed.get(b.row)
    const cell = b.cells.find((c) => c.col === col.col)
    if (li === undefined || !cell || cell.text.trim() === '') continue
    const printed = printedQty(cell.text)
    const line = lines[li]
    if (printed === null || Math.abs(printed - line.qty) < 1e-9) continue
    const { choice, badKey } = choiceOf(`t${t.table}r${b.row}qty`, overrides)
    const text = cell.text.trim()
    out.set(b.row, {
      row: b.row,
      cell,
      printed,
      text,
      name: b.name || line.name,
      choice,
      badKey,
      line:
        choice === 'buyer' ? { ...line, qty: printed, lineTotal: round2(printed * line.unitPrice) } : line,
      over: choice === 'ours' ? ourText(line, text) : undefined,
    })
  }
  return out
}

/** The quantity blanks of a table: one per differing row, filled by the user's choice or reported. */
export function qtyFills(
  doc: FormDoc,
  t: ItemTable,
  diffs: ReadonlyMap<number, QtyDiff>,
  lines: readonly ItemLine[],
  placed: ReadonlyMap<number, number>,
): BlankFill[] {
  const out: BlankFill[] = []
  for (const d of diffs.values()) {
    const quote = lines[placed.get(d.row)!]
    const ours = `${formatQty(quote.qty)}${quote.unit}`
    const theirs = d.text
    const base = {
      id: `t${t.table}r${d.row}qty`,
      kind: 'column' as const,
      where: whereOf(doc.paragraphs[d.cell.paragraph], d.cell.paragraph),
      label: `${d.name} 数量`,
      paragraph: d.cell.paragraph,
      start: 0,
      end: 0,
    }
    if (d.choice === 'kept') {
      out.push(leftBlank(base))
      continue
    }
    if (d.choice === 'ours' || d.choice === 'buyer') {
      const total = formatMoney(d.line.lineTotal)
      out.push({
        ...base,
        key: d.choice === 'ours' ? QTY_OURS : QTY_BUYER,
        confidence: 1,
        reason:
          d.choice === 'ours'
            ? {
                zh: `用户选择报价数量：招标方所列${theirs}改为${d.over}，合价 ${total} 元按报价`,
                en: `our quantity chosen: the buyer's ${theirs} written over with ${d.over}; the line total ${total} is the quote's`,
              }
            : {
                zh: `用户选择招标方数量${theirs}（报价数量为${ours}）：合价按 ${formatQty(d.printed)} × 单价 = ${total} 元，合计随之与报价不同，请同步修改报价`,
                en: `the buyer's quantity ${theirs} chosen (the quote has ${ours}): line total ${formatQty(d.printed)} × unit price = ${total}; the totals now differ from the quote, change the quote to match`,
              },
        status: 'filled',
        value: d.choice === 'ours' ? d.over! : theirs,
        why: null,
      })
      continue
    }
    out.push({
      ...base,
      key: 'row.qty',
      confidence: 0,
      reason: null,
      status: 'unfilled',
      value: null,
      why:
        d.choice === 'bad'
          ? {
              zh: `“${d.badKey}”不是数量的选项：数量不一致时只能选择按报价数量（${QTY_OURS}）、按招标方数量（${QTY_BUYER}）或留空；招标方所列${theirs}，报价${ours}`,
              en: `"${d.badKey}" is not a quantity choice: where the quantities differ choose our quantity (${QTY_OURS}), the buyer's (${QTY_BUYER}) or leave it blank; the buyer lists ${theirs}, the quote ${ours}`,
            }
          : {
              zh: `招标方所列“${d.name}”数量为${theirs}，报价数量为${ours}：未改写招标方的数量，请核对报价或向招标方澄清`,
              en: `the buyer lists ${theirs} of "${d.name}", the quote ${ours}: the buyer's figure is kept; check the quote or ask the buyer`,
            },
    })
  }
  return out
}

/**
 * The quantity choices of a set of overrides that are not one (`qty=row.spec`, `t0r1qty=投标人名称`), for the
 * boundary to refuse before anything is saved or written; null when all are.
 */
export function badQtyChoices(
  overrides: Record<string, string | null> | undefined,
): { zh: string; en: string } | null {
  const bad = Object.entries(overrides ?? {}).filter(
    ([id, v]) => (id === QTY_FORM || isQtyBlank(id)) && v !== null && !QTY_KEYS.includes(v),
  )
  if (bad.length === 0) return null
  const list = bad.map(([id, v]) => `${id}=${v}`)
  return {
    zh: `数量的选择只能是 ${QTY_OURS}（按报价数量）、${QTY_BUYER}（按招标方数量）或留空：${list.join('、')}`,
    en: `a quantity choice is ${QTY_OURS} (our quantity), ${QTY_BUYER} (the buyer's) or blank: ${list.join(', ')}`,
  }
}
