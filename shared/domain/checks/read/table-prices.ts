import { printedTable, type PrintedTable, type PrintedTableCell } from '@shared/domain/export/printed-table'
import { readWords } from '../money'
import { readFigures } from './figures'
import { halfWidth } from './normalise'

/**
 * The 小写 and 大写 of one amount in two columns of a table row ("投标总价（小写） | 投标总价（大写）", a 开标一览表
 * row per lot): the column headers say which cell is the words and which the figures, and which words go with
 * which figures (the same header around 大写/小写, else the row's only pair). 87号令 art. 59(二) corrects such a row
 * to its words like a sentence that states both.
 */

export interface TablePair {
  /** 1-based row in the table. */
  row: number
  /** What names the row: the lot it is for ("1"), else ''. */
  lot: string
  wordsFen: number
  figuresFen: number
  wordsHeader: string
  figuresHeader: string
}

const BRACKETS_RE = /[（(【[][^（()）【】[\]]*[)）】\]]/gu
/** The header without what says words or figures and the unit: the amount it names ("投标总价"). */
const stem = (header: string) =>
  halfWidth(header)
    .replace(BRACKETS_RE, '')
    .replace(/大写|小写|金额|人民币|万元|元|[\s/:：]/gu, '')

const says = (header: string, re: RegExp) => re.test(halfWidth(header))
const isWords = (h: string) => says(h, /大写/u)
/** A figures column: 小写, or money in the header (价/金额/¥/元) that is not the words. */
const isFigures = (h: string) => !isWords(h) && says(h, /小写|金额|价|¥|元/u)
const LOT_HEADER_RE = /^(?:所属)?(?:包号|标包|包段|包组|标段|分包|采购包|包件|合同包)(?:号|编号)?$/u

function figuresOf(cell: PrintedTableCell): number | null {
  return readFigures(cell.text, /万元/u.test(halfWidth(cell.header)) ? '万元' : null)?.fen ?? null
}

function wordsOf(cell: PrintedTableCell): number | null {
  if (!/[壹贰叁肆伍陆柒捌玖零]/u.test(cell.text)) return null
  const r = readWords(cell.text.replace(/\s+/gu, ''))
  return r.ok ? r.fen : null
}

/** Every row's words/figures pairs of a table (agreeing or not). */
export function tablePairs(table: PrintedTable): TablePair[] {
  const out: TablePair[] = []
  for (const { row, cells } of table.rows) {
    const words = cells.filter((c) => isWords(c.header)).map((c) => ({ c, fen: wordsOf(c) }))
    const figures = cells.filter((c) => isFigures(c.header)).map((c) => ({ c, fen: figuresOf(c) }))
    if (words.length === 0 || figures.length === 0) continue
    const lotCell = cells.find((c) => LOT_HEADER_RE.test(stem(c.header)) || /^包号/u.test(c.header.trim()))
    const lot = lotCell?.text.replace(/^第|包$/gu, '').trim() ?? ''
    for (const w of words) {
      if (w.fen === null) continue
      const same = figures.filter((f) => stem(f.c.header) === stem(w.c.header))
      // Headers that do not say which figures (大写 | 报价（元）): the row's one words and one figures column.
      const f = same.length === 1 ? same[0] : words.length === 1 && figures.length === 1 ? figures[0] : null
      if (!f || f.fen === null) continue
      out.push({
        row,
        lot,
        wordsFen: w.fen,
        figuresFen: f.fen,
        wordsHeader: w.c.header,
        figuresHeader: f.c.header,
      })
    }
  }
  return out
}

/**
 * The pairs of the tables a text holds as the section editor writes them (shared/domain/sections/text.ts: one row a
 * line, the cells split by tabs): a table written in a section is read by its headers like a buyer form's.
 */
export function textTablePairs(text: string): TablePair[] {
  if (!text.includes('\t')) return []
  const out: TablePair[] = []
  let block: string[][] = []
  let k = 0
  const flush = () => {
    if (block.length >= 2)
      out.push(
        ...tablePairs(
          printedTable(
            k++,
            block.map((cells) => cells.map((t, col) => ({ col, span: 1, text: t, merged: false }))),
          ),
        ),
      )
    block = []
  }
  for (const line of text.split('\n')) {
    const cells = line.split('\t')
    if (cells.length >= 2) block.push(cells)
    else flush()
  }
  flush()
  return out
}
