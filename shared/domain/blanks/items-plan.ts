import { amountToWords } from '../amount'
import { formatMoney, formatQty } from '../export/format'
import type { ItemLine, ItemSource, LotRef } from './form-data'
import { ITEM_FIELDS, itemFieldOfKey, type ItemField } from './item-columns'
import type { ItemColumn, ItemTable } from './items'
import { placeByLot, placeLines, type Placement } from './lot-rows'
import { lotLabel, lotScope, type LotScope } from './lots'
import { qtyDiffs, qtyFills, type QtyDiff } from './qty-check'
import type { BlankFill } from './plan'
import type { FormCell, FormDoc } from './model'
import { leftBlank, whereOf } from './model'

/**
 * The quote's lines written into a buyer's item table: a buyer's pre-printed item row gets the line of the same
 * name (its empty cells only), the other lines go into the empty rows in quote order, and when the buyer gave
 * fewer rows than lines the last empty row is copied (its formatting kept). The 合计 row gets the sum of the lines
 * written (so the table adds up), in the column's unit; a 大写 cell the same sum in words.
 */

export interface ItemWrite {
  table: number
  /**
   * Existing rows: grid column → value, written into the row's empty cells only; `over`: grid column → value written
   * over what the buyer printed there (his 数量 where the user chose ours).
   */
  fill: { row: number; values: Record<number, string>; over?: Record<number, string> }[]
  /** New rows: copies of row `template` with its text cleared, inserted after row `after`, in order. */
  add: { template: number; after: number; rows: Record<number, string>[] } | null
}

type Text = { zh: string; en: string }

/** Yuan in the column's unit, as the product prints money: two decimals, more only where 万元 needs them. */
function moneyIn(yuan: number, unit: '元' | '万元' | null): string {
  if (unit !== '万元') return formatMoney(yuan)
  const wan = yuan / 10_000
  const cents = formatMoney(wan)
  if (Math.abs(Number(cents.replace(/,/g, '')) - wan) < 1e-9) return cents
  const [i, d] = wan.toFixed(6).replace(/0+$/, '').split('.')
  return `${Number(i).toLocaleString('en-US')}.${d}`
}

function valueOf(field: ItemField, line: ItemLine, no: number, col: ItemColumn): string {
  switch (field) {
    case 'no':
      return String(no)
    case 'qty':
      return formatQty(line.qty)
    case 'unitPrice':
      return moneyIn(line.unitPrice, col.unit)
    case 'lineTotal':
      return moneyIn(line.lineTotal, col.unit)
    case 'lot':
      return line.lotNo ?? ''
    case 'taxRate':
      return `${formatQty(line.taxRate)}%`
    case 'brandSpec':
      return [line.brand, line.spec].filter((s) => s.trim() !== '').join(' ')
    default:
      return line[field]
  }
}

const MONEY: ItemField[] = ['unitPrice', 'lineTotal']

/** Why a column cannot be printed from the quote, or null. */
function columnProblem(field: ItemField | null, col: ItemColumn, src: ItemSource): Text | null {
  if (!field) return { zh: `未识别的列“${col.label}”`, en: `unknown column "${col.label}"` }
  if (src.lines.length === 0)
    return { zh: '报价明细中没有分项（报价页签）', en: 'the quote has no lines (Quote tab)' }
  if (MONEY.includes(field) && src.currency !== 'CNY' && col.unit)
    return {
      zh: `报价币种不是人民币（${src.currency}），表单要求${col.unit}`,
      en: `the quote is in ${src.currency} but the column asks for ${col.unit}`,
    }
  if (field !== 'no' && src.lines.every((l) => valueOf(field, l, 1, col).trim() === ''))
    return {
      zh: `报价明细中未填写“${ITEM_FIELDS[field].zh}”`,
      en: `no line of the quote has a ${ITEM_FIELDS[field].en}`,
    }
  return null
}

export interface ItemPlan {
  fills: BlankFill[]
  writes: ItemWrite[]
}

export function planItemTables(
  doc: FormDoc,
  tables: readonly ItemTable[],
  src: ItemSource,
  overrides: Record<string, string | null> = {},
): ItemPlan {
  const fills: BlankFill[] = []
  const writes: ItemWrite[] = []
  for (const t of tables) {
    const { scope, place } = scopeOf(t, src)
    const lines = scope.lines
    const lotSrc = { ...src, lines }
    // Per column: the field it prints (the user's choice first), or why it stays empty.
    const cols = t.columns.map((c) => {
      const id = `t${t.table}col${c.col}`
      const o = Object.hasOwn(overrides, id) ? overrides[id] : undefined
      const field = o === undefined ? c.field : o === null ? null : itemFieldOfKey(o)
      const problem = o === null || scope.manual ? null : (scope.problem ?? columnProblem(field, c, lotSrc))
      return { c, id, chosen: field, field: problem || o === null || scope.manual ? null : field, o, problem }
    })
    const { rows: placed, unmatched } = place
    // Rows whose printed 数量 differs from their line's: what the user chose decides the row's line.
    const diffs =
      scope.problem || scope.manual ? new Map<number, QtyDiff>() : qtyDiffs(t, placed, lines, overrides)
    const lineAt = (row: number, li: number): ItemLine => diffs.get(row)?.line ?? lines[li]
    const qtyCol = cols.find((k) => k.field === 'qty')
    const empties = t.body.filter((b) => b.kind === 'empty')
    const template = empties.at(-1) ?? t.body.filter((b) => b.kind === 'buyer').at(-1)
    const write: ItemWrite = { table: t.table, fill: [], add: null }
    const rowValues = (line: ItemLine, no: number) => {
      const v: Record<number, string> = {}
      for (const k of cols) if (k.field) v[k.c.col] = valueOf(k.field, line, no, k.c)
      return v
    }
    const written: ItemLine[] = []
    // Item rows only: a lot's 小计 row is neither numbered nor filled with a line.
    const itemRows = t.body.filter((b) => b.kind !== 'subtotal')
    // Per 小计 row, the lines written above it since the previous one.
    const subtotals: { row: ItemTable['body'][number]; lines: ItemLine[] }[] = []
    let since: ItemLine[] = []
    if (!scope.problem && !scope.manual)
      t.body.forEach((b) => {
        if (b.kind === 'subtotal') {
          // 小写 and 大写 on two rows: the second 小计 row sums the same lines as the first.
          const prev = subtotals.at(-1)
          const twin = since.length === 0 && prev && t.body[t.body.indexOf(b) - 1] === prev.row
          subtotals.push({ row: b, lines: twin ? prev.lines : since })
          since = []
          return
        }
        const li = placed.get(b.row)
        if (li === undefined) return
        const line = lineAt(b.row, li)
        const over = diffs.get(b.row)?.over
        write.fill.push({
          row: b.row,
          values: rowValues(line, itemRows.indexOf(b) + 1),
          ...(over && qtyCol ? { over: { [qtyCol.c.col]: over } } : {}),
        })
        written.push(line)
        since.push(line)
      })
    const left = scope.problem || scope.manual ? [] : place.extra
    if (left.length && template) {
      write.add = {
        template: template.row,
        after: t.body.at(-1)!.row,
        rows: left.map((i, k) => rowValues(lines[i], itemRows.length + k + 1)),
      }
      written.push(...left.map((i) => lines[i]))
    }
    const notPlaced = left.length > 0 && !template
    const headCell = (c: ItemColumn) => doc.paragraphs[c.paragraph]
    for (const k of cols) {
      // What the column will read: the buyer's own figure where he printed one (written over only where the user
      // chose our quantity), else ours.
      const shown = [
        ...write.fill.map(
          (f) => f.over?.[k.c.col] ?? (printedAt(t, f.row, k.c.col) || (f.values[k.c.col] ?? '')),
        ),
        ...(write.add?.rows ?? []).map((v) => v[k.c.col] ?? ''),
      ]
      const base = {
        id: k.id,
        kind: 'column' as const,
        where: {
          zh: `${whereOf(headCell(k.c), k.c.paragraph).zh.replace(/第\d+行/, '')}（明细列）`,
          en: `${whereOf(headCell(k.c), k.c.paragraph).en.replace(/row \d+, /, '')} (item column)`,
        },
        label: k.c.label,
        paragraph: k.c.paragraph,
        start: 0,
        end: 0,
      }
      const key = k.field ? ITEM_FIELDS[k.field].key : null
      if (k.o === null) fills.push(leftBlank(base))
      else if (scope.manual)
        fills.push({
          ...base,
          key,
          confidence: 0.9,
          reason: null,
          status: 'manual',
          value: null,
          why: scope.manual,
        })
      else if (k.chosen && EMPTY_OK[k.chosen] && k.problem && !scope.problem && lines.length > 0)
        // An empty 备注 column (or 包号 in a tender without lots) is a finished column, not a missing value.
        fills.push({
          ...base,
          key,
          confidence: 0.9,
          reason: null,
          status: 'manual',
          value: null,
          why: EMPTY_OK[k.chosen]!,
        })
      else if (k.problem || !k.field || notPlaced)
        fills.push({
          ...base,
          key,
          confidence: 0,
          reason: null,
          status: 'unfilled',
          value: null,
          why: k.problem ?? { zh: '表中没有可填写的空行', en: 'the table has no empty row to fill' },
        })
      else {
        const joined = shown.filter((s) => s !== '').join('；')
        fills.push({
          ...base,
          key,
          confidence: k.o !== undefined ? 1 : 0.9,
          reason: withLot(
            k.o !== undefined
              ? { zh: '用户指定', en: 'chosen by the user' }
              : {
                  zh: `列名“${k.c.label}” → ${ITEM_FIELDS[k.field].zh}`,
                  en: `column "${k.c.label}" → ${ITEM_FIELDS[k.field].en}`,
                },
            scope.lot,
          ),
          status: 'filled',
          value: joined.length > 80 ? `${joined.slice(0, 80)}…` : joined,
          why: null,
        })
      }
    }
    for (const b of scope.problem || scope.manual ? [] : unmatched) {
      const cell = b.cells[0]
      fills.push({
        id: `t${t.table}r${b.row}`,
        kind: 'column',
        where: whereOf(doc.paragraphs[cell.paragraph], cell.paragraph),
        label: b.name,
        key: null,
        confidence: 0,
        reason: null,
        status: 'unfilled',
        value: null,
        why: {
          zh: `招标方所列“${b.name}”在报价明细中没有同名分项`,
          en: `the buyer's item "${b.name}" is not a line of the quote`,
        },
        paragraph: cell.paragraph,
        start: 0,
        end: 0,
      })
    }
    if (!scope.problem) {
      fills.push(...skippedFills(doc, t, place))
      fills.push(...qtyFills(doc, t, diffs, lines, placed))
    }
    if (written.length > 0 && !notPlaced) {
      for (const s of subtotals.filter((x) => x.lines.length > 0))
        totalFills(doc, t, { row: s.row.row, cells: s.row.cells }, cols, s.lines, overrides, fills)
      for (const total of t.totals) totalFills(doc, t, total, cols, written, overrides, fills)
    }
    if (write.fill.length || write.add) writes.push(write)
  }
  return { fills, writes }
}

/** The text the buyer printed in a body cell ('' when empty). */
function printedAt(t: ItemTable, row: number, col: number): string {
  const cell = t.body.find((b) => b.row === row)?.cells.find((c) => c.col === col)
  return cell?.text.trim() ?? ''
}

/** Columns the quote may leave empty on purpose. */
const EMPTY_OK: Partial<Record<ItemField, Text>> = {
  note: { zh: '报价明细中无备注，此列留空', en: 'no line has a note: the column stays empty' },
  lot: { zh: '本项目不分包，包号列留空', en: 'the tender has no lots: the lot column stays empty' },
}

/**
 * The lines a table gets and where each goes: a table with a 包号 column in a multi-lot bid is filled row by row
 * from each row's lot (lot-rows.ts); any other table takes its own lot's lines (lots.ts), in order.
 */
function scopeOf(t: ItemTable, src: ItemSource): { scope: LotScope; place: Placement } {
  const lots = src.lots ?? []
  const lines = src.lines.map((l) => ({ ...l, lotNo: lots.find((x) => x.id === l.lotId)?.no ?? '' }))
  if (lots.length >= 2 && t.columns.some((c) => c.field === 'lot')) {
    const place = placeByLot(t, lines, lots)
    return { scope: { lines, lot: null, problem: place.problem, manual: null }, place }
  }
  const scope = lotScope(t.context, { ...src, lines })
  return { scope, place: placeLines(t, scope.lines) }
}

/** The buyer's rows of a lot this bid is not for: left empty on purpose, said once per lot. */
function skippedFills(doc: FormDoc, t: ItemTable, place: Placement): BlankFill[] {
  return place.skipped.map(({ lot, row }) => {
    const cell = row.cells[0]
    const name = lotLabel(lot)
    return {
      id: `t${t.table}lot${lot.id}`,
      kind: 'column' as const,
      where: whereOf(doc.paragraphs[cell.paragraph], cell.paragraph),
      label: name.zh,
      key: null,
      confidence: 0.9,
      reason: null,
      status: 'manual' as const,
      value: null,
      why: {
        zh: `本投标不投${name.zh}，表中该包的行留空`,
        en: `this bid is not for ${name.en}: its rows stay empty`,
      },
      paragraph: cell.paragraph,
      start: 0,
      end: 0,
    }
  })
}

/** The reason of a filled column, with the lot it was matched to. */
function withLot(r: Text, lot: LotRef | null): Text {
  if (!lot) return r
  const l = lotLabel(lot)
  return { zh: `${r.zh}；${l.zh}的分项`, en: `${r.en}; lines of ${l.en}` }
}

function totalFills(
  doc: FormDoc,
  t: ItemTable,
  total: ItemTable['totals'][number],
  cols: { c: ItemColumn; field: ItemField | null }[],
  written: ItemLine[],
  overrides: Record<string, string | null>,
  fills: BlankFill[],
) {
  const yuan = Math.round(written.reduce((s, l) => s + l.lineTotal, 0) * 100) / 100
  total.cells.forEach((cell: FormCell, i) => {
    if (cell.text.trim() !== '') return
    const id = `t${t.table}r${total.row}c${cell.col}`
    const label =
      total.cells
        .slice(0, i)
        .reverse()
        .find((c) => c.text.trim() !== '')
        ?.text.trim() ?? ''
    const covered = cols.filter((k) => k.c.col >= cell.col && k.c.col < cell.col + cell.span)
    const money = covered.find((k) => k.field === 'lineTotal')
    const words = /大写/.test(label)
    if (!words && !money) return
    const key = words ? '报价合计大写' : '报价合计'
    const value = words ? amountToWords(yuan) : moneyIn(yuan, money!.c.unit)
    const base = {
      id,
      kind: 'cell' as const,
      where: whereOf(doc.paragraphs[cell.paragraph], cell.paragraph),
      label: label || '合计',
      paragraph: cell.paragraph,
      start: 0,
      end: 0,
    }
    if (Object.hasOwn(overrides, id) && overrides[id] === null) {
      fills.push(leftBlank(base))
      return
    }
    // A cell fill like any other: written by the cell writer.
    fills.push({
      ...base,
      key,
      confidence: 0.9,
      reason: { zh: '明细各行合价之和', en: 'the sum of the line totals written' },
      status: 'filled',
      value,
      why: null,
      ...(!words && money!.c.unit === '万元' ? { unit: '万元' as const } : {}),
    })
  })
}
