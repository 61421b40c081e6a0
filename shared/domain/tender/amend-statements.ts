import { isTocLine, type Located } from './chapters'
import { excerptOf, halfWidth, rowLine, rowTexts, squash } from './document'
import { sourceOf, type Source } from './facts'

/**
 * What an amendment (更正公告, 变更公告, 澄清) says it changes, as written: "投标截止时间原为A，现变更为B",
 * "X由A调整为B", "将X修改为B", "原X：A / 现X：B", or a table with 原内容 and 更正后内容 columns.
 */
export interface ChangeStatement {
  label: string
  before: string | null
  after: string
  source: Source
}

const VERB = '(?:更正|变更|修改|修订|调整|延期|延长|推迟|提前|改)'
const BEFORE_WORD = '(?:原(?:为|是|文|内容|定)?|更正前|变更前|修改前)'
const AFTER_WORD = '(?:现|今|更正后|变更后|修改后|新)'
const END = '[。；;]?\\s*$'

const WAS_NOW = new RegExp(
  `^(.{2,60}?)[:：]?\\s*${BEFORE_WORD}[:：]?\\s*(.+?)[，,；;。\\s]*(?:${AFTER_WORD})?(?:${VERB})(?:后)?(?:为|至|到|成)[:：]?\\s*(.+?)${END}`,
)
const FROM_TO = new RegExp(
  `^(.{2,60}?)由\\s*[“"「]?(.+?)[”"」]?\\s*${VERB}(?:为|至|到|成)\\s*[“"「]?(.+?)[”"」]?${END}`,
)
const SET_TO = new RegExp(
  `^(?:将|把)?(.{2,60}?)(?:${VERB})(?:为|至|到|成)[:：]?\\s*[“"「]?(.+?)[”"」]?${END}`,
)
const OLD_LINE = new RegExp(`^${BEFORE_WORD}(.{0,40}?)[:：]\\s*(.+)$`)
const NEW_LINE = new RegExp(`^${AFTER_WORD}(.{0,40}?)[:：]\\s*(.+)$`)

function cleanLabel(s: string): string {
  return s
    .replace(
      /^(?:\d+(?:\.\d+)*[.、]?|[一二三四五六七八九十]+[、.]|[(（][\d一二三四五六七八九十]+[)）])\s*/,
      '',
    )
    .replace(/^(?:将|把)/, '')
    .replace(/的$/, '')
    .trim()
}

function unquote(s: string): string {
  return s.replace(/^[“"「]|[”"」]$/g, '').trim()
}

function statementsOfLine(line: string): Omit<ChangeStatement, 'source'> | null {
  // Not made half-width: "before" is searched for in the requirement text as written.
  const s = line.trim()
  let m = WAS_NOW.exec(s)
  if (m) return { label: cleanLabel(m[1]), before: unquote(m[2]), after: unquote(m[3]) }
  m = FROM_TO.exec(s)
  if (m) return { label: cleanLabel(m[1]), before: unquote(m[2]), after: unquote(m[3]) }
  m = SET_TO.exec(s)
  if (m && !/^(?:如|若|凡|如有)/.test(m[1]))
    return { label: cleanLabel(m[1]), before: null, after: unquote(m[2]) }
  return null
}

/** Columns of a change table: the item, the old and the new text. */
function changeColumns(cells: string[]): { item: number; before: number; after: number } | null {
  const n = cells.map((c) => squash(c))
  const before = n.findIndex((c) => /^(?:原|更正前|变更前|修改前|原文|原内容|原公告|原招标文件)/.test(c))
  const after = n.findIndex((c) => /^(?:更正后|变更后|修改后|现|澄清后|更改后|调整后)/.test(c))
  if (before < 0 || after < 0) return null
  const item = n.findIndex(
    (c, i) =>
      i !== before && i !== after && /事项|项目|内容|条款|章节|位置|名称/.test(c) && !/^序号$/.test(c),
  )
  return { item, before, after }
}

export function changeStatementsOf(all: Located[]): ChangeStatement[] {
  const out: ChangeStatement[] = []
  for (let i = 0; i < all.length; i++) {
    const l = all[i]
    const b = l.block
    if (b.kind === 'table') {
      const rows = b.rows.map(rowTexts)
      const h = rows.findIndex((r, k) => k < 3 && changeColumns(r))
      if (h < 0) continue
      const cols = changeColumns(rows[h])!
      for (let r = h + 1; r < rows.length; r++) {
        const cells = b.rows[r].map((c) => c.text.trim())
        const after = cells[cols.after] ?? ''
        if (after === '') continue
        out.push({
          label: cleanLabel(cols.item >= 0 ? (cells[cols.item] ?? '') : ''),
          before: cells[cols.before] || null,
          after,
          source: sourceOf(l, excerptOf(rowLine(b.rows[r]))),
        })
      }
      continue
    }
    if (isTocLine(b)) continue
    const lines = b.text
      .split(/\n|(?<=。)/)
      .map((x) => x.trim())
      .filter(Boolean)
    for (const line of lines) {
      const st = statementsOfLine(line)
      if (st && st.after !== '') out.push({ ...st, source: sourceOf(l, excerptOf(line)) })
    }
    // "原投标截止时间：A" in one paragraph, "现投标截止时间：B" in one of the next.
    const old = OLD_LINE.exec(halfWidth(b.text.trim()))
    if (old && !statementsOfLine(b.text)) {
      for (let j = i + 1; j < Math.min(all.length, i + 4); j++) {
        const n = all[j].block
        if (n.kind !== 'p') continue
        const now = NEW_LINE.exec(halfWidth(n.text.trim()))
        if (!now) continue
        const label = cleanLabel(old[1]) || cleanLabel(now[1])
        out.push({
          label,
          before: old[2].trim(),
          after: now[2].trim(),
          source: sourceOf(all[j], excerptOf(n.text)),
        })
        break
      }
    }
  }
  return out
}
