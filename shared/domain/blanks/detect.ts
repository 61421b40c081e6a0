import { isLabelWord, normalizeLabel } from './labels'
import { UNIT_AFTER } from './values'
import { detectItemTables, itemTableRows, type ItemTable } from './items'
import {
  paragraphText,
  whereOf,
  type Blank,
  type BlankKind,
  type FormDoc,
  type FormParagraph,
  type FormTable,
} from './model'

/**
 * Finding the blanks of a buyer's form the way buyers write them: underscore lines ("投标人名称：________（盖章）"),
 * underlined runs of spaces or tabs, "____年__月__日" / "    年  月  日", 【  】 and [  ], hints ("（此处填写投标人
 * 名称）", "【投标人名称】"), □ check boxes, and empty table cells beside a label or under a header row.
 */

interface Token {
  kind: BlankKind
  start: number
  end: number
  /** For hints and labelled brackets: the words inside. */
  inside?: string
}

const SPACE = /[ \t\u3000\u00a0\u2002\u2003]/
const DATE_RE = /([_＿ \t\u3000]*)年([_＿ \t\u3000]+)月([_＿ \t\u3000]+)日/g
const HINT_RE =
  /[（(【[]\s*(?:请)?(?:在)?(?:此处)?(?:请)?(?:填写|填入|填报)([^（）()【】[\]]{1,30})[）)】\]]/g
const BRACKET_RE = /【([^【】]{0,30})】|\[([ _＿\u3000]*)\]/g
const BOX_RE = /[□☐]/
/** A box printed ticked (☑, ☒, ■; a ticked form field or Wingdings box reads as ☑): part of its group, may be unticked. */
const ANY_BOX_RE = /[□☐☑☒■]/
/** A tick written by hand as a mark beside the words: the group is the buyer's example or already answered. */
const MARK_RE = /[√✓✔]/

/** A form's title: a heading, or a short line naming a form (…函, …表, …书, 声明, 承诺, 证明). */
export function isTitleLine(text: string, heading: boolean): boolean {
  const s = text.trim()
  if (s === '' || s.length > 40 || /[_＿]{2}/.test(s)) return false
  if (heading) return true
  // "附：法定代表人身份证明" points at another form; taking it for a title made the agent's blanks the legal rep's.
  if (/^[（(]?\s*(?:附|注|备注|详见|见)\s*[:：]/.test(s)) return false
  const core = s
    .replace(/^(附件|格式|附表|表)\s*[\d一二三四五六七八九十]+[-—.．、:：]?\s*/, '')
    .replace(/^[\d一二三四五六七八九十]+[、.．]\s*/, '')
  return core.length <= 24 && /(函|表|书|声明|承诺|证明|一览|格式|清单|说明)$/.test(core)
}

function overlaps(tokens: Token[], s: number, e: number): boolean {
  return tokens.some((t) => s < t.end && t.start < e)
}

function inlineTokens(text: string, underline: boolean[]): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(DATE_RE)) {
    // Only "____年__月__日" or a date line of spaces: a real date has digits, never matched here.
    tokens.push({ kind: 'date', start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(HINT_RE)) {
    if (!overlaps(tokens, m.index, m.index + m[0].length))
      tokens.push({ kind: 'hint', start: m.index, end: m.index + m[0].length, inside: m[1].trim() })
  }
  for (const m of text.matchAll(BRACKET_RE)) {
    const s = m.index
    const e = s + m[0].length
    if (overlaps(tokens, s, e)) continue
    const inside = (m[1] ?? m[2] ?? '').trim()
    if (/^[_＿\s\u3000]*$/.test(inside)) tokens.push({ kind: 'bracket', start: s, end: e })
    else if (isLabelWord(inside)) tokens.push({ kind: 'hint', start: s, end: e, inside })
  }
  // Lines: underscores (with spaces between them), or underlined spaces/tabs.
  const isLine = (i: number) => /[_＿]/.test(text[i]) || (underline[i] && SPACE.test(text[i]))
  for (let i = 0; i < text.length;) {
    if (!isLine(i) || overlaps(tokens, i, i + 1)) {
      i++
      continue
    }
    let j = i
    while (j < text.length && !overlaps(tokens, j, j + 1) && (isLine(j) || SPACE.test(text[j]))) j++
    // Plain spaces at the edges are layout, not part of the line.
    let e = j
    while (e > i && !isLine(e - 1)) e--
    const run = text.slice(i, e)
    const bars = (run.match(/[_＿]/g) ?? []).length
    const underlined = [...run].filter((c, k) => underline[i + k] && SPACE.test(c)).length
    if (bars >= 2 || underlined >= 2 || (underlined >= 1 && run.includes('\t')))
      tokens.push({ kind: bars > 0 ? 'line' : 'underlined', start: i, end: e })
    i = Math.max(e, i + 1)
  }
  // Check boxes: one group per clause with an open box (a lone ■ is a bullet), ticked boxes included.
  let from = 0
  for (const clause of text.split(/(?<=[。；;])/)) {
    const box = clause.search(ANY_BOX_RE)
    const open = BOX_RE.test(clause)
    if (open && !MARK_RE.test(clause) && !overlaps(tokens, from + box, from + clause.length))
      tokens.push({ kind: 'checkbox', start: from + box, end: from + clause.trimEnd().length })
    from += clause.length
  }
  return tokens.sort((a, b) => a.start - b.start)
}

const CLAUSE_SPLIT = /[，,。；;！!？?]/
function clauseAround(text: string, s: number, e: number): { clause: string; at: number } {
  let a = s
  while (a > 0 && !CLAUSE_SPLIT.test(text[a - 1])) a--
  let b = e
  while (b < text.length && !CLAUSE_SPLIT.test(text[b])) b++
  return { clause: text.slice(a, b), at: s - a }
}

/** The text of the cell left of a cell: the label of a check-box cell. */
function leftCell(doc: FormDoc, pos: NonNullable<FormDoc['paragraphs'][number]['cell']>): string {
  const row = doc.tables.find((t) => t.index === pos.table)?.rows[pos.row] ?? []
  const left = row.filter((c) => c.col < pos.col && !c.merged).at(-1)
  return left?.text.trim() ?? ''
}

/** The blanks inside paragraphs (lines, dates, brackets, hints, check boxes), in document order. */
function inlineBlanks(doc: FormDoc, titles: string[]): Blank[] {
  const out: Blank[] = []
  doc.paragraphs.forEach((p, pi) => {
    const text = paragraphText(p)
    const underline = p.runs.flatMap((r) => [...r.text].map(() => r.underline))
    const fields = p.fields ?? []
    // A FORMDROPDOWN is a blank of its own: one of its entries is chosen.
    const tokens: Token[] = [
      ...inlineTokens(text, underline).filter(
        (t) => !fields.some((f) => f.kind === 'dropdown' && f.at >= t.start && f.at < t.end),
      ),
      ...fields
        .filter((f) => f.kind === 'dropdown')
        .map((f) => ({ kind: 'dropdown' as const, start: f.at, end: f.at + 1 })),
    ].sort((a, b) => a.start - b.start)
    let prevEnd = 0
    let prevLabel = ''
    tokens.forEach((t, ti) => {
      const nextStart = tokens[ti + 1]?.start ?? text.length
      let after = text.slice(t.end, nextStart)
      let before = text.slice(prevEnd, t.start)
      let label = ''
      let labelFrom: Blank['labelFrom'] = 'none'
      if (t.inside !== undefined) {
        label = t.inside
        labelFrom = 'inside'
      } else {
        const paren = /^[ \u3000]*[（(]([^（）()]{1,24})[）)]/.exec(after)
        const afterNorm = paren ? normalizeLabel(paren[1]).text : ''
        // "____（签字）身份证号码：____": the bracket after the previous blank is that blank's, not this label's.
        const own = ti > 0 ? before.replace(/^[ \u3000]*[（(][^（）()]{0,24}[)）]/, '') : before
        const lastClause = own.split(CLAUSE_SPLIT).pop() ?? ''
        // An unbalanced "（" opens a figure after a words blank: "…元（小写：¥____）".
        const beforeLabel = lastClause.replace(/^[^（(]*?[)）]/, '').replace(/^.*[（(](?![^（(]*[)）])/, '')
        if (paren && afterNorm !== '' && isLabelWord(paren[1])) {
          label = paren[1]
          labelFrom = 'after'
        } else {
          label = beforeLabel + (paren && afterNorm === '' ? paren[0] : '')
          labelFrom = 'before'
          // "投标报价 | 大写：____ 小写：¥____": the row's label says whose 大写 and 小写 these are.
          const said = normalizeLabel(label)
          if (p.cell && said.text === '' && (said.flags.words || said.flags.figures) && leftCell(doc, p.cell))
            label = `${leftCell(doc, p.cell)}（${said.flags.words ? '大写' : '小写'}）`
          if (normalizeLabel(label).text === '' && prevLabel) label = prevLabel + label
          if (normalizeLabel(label).text === '' && paren && afterNorm !== '') {
            label = paren[1]
            labelFrom = 'after'
          }
        }
      }
      if (t.kind === 'date' && /^[\s\u3000]*$/.test(label)) label = '日期'
      if (t.kind === 'checkbox' && label.trim() === '' && p.cell) label = leftCell(doc, p.cell)
      const { clause, at } = clauseAround(text, t.start, t.end)
      const norm = normalizeLabel(label).text
      if (norm !== '') prevLabel = norm
      // The unit printed right after a blank belongs to it: the next label starts after it.
      const unit = UNIT_AFTER.exec(after)
      prevEnd = t.end + (unit ? unit[0].length : 0)
      if (t.kind === 'date') after = ''
      before = text.slice(Math.max(0, t.start - 6), t.start)
      out.push({
        id: `p${pi}:${t.start}`,
        kind: t.kind,
        paragraph: pi,
        start: t.start,
        end: t.end,
        label: label.trim(),
        labelFrom: label.trim() === '' ? 'none' : labelFrom,
        after,
        before,
        clause,
        at,
        line: text,
        ...(pi > 0 && !p.cell && !doc.paragraphs[pi - 1].cell
          ? { prevLine: paragraphText(doc.paragraphs[pi - 1]) }
          : {}),
        title: titles[pi],
        where: whereOf(p, pi),
        ...fieldOf(fields, t),
      })
    })
  })
  return out
}

/** What a legacy form field under a blank adds to it: a FORMTEXT's length limit, a FORMDROPDOWN's entries. */
function fieldOf(fields: NonNullable<FormParagraph['fields']>, t: Token) {
  const f = fields.find((x) => x.at >= t.start && x.at < Math.max(t.end, t.start + 1))
  if (f?.kind === 'dropdown' && t.kind === 'dropdown') return { entries: f.entries }
  if (f?.kind === 'text' && f.maxLength !== null) return { maxLength: f.maxLength }
  return {}
}

const labelish = (s: string) => {
  const t = s.trim()
  return t !== '' && t.length <= 24 && (/[：:]$/.test(t) || isLabelWord(t))
}

/** The row under which the empty cells of row r are listed: the nearest full row above that reads as headers. */
function headerRow(table: FormTable, r: number): number | null {
  for (let h = r - 1; h >= 0; h--) {
    const cells = table.rows[h].filter((c) => !c.merged)
    if (cells.length < 2 || cells.some((c) => c.text.trim() === '')) continue
    const heads = cells.filter((c) => c.text.trim().length <= 16 && !/^\d+(\.\d+)?$/.test(c.text.trim()))
    if (heads.length * 2 >= cells.length) return h
  }
  return null
}

/**
 * The label of an empty cell in a row of empty cells right under a row of labels whose cell covers exactly the same
 * columns: forms that stack each label over its blank, one label across the whole table included (which the header
 * row rule, needing two cells, passed over).
 */
function stackedLabel(table: FormTable, r: number, cell: FormTable['rows'][number][number]): string | null {
  if (r === 0 || table.rows[r].some((c) => !c.merged && c.text.trim() !== '')) return null
  const above = table.rows[r - 1].find((c) => c.col === cell.col && c.span === cell.span && !c.merged)
  const t = above?.text.trim() ?? ''
  return t !== '' && t.length <= 24 && !/\d/.test(t) ? t : null
}

/**
 * Empty cells: beside a label (投标人名称 | ____) or under a header row (only the first row under it). The rows of an
 * item table (报价明细) are the item plan's.
 */
function cellBlanks(doc: FormDoc, titles: string[], items: readonly ItemTable[]): Blank[] {
  const out: Blank[] = []
  const owned = itemTableRows(items)
  for (const table of doc.tables) {
    const firstRow = new Map<number, number>()
    table.rows.forEach((row, r) => {
      if (owned.get(table.index)?.has(r)) return
      const line = row.map((c) => c.text.trim()).join(' | ')
      row.forEach((cell, ci) => {
        if (cell.merged || cell.framesTable || cell.text.trim() !== '') return
        const left = row
          .slice(0, ci)
          .reverse()
          .find((c) => !c.merged)
        let label = ''
        let labelFrom: Blank['labelFrom'] = 'none'
        const h = headerRow(table, r)
        const shortText = !!left && left.text.trim().length <= 16 && !/^\d+(\.\d+)?$/.test(left.text.trim())
        if (left && (labelish(left.text) || (h === null && shortText && left.text.trim() !== ''))) {
          label = left.text.trim()
          labelFrom = 'row'
        } else {
          // A value row under a label row that is no header of the rows below (开标一览表 written label row / empty
          // row, any spans): its label is the cell right above.
          const stacked = h !== r - 1 ? stackedLabel(table, r, cell) : null
          if (stacked) {
            label = stacked
            labelFrom = 'header'
          } else if (h !== null) {
            // Spare rows of a list table (报价明细, 人员表) are left as they are: only the first row is a blank.
            const first = firstRow.get(h)
            if (first !== undefined && first !== r) return
            firstRow.set(h, r)
            const head = table.rows[h].find((c) => c.col <= cell.col && cell.col < c.col + c.span)
            if (head) {
              label = head.text.trim()
              labelFrom = 'header'
            }
          }
        }
        const p = doc.paragraphs[cell.paragraph]
        out.push({
          id: `t${table.index}r${r}c${cell.col}`,
          kind: 'cell',
          paragraph: cell.paragraph,
          start: 0,
          end: 0,
          label,
          labelFrom,
          after: '',
          before: '',
          clause: label,
          at: label.length,
          line,
          title: titles[cell.paragraph],
          where: whereOf(p, cell.paragraph),
        })
      })
    })
  }
  return out
}

/**
 * The title of the form each paragraph is in; a title spaced out character by character ("开 标 一 览 表") without its
 * spaces, so what the title decides (which price, a summary or a list of items) reads it like any other.
 */
export function formTitles(doc: FormDoc): string[] {
  const titles: string[] = []
  let title = ''
  doc.paragraphs.forEach((p, i) => {
    const t = paragraphText(p)
    if (!p.cell && isTitleLine(t, !!p.heading))
      title = t.trim().replace(/(?<=[\u4e00-\u9fa5])[ \u3000]+(?=[\u4e00-\u9fa5])/g, '')
    titles[i] = title
  })
  return titles
}

/** The item tables (报价明细) of a form, with the money unit a caption above states ("单位：万元"). */
export function detectItems(doc: FormDoc, titles = formTitles(doc)): ItemTable[] {
  const captions: Record<number, '元' | '万元'> = {}
  const before: Record<number, string[]> = {}
  for (const t of doc.tables) {
    const first = t.rows[0]?.find((c) => c.paragraph >= 0)?.paragraph ?? -1
    // Up to three lines of text before the table, back to the previous table or the form's title.
    before[t.index] = []
    for (let i = first - 1; i >= 0 && before[t.index].length < 3; i--) {
      const p = doc.paragraphs[i]
      if (p.cell || titles[i] !== titles[first]) break
      const text = paragraphText(p).trim()
      if (text) before[t.index].push(text)
    }
    const near = [first - 1, first - 2].filter((i) => i >= 0 && !doc.paragraphs[i].cell)
    const firstRowText = t.rows[0]?.length === 1 ? t.rows[0][0].text : ''
    for (const text of [...near.map((i) => paragraphText(doc.paragraphs[i])), firstRowText]) {
      const m = /单位\s*[:：]\s*(?:人民币)?\s*(万元|元)/.exec(text)
      if (m) captions[t.index] = m[1] as '元' | '万元'
    }
  }
  return detectItemTables(doc, titles, captions, before)
}

/** Every blank of the form, in document order (cells and inline blanks interleaved by paragraph). */
export function detectBlanks(doc: FormDoc, items?: readonly ItemTable[]): Blank[] {
  const titles = formTitles(doc)
  const tables = items ?? detectItems(doc, titles)
  const cells = cellBlanks(doc, titles, tables)
  // A cell whose only content is a blank line (a FORMTEXT field's en spaces, underlined spaces) is one blank: the
  // inline one, written in place, labelled as the cell would be (from its row or header).
  const inline = inlineBlanks(doc, titles).map((b) => {
    const cell = cells.find((c) => c.paragraph === b.paragraph)
    return cell && b.labelFrom === 'none'
      ? { ...b, label: cell.label, labelFrom: cell.labelFrom, clause: cell.label }
      : b
  })
  const taken = new Set(inline.map((b) => b.paragraph))
  return [...inline, ...cells.filter((c) => !taken.has(c.paragraph))].sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start,
  )
}
