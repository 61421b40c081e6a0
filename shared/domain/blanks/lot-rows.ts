import type { ItemLine, LotRef } from './form-data'
import type { ItemBodyRow, ItemTable } from './items'
import { lotKey, lotLabel, lotsNamed } from './lots'

/**
 * Where each quote line goes in a buyer's item table: a row the buyer printed an item in gets the line of the same
 * name, the empty rows the other lines in quote order, and lines beyond the rows become copies of the last empty
 * row. A table covering every lot in one (a 包号/标包/包段 column) is filled in place row by row: a row whose lot
 * the buyer printed takes a line of that lot, rows of a lot not bid on stay empty, and the lots the buyer left
 * open are written beside our lines. A row naming no lot of the tender, or more lines of a lot than the buyer gave
 * it rows, is not guessed: the table is not filled and says why.
 */

type Text = { zh: string; en: string }

export interface Placement {
  /** Body row → index in the lines. */
  rows: Map<number, number>
  /** Lines (indexes) written as copies of the last empty row, after the body. */
  extra: number[]
  /** Buyer rows whose item is not a line of the quote. */
  unmatched: ItemBodyRow[]
  /** Why the table cannot be filled at all. */
  problem: Text | null
  /** Lots the buyer printed rows for that this bid is not for (their rows stay empty on purpose), with the first. */
  skipped: { lot: LotRef; row: ItemBodyRow }[]
}

const norm = (s: string) => s.replace(/[\s\u3000（）()【】[\]、，,.:：;；\-—_/]+/g, '').toLowerCase()

/** The unused line of `pool` named as the buyer's row: same name first, then one name inside the other. */
function byName(name: string, pool: number[], lines: readonly ItemLine[], used: Set<number>): number {
  const n = norm(name)
  const free = pool.filter((i) => !used.has(i))
  const eq = free.find((i) => norm(lines[i].name) === n)
  if (eq !== undefined) return eq
  const near = free.find(
    (i) => n !== '' && (norm(lines[i].name).includes(n) || n.includes(norm(lines[i].name))),
  )
  return near ?? -1
}

/** One lot per table: buyer rows by name, then the empty rows in quote order, then copies. */
export function placeLines(t: ItemTable, lines: readonly ItemLine[]): Placement {
  const used = new Set<number>()
  const rows = new Map<number, number>()
  const unmatched: ItemBodyRow[] = []
  const all = lines.map((_, i) => i)
  for (const b of t.body.filter((x) => x.kind === 'buyer')) {
    const i = byName(b.name, all, lines, used)
    if (i < 0) unmatched.push(b)
    else {
      used.add(i)
      rows.set(b.row, i)
    }
  }
  const rest = all.filter((i) => !used.has(i))
  for (const b of t.body.filter((x) => x.kind === 'empty')) {
    const i = rest.shift()
    if (i === undefined) break
    rows.set(b.row, i)
  }
  return { rows, extra: rest, unmatched, problem: null, skipped: [] }
}

const lotsText = (lots: readonly LotRef[]) => ({
  zh: lots.map((l) => lotLabel(l).zh).join('、'),
  en: lots.map((l) => lotLabel(l).en).join(', '),
})

/** The lot a row's 包号 cell names ("1", "第一包", "A", "包2", or the lot's name), or why it names none. */
function lotOfCell(text: string, lots: readonly LotRef[]): LotRef[] {
  const k = lotKey(text)
  const byNo = k === null ? [] : lots.filter((l) => lotKey(l.no) === k)
  return byNo.length ? byNo : lotsNamed(text, lots)
}

/** A table with a lot column, in a bid with two or more lots. */
export function placeByLot(t: ItemTable, lines: readonly ItemLine[], lots: readonly LotRef[]): Placement {
  const out: Placement = { rows: new Map(), extra: [], unmatched: [], problem: null, skipped: [] }
  const fail = (zh: string, en: string): Placement => ({
    ...out,
    rows: new Map(),
    extra: [],
    problem: { zh: `${zh}，无法按包填写此表`, en: `${en}: the table cannot be filled lot by lot` },
  })
  const lotRow = new Map<number, LotRef>()
  for (const b of t.body) {
    if (b.kind === 'other' || b.kind === 'subtotal' || b.lot === '') continue
    const hit = lotOfCell(b.lot, lots)
    if (hit.length !== 1) {
      const all = lotsText(lots)
      return fail(
        `第${b.row + 1}行的包号“${b.lot}”${hit.length ? '同时指向多个包' : '不是本项目的包'}（本项目：${all.zh}）`,
        `row ${b.row + 1} says lot "${b.lot}", ${hit.length ? 'which names several lots' : 'which is no lot of this tender'} (lots: ${all.en})`,
      )
    }
    lotRow.set(b.row, hit[0])
  }
  const bidding = new Set(lots.filter((l) => l.bidding).map((l) => l.id))
  const loose = lines.filter((l) => l.lotId === null || !lots.some((x) => x.id === l.lotId)).length
  if (loose)
    return fail(
      `报价明细中有${loose}个分项未指定包（报价页签的“包”列）`,
      `${loose} line(s) of the quote have no lot (Quote tab, lot column)`,
    )
  // Our lines lot by lot, in the tender's lot order, each lot's in quote order.
  const order = lots.flatMap((l) =>
    lines.flatMap((x, i) => (x.lotId === l.id && bidding.has(l.id) ? [i] : [])),
  )
  const ofLot = (id: string) => order.filter((i) => lines[i].lotId === id)
  const used = new Set<number>()
  const skipped = new Map<LotRef, ItemBodyRow>()
  const skip = (lot: LotRef, b: ItemBodyRow) => skipped.set(lot, skipped.get(lot) ?? b)
  const take = (row: number, i: number) => {
    used.add(i)
    out.rows.set(row, i)
  }
  for (const b of t.body.filter((x) => x.kind === 'buyer')) {
    const lot = lotRow.get(b.row)
    if (lot && !lot.bidding) {
      skip(lot, b)
      continue
    }
    const i = byName(b.name, lot ? ofLot(lot.id) : order, lines, used)
    if (i < 0) out.unmatched.push(b)
    else take(b.row, i)
  }
  const free: number[] = []
  for (const b of t.body.filter((x) => x.kind === 'empty')) {
    const lot = lotRow.get(b.row)
    if (!lot) free.push(b.row)
    else if (!lot.bidding) skip(lot, b)
    else {
      const i = ofLot(lot.id).find((k) => !used.has(k))
      if (i !== undefined) take(b.row, i)
    }
  }
  const rest = order.filter((i) => !used.has(i))
  for (const row of free) {
    const i = rest.shift()
    if (i === undefined) break
    take(row, i)
  }
  const printed = new Set([...lotRow.values()].map((l) => l.id))
  const over = lots.find((l) => printed.has(l.id) && rest.some((i) => lines[i].lotId === l.id))
  if (over) {
    const n = ofLot(over.id).length
    const rowsOf = [...lotRow.values()].filter((l) => l === over).length
    const name = lotLabel(over)
    return fail(
      `报价中${name.zh}有${n}个分项，表中为该包只留了${rowsOf}行`,
      `the quote has ${n} lines for ${name.en}, the table gives it ${rowsOf} row(s)`,
    )
  }
  return { ...out, extra: rest, skipped: [...skipped].map(([lot, row]) => ({ lot, row })) }
}
