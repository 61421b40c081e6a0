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
import { factsOfLabel, TEXT_LABELS, type FactKey } from './labels'

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

const INLINE_LABEL = /([^\s：:；;。，,、]{2,30})\s*[：:]/g

/** "label：value" anywhere in a line; a value runs up to the next known label. */
function fromLines(l: Located, text: string, rank: number, out: FactCandidate[]): boolean {
  let found = false
  for (const line of text.split(/\n/)) {
    const hits: { keys: FactKey[]; label: string; start: number; end: number }[] = []
    INLINE_LABEL.lastIndex = 0
    for (let m = INLINE_LABEL.exec(line); m; m = INLINE_LABEL.exec(line)) {
      const keys = factsOfLabel(m[1])
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

/** "本项目采购预算为人民币350万元。" */
function fromSentences(l: Located, text: string, out: FactCandidate[]) {
  for (const [re, keys] of TEXT_LABELS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const after = text.slice(m.index + m[0].length)
      const lead = /^\s*(?:均|统一)?\s*(?:为|是)\s*[:：]?\s*/.exec(after)
      if (!lead) continue
      const value = after.slice(lead[0].length).split(/[。；;\n]/)[0]
      if (isBlank(value)) continue
      push(out, valuesFromText(keys, value, m[0]), 3, m[0], sourceOf(l, excerptOf(text, m[0])))
    }
  }
}

/** A paragraph that is only a label ("六、提交投标文件截止时间、开标时间和地点") takes its value from the next lines. */
function labelOnly(text: string): FactKey[] {
  const t = text.trim()
  if (t.length > 40 || /[：:]\s*\S/.test(t)) return []
  return factsOfLabel(t.replace(/[：:]\s*$/, ''))
}

export function factCandidates(all: Located[]): FactCandidate[] {
  const out: FactCandidate[] = []
  all.forEach((l, i) => {
    if (SKIP_CHAPTERS.has(l.chapterKind)) return
    const b = l.block
    if (b.kind === 'table') {
      fromTable(l, b.rows, isAppendixTable(all, i) ? 0 : 1, out)
      return
    }
    if (isTocLine(b) || b.text.trim() === '') return
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
    if (!fromLines(l, b.text, 2, out)) fromSentences(l, b.text, out)
  })
  return out
}
