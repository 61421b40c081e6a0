import type { Workbook } from 'exceljs'
import { amountToWords } from '@shared/domain/amount'
import { amountWordsFormula } from '@shared/domain/amount/words-formula'
import type { PrintModel, QuoteTotals } from '@shared/domain/export'
import type { PartKind } from '@shared/schemas'
import {
  BORDER,
  FONT,
  MONEY_FMT,
  fitColumns,
  fitRowHeights,
  printSetup,
  styleBody,
  styleHeader,
  titleRows,
} from './layout'

export const QUOTE_SHEET = '报价明细表'
const HEADER_ROW = 3

function subtitle(model: PrintModel, extra = ''): string {
  return `项目名称：${model.values.项目名称}　招标编号：${model.values.招标编号}${extra}`
}

/** Where the quote sheet puts its totals, known before it is written so 开标一览表 can come first and refer to it. */
export interface QuoteSheetRefs {
  totalCell: string
  taxCell: string
  totals: QuoteTotals
}

export function quoteRefs(model: PrintModel): QuoteSheetRefs {
  const totals = model.quote
  const totalRow = HEADER_ROW + 1 + totals.lines.length
  return { totalCell: `G${totalRow}`, taxCell: `I${totalRow}`, totals }
}

/**
 * 报价明细表 with live formulas that follow shared/domain/export/quote-math exactly, each with its cached result,
 * so a viewer that does not recalculate shows the app's figures and one that does gets the same ones.
 */
export function quoteSheet(wb: Workbook, model: PrintModel): QuoteSheetRefs {
  const q = model.quote
  const refs = quoteRefs(model)
  const totals = refs.totals
  const ws = wb.addWorksheet(QUOTE_SHEET)
  const headers = [
    '序号',
    '名称',
    '规格型号',
    '单位',
    '数量',
    `单价（${q.moneyUnit}）`,
    `合价（${q.moneyUnit}）`,
    '税率（%）',
    '税额',
    '备注',
  ]
  const n = headers.length
  titleRows(
    ws,
    '报价明细表',
    subtitle(model, `　金额单位：${q.moneyUnit}（${q.taxIncluded ? '含税' : '不含税'}）`),
    n,
  )
  ws.getRow(HEADER_ROW).values = headers
  styleHeader(ws, HEADER_ROW, n)
  const first = HEADER_ROW + 1
  const line = q.rounding === 'line'
  // Tax-inclusive prices hold their tax (G×H/(100+H)); tax-exclusive ones get it added (G×H/100).
  const taxExpr = (r: number) => (q.taxIncluded ? `G${r}*H${r}/(100+H${r})` : `G${r}*H${r}/100`)
  totals.lines.forEach((l, i) => {
    const r = first + i
    const row = ws.getRow(r)
    row.getCell(1).value = l.no
    row.getCell(2).value = l.item.name
    row.getCell(3).value = l.item.spec
    row.getCell(4).value = l.item.unit
    row.getCell(5).value = l.item.qty
    row.getCell(6).value = l.item.unitPrice
    row.getCell(7).value = { formula: line ? `ROUND(E${r}*F${r},2)` : `E${r}*F${r}`, result: l.lineTotal }
    row.getCell(8).value = l.item.taxRate
    row.getCell(9).value = { formula: line ? `ROUND(${taxExpr(r)},2)` : taxExpr(r), result: l.tax }
    row.getCell(10).value = l.item.note
    for (const c of [6, 7, 9]) row.getCell(c).numFmt = MONEY_FMT
    row.getCell(1).alignment = { horizontal: 'center' }
    row.getCell(4).alignment = { horizontal: 'center' }
  })
  const last = first + totals.lines.length - 1
  const totalRow = last + 1
  const sum = (col: string) => (totals.lines.length > 0 ? `ROUND(SUM(${col}${first}:${col}${last}),2)` : '0')
  const tr = ws.getRow(totalRow)
  ws.mergeCells(totalRow, 1, totalRow, 6)
  tr.getCell(1).value = '合计（小写）'
  tr.getCell(1).alignment = { horizontal: 'center' }
  tr.getCell(1).font = { name: FONT, bold: true }
  tr.getCell(7).value = { formula: sum('G'), result: totals.total }
  tr.getCell(9).value = { formula: sum('I'), result: totals.taxTotal }
  tr.getCell(7).numFmt = MONEY_FMT
  tr.getCell(9).numFmt = MONEY_FMT
  const wordsRow = totalRow + 1
  ws.mergeCells(wordsRow, 1, wordsRow, 6)
  ws.mergeCells(wordsRow, 7, wordsRow, n)
  ws.getCell(wordsRow, 1).value = '合计（大写）'
  ws.getCell(wordsRow, 1).alignment = { horizontal: 'center' }
  ws.getCell(wordsRow, 1).font = { name: FONT, bold: true }
  // A live formula on the total (words-formula.ts), cached with the app's words: a changed unit price changes it.
  ws.getCell(wordsRow, 7).value = {
    formula: amountWordsFormula(`G${totalRow}`, q.moneyUnit === '万元' ? 10_000 : 1),
    result: amountToWords(totals.totalYuan),
  }
  styleBody(ws, first, wordsRow, n, [2, 3, 10])
  for (let c = 1; c <= n; c++) ws.getCell(wordsRow, c).border = BORDER
  fitColumns(ws, HEADER_ROW, [6, 30, 26, 8, 10, 16, 18, 10, 14, 24], [6, 10, 10, 6, 8, 12, 14, 8, 12, 8])
  ws.getColumn(5).numFmt = 'General'
  fitRowHeights(ws, HEADER_ROW + 1)
  printSetup(ws, HEADER_ROW, true)
  return refs
}

/** The rows are the print model's: the same ★ (once), clause numbers, responses and notes as the Word form. */
export function deviationSheet(
  wb: Workbook,
  model: PrintModel,
  name: string,
  kinds: readonly PartKind[],
): number {
  const ws = wb.addWorksheet(name)
  const headers = ['序号', '招标要求', '投标响应', '偏离', '说明']
  titleRows(ws, name, subtitle(model), headers.length)
  ws.getRow(HEADER_ROW).values = headers
  styleHeader(ws, HEADER_ROW, headers.length)
  const reqs = model.requirements.filter((r) => kinds.includes(r.kind)).map((r) => r.values)
  reqs.forEach((r, i) => {
    ws.getRow(HEADER_ROW + 1 + i).values = [
      i + 1,
      `${r['row.star']}${r['row.reqNo'] ? `${r['row.reqNo']} ` : ''}${r['row.text']}`,
      r['row.response'],
      r['row.deviation'],
      r['row.note'],
    ]
    ws.getCell(HEADER_ROW + 1 + i, 1).alignment = { horizontal: 'center' }
    ws.getCell(HEADER_ROW + 1 + i, 4).alignment = { horizontal: 'center' }
  })
  if (reqs.length === 0) {
    ws.mergeCells(HEADER_ROW + 1, 1, HEADER_ROW + 1, headers.length)
    ws.getCell(HEADER_ROW + 1, 1).value = '无偏离'
    ws.getCell(HEADER_ROW + 1, 1).alignment = { horizontal: 'center' }
  }
  styleBody(ws, HEADER_ROW + 1, HEADER_ROW + Math.max(1, reqs.length), headers.length, [2, 3, 5])
  fitColumns(ws, HEADER_ROW, [6, 50, 50, 8, 30], [6, 20, 20, 8, 10])
  fitRowHeights(ws, HEADER_ROW + 1)
  printSetup(ws, HEADER_ROW)
  return reqs.length
}

/**
 * 开标一览表: one row. When the bid states no opening price the cell refers to the quote total (a live formula);
 * when it does, the stated price is written, and the words always come from the price shown.
 */
export function openingSheet(wb: Workbook, model: PrintModel, refs: QuoteSheetRefs): void {
  const q = model.quote
  const v = model.values
  const ws = wb.addWorksheet('开标一览表')
  const headers = [
    '项目名称',
    '招标编号',
    '包号',
    '投标人名称',
    `投标总报价（小写，${q.moneyUnit}）`,
    '投标总报价（大写）',
    v.期限名称,
    '质保期',
    '投标有效期',
    '备注',
  ]
  titleRows(ws, '开标一览表', subtitle(model), headers.length)
  ws.getRow(HEADER_ROW).values = headers
  styleHeader(ws, HEADER_ROW, headers.length)
  const price = model.openingPrice.value
  const r = ws.getRow(HEADER_ROW + 1)
  r.values = [
    v.项目名称,
    v.招标编号,
    v.包号,
    v.投标人名称,
    0,
    v.开标报价大写,
    v.交货期,
    v.质保期,
    v.投标有效期,
    v.开标备注,
  ]
  // One price: where the price shown is the quote total (always, once the checks pass) it IS the total, by formula,
  // and its words are a formula on it; a price or words the bid states differently are printed as stated.
  const scale = q.moneyUnit === '万元' ? 10_000 : 1
  const isTotal =
    model.openingPrice.source === 'computed' ||
    Math.round(price * 100) === Math.round(refs.totals.total * 100)
  r.getCell(5).value = isTotal ? { formula: `'${QUOTE_SHEET}'!${refs.totalCell}`, result: price } : price
  if (v.开标报价大写 === amountToWords(Math.round(price * scale * 100) / 100))
    r.getCell(6).value = { formula: amountWordsFormula(`E${HEADER_ROW + 1}`, scale), result: v.开标报价大写 }
  r.getCell(5).numFmt = MONEY_FMT
  styleBody(ws, HEADER_ROW + 1, HEADER_ROW + 1, headers.length, [1, 4, 6, 7, 10])
  fitColumns(ws, HEADER_ROW, [30, 18, 8, 26, 18, 30, 18, 10, 12, 20], [10, 10, 6, 10, 14, 14, 8, 8, 10, 6])
  fitRowHeights(ws, HEADER_ROW + 1)
  printSetup(ws, HEADER_ROW, true)
}
