import { isTocLine, type Located } from './chapters'
import {
  excerptOf,
  halfWidth,
  rowLine,
  rowTexts,
  squash,
  type TenderBlock,
  type TenderCell,
} from './document'
import { valuesFromText, type FactValue } from './fact-values'
import { cleanLabel, factsOfLabel, TEXT_LABELS, type FactKey } from './labels'

/**
 * Candidates for each project fact, wherever the document states one: the 前附表 first, then other label/value
 * tables, then "label：value" lines, then sentences ("本项目预算为…"). The best-ranked candidate wins; the others
 * are kept so that disagreements can be reported.
 */
export interface Source {
  file: string
  chapter: string
  page?: number
  paragraph: number
  excerpt: string
}

export interface FactCandidate {
  key: FactKey
  value: FactValue
  /** 0 前附表, 1 other table, 2 "label：value", 3 sentence, 4 guessed from the title. */
  rank: number
  /** Where the label was: what the warnings name. */
  where: string
  source: Source
}

export const RANK_NAMES = ['前附表', '表格', '正文', '正文', '封面标题'] as const

/** Chapters whose labels are blanks to fill or contract wording, not facts of this project. */
const SKIP_CHAPTERS = new Set(['forms', 'contract'])

/** A value that is a blank to fill in ("________", "（盖章）", "/") states nothing. */
function isBlank(v: string): boolean {
  const s = halfWidth(v).replace(/[\s_＿—\-/／\\]+/g, '')
  return s === '' || /^[(（][^)）]*[)）]$/.test(s) || (/^(无|详见|见)/.test(s) && s.length < 12)
}

/** A cell that is itself a label (a header row "项目名称 | 项目编号"), not a value that mentions one. */
function looksLikeLabel(v: string): boolean {
  return v.length <= 16 && !/\d/.test(v) && factsOfLabel(v).length > 0
}

/** A column header of a list table ("项目名称 | 项目特征及要求 | 单位"): the row is a header, not label and value. */
function isColumnHeader(v: string): boolean {
  const s = squash(v)
  return (
    s.length <= 10 &&
    /(?:名称|要求|内容|特征|单位|数量|工程量|说明|备注|规格|型号|单价|金额|序号|编号|参数|描述|配置)$/.test(s)
  )
}

export function sourceOf(l: Located, excerpt: string): Source {
  return {
    file: l.file,
    chapter: l.chapter,
    ...(l.block.page != null ? { page: l.block.page } : {}),
    paragraph: l.index,
    excerpt,
  }
}

function isAppendixTable(all: Located[], i: number): boolean {
  const t = all[i].block as Extract<TenderBlock, { kind: 'table' }>
  const head = squash(t.rows.slice(0, 2).map(rowLine).join(' '))
  if (/前附表|条款名称|编列内容|说明与要求/.test(head)) return true
  for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
    const b = all[j].block
    if (b.kind !== 'p' || b.text.trim() === '') continue
    seen++
    if (/前附表/.test(b.text)) return true
  }
  return false
}

function push(
  out: FactCandidate[],
  values: Partial<Record<FactKey, FactValue>>,
  rank: number,
  where: string,
  source: Source,
) {
  for (const [key, value] of Object.entries(values) as [FactKey, FactValue][]) {
    out.push({ key, value, rank, where, source })
  }
}

function fromTable(l: Located, rows: TenderCell[][], rank: number, out: FactCandidate[]) {
  for (const row of rows) {
    const cells = rowTexts(row)
    let used = false
    for (let i = 0; i + 1 < cells.length; i++) {
      const keys = factsOfLabel(cells[i])
      if (keys.length === 0) continue
      const value = cells.slice(i + 1).find((c) => c !== '') ?? ''
      if (looksLikeLabel(value) || isBlank(value) || isColumnHeader(value)) continue
      push(out, valuesFromText(keys, value, cells[i]), rank, cells[i], sourceOf(l, excerptOf(rowLine(row))))
      used = true
      i++
    }
    // A one-cell box ("项目名称：…\n项目编号：…") reads like text.
    if (!used) for (const c of cells) fromLines(l, c, rank + 1, out)
  }
}

/** A label before a colon: a run without spaces, or a spaced cover label ("采 购 人："). */
const INLINE_LABEL = /((?:[\u4e00-\u9fff][ \u3000]+){1,8}[\u4e00-\u9fff]|[^\s：:；;。，,、]{2,30})\s*[：:]/g

/** Labels that say only "when" or "where": the heading above them says of what ("五、开启" → 时间：… is the opening). */
const GENERIC_LABEL = /^(?:时间|日期|地点|地址|截止时间|截止日期|时间及地点|时间和地点)$/

/**
 * The facts a label names: as written; a spaced label read from its last words when the run caught text before
 * it ("2026年11月 采 购 人"); a generic one ("地点") completed by the heading it stands under.
 */
function keysOfLabel(label: string, heading: string): FactKey[] {
  const own = factsOfLabel(label)
  if (own.length > 0) return own
  const words = label.split(/[ \u3000]+/)
  for (let i = 1; i < words.length; i++) {
    const tail = factsOfLabel(words.slice(i).join(''))
    if (tail.length > 0) return tail
  }
  const bare = label.replace(/\s+/g, '')
  return heading && GENERIC_LABEL.test(bare) ? factsOfLabel(heading + bare) : []
}

/** "label：value" anywhere in a line; a value runs up to the next known label. */
function fromLines(l: Located, text: string, rank: number, out: FactCandidate[], heading = ''): boolean {
  let found = false
  for (const line of text.split(/\n/)) {
    const hits: { keys: FactKey[]; label: string; start: number; end: number }[] = []
    INLINE_LABEL.lastIndex = 0
    for (let m = INLINE_LABEL.exec(line); m; m = INLINE_LABEL.exec(line)) {
      const keys = keysOfLabel(m[1], heading)
      if (keys.length > 0) hits.push({ keys, label: m[1], start: m.index, end: m.index + m[0].length })
    }
    hits.forEach((h, k) => {
      const value = line.slice(h.end, hits[k + 1]?.start ?? line.length).trim()
      if (isBlank(value)) return
      push(out, valuesFromText(h.keys, value, h.label), rank, h.label, sourceOf(l, excerptOf(line, h.label)))
      found = true
    })
  }
  return found
}

/** A numbered heading line of a notice ("四、响应文件提交", "（五）开启"): the subject of the lines below it. */
function headingOf(text: string): string | null {
  const t = text.trim()
  if (t.length > 24 || /[：:。；;]/.test(t)) return null
  const m =
    /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.](?!\d))\s*(.+)$/.exec(t)
  return m ? cleanLabel(m[1]) : null
}

/** "本项目采购预算为人民币350万元。" */
function fromSentences(l: Located, text: string, out: FactCandidate[]) {
  for (const [re, keys] of TEXT_LABELS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const after = text.slice(m.index + m[0].length)
      // An aside may stand between the label and its value: "截止时间（投标截止时间，下同）为…".
      const lead = /^\s*(?:[（(][^（）()]{0,30}[）)])?\s*(?:均|统一)?\s*(?:为|是)\s*[:：]?\s*/.exec(after)
      if (!lead) continue
      const value = after.slice(lead[0].length).split(/[。；;\n]/)[0]
      if (isBlank(value)) continue
      const source = sourceOf(l, excerptOf(text, m[0]))
      push(out, valuesFromText(keys, value, m[0]), 3, m[0], source)
      // "…截止时间为2026年12月28日9时30分，地点为XX交易中心二楼": the place of the same sentence is where to deliver.
      const place = keys.includes('deadline') ? /[，,]\s*(?:递交)?地点(?:为|是|在)\s*(.+)$/.exec(value) : null
      if (place && !isBlank(place[1]))
        push(out, valuesFromText(['submitPlace'], place[1], '地点'), 3, m[0], source)
    }
  }
}

/** "…前将响应文件密封送达XX交易中心二楼谈判室，逾期…": where the files are delivered, said as an instruction. */
const DELIVER =
  /(?:投标|响应|谈判响应|磋商响应)文件[^，。；]{0,8}?(?:送达|送至|递交(?:至|到)|提交(?:至|到))\s*([^，。；]{4,40})/

function fromDelivery(l: Located, text: string, out: FactCandidate[]) {
  const m = DELIVER.exec(text)
  // Only a place with a room, floor or building, not "采购人指定地点".
  if (!m || !/[室厅楼层号]|中心|大厦/.test(m[1]) || /指定/.test(m[1])) return
  push(out, valuesFromText(['submitPlace'], m[1], '送达'), 3, m[0], sourceOf(l, excerptOf(text, m[0])))
}

/** A paragraph that is only a label ("六、提交投标文件截止时间、开标时间和地点") takes its value from the next lines. */
function labelOnly(text: string): FactKey[] {
  const t = text.trim()
  if (t.length > 40 || /[：:]\s*\S/.test(t)) return []
  return factsOfLabel(t.replace(/[：:]\s*$/, ''))
}

export function factCandidates(all: Located[]): FactCandidate[] {
  const out: FactCandidate[] = []
  let heading = ''
  all.forEach((l, i) => {
    if (SKIP_CHAPTERS.has(l.chapterKind)) return
    const b = l.block
    if (b.kind === 'table') {
      heading = ''
      fromTable(l, b.rows, isAppendixTable(all, i) ? 0 : 1, out)
      return
    }
    if (isTocLine(b) || b.text.trim() === '') return
    const h = headingOf(b.text)
    if (h !== null) heading = h
    const only = labelOnly(b.text)
    if (only.length > 0) {
      const next = all.slice(i + 1, i + 4).filter((n) => n.block.kind === 'p' && n.block.text.trim() !== '')
      const value = next
        .slice(0, 2)
        .map((n) => (n.block as { text: string }).text)
        .join('\n')
      if (
        next.length > 0 &&
        !isBlank(value) &&
        labelOnly(next[0].block.kind === 'p' ? next[0].block.text : '').length === 0
      )
        push(out, valuesFromText(only, value, b.text), 2, b.text.trim(), sourceOf(next[0], excerptOf(value)))
      return
    }
    if (!fromLines(l, b.text, 2, out, heading)) {
      fromSentences(l, b.text, out)
      fromDelivery(l, b.text, out)
    }
  })
  return out
}
