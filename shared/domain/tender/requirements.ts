import type { PartKind } from '@shared/schemas'
import { splitLead } from '../bids/requirement-import/lines'
import { matchHeaderRow as requirementHeader } from '../bids/requirement-import/sheet'
import { matchHeaderRow as scoringHeader } from '../matrices/import/header'
import { isTocLine, type Located } from './chapters'
import { excerptOf, halfWidth, rowLine, squash, type TenderCell } from './document'
import { sourceOf, type Source } from './facts'

/**
 * Requirements of the tender: rows of the technical/commercial tables of the 采购需求 chapter, its numbered
 * clauses, the qualification list of the notice, and every ★/▲ clause wherever it stands. The mark is kept as
 * written (★ substantive, ▲ important; the tender defines them).
 */
export interface TenderRequirement {
  clause: string
  text: string
  star: '★' | '▲' | null
  category: PartKind
}

export interface FoundRequirement extends TenderRequirement {
  source: Source
}

/** ★ or ▲ in front of the text (before or after its numbering), or a star column saying so. */
export function markOf(text: string): '★' | '▲' | null {
  const t = halfWidth(text).trim()
  const lead = splitLead(t)
  if (!lead.star) return null
  const before = t.slice(0, Math.max(0, t.indexOf(lead.text)))
  const m = /[★▲]/.exec(before)
  return m ? (m[0] as '★' | '▲') : null
}

/** A short numbered line without a sentence in it: a heading inside a chapter ("二、商务要求"). */
export function isHeadingLike(text: string, heading: number | null): boolean {
  const t = text.trim()
  if (heading != null && t.length <= 60) return true
  if (t.length > 30 || /[。；;，,：:]/.test(t)) return false
  const s = squash(t)
  if (
    /^(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十\d]+[节条部分]|[（(][一二三四五六七八九十]+[)）])/.test(
      s,
    )
  )
    return true
  // "3. 投标人资格要求": a short numbered line that names a topic, not a requirement.
  return (
    /^\d+[.、]?\D{2,18}$/.test(s) &&
    /(?:要求|内容|范围|概况|条件|说明|须知|方式|期限|地点|时间|信息|资格|其他|其它|事项|标准|清单|参数|配置)$/.test(
      s,
    )
  )
}

/** The kind a heading or header names, or null. */
export function categoryOf(text: string): PartKind | null {
  const s = squash(text)
  if (/资格|资质要求|合格(投标|供应)/.test(s)) return '资格'
  if (/商务|售后|付款|交货|交付|质保|验收|培训|合同|报价要求/.test(s)) return '商务'
  if (/技术|参数|性能|功能|配置|规格|服务(要求|内容|标准|范围)|工程|施工|安装|需求/.test(s)) return '技术'
  return null
}

const REQUIRES =
  /应|须|必须|不低于|不少于|不大于|不超过|不高于|至少|≥|≤|>=|<=|支持|具备|具有|提供|满足|要求|负责|包括|采用|符合|配备|不得|承诺/

function clean(text: string): { no: string; text: string } {
  const lead = splitLead(text.replace(/^[\s★▲]+/, ''))
  return {
    no: lead.no,
    text: lead.text
      .replace(/^[★▲]\s*/, '')
      .replace(/[；;，,]+$/, '')
      .trim(),
  }
}

function nameColumn(cells: string[], used: Set<number>): number | undefined {
  const i = cells.findIndex(
    (c, j) =>
      !used.has(j) &&
      /^(?:货物|设备|产品|品目|服务|参数|指标|功能|项目|工程|子目|清单)?(?:名称|项目|指标项|参数项|模块|内容名称)$/.test(
        squash(c),
      ),
  )
  return i < 0 ? undefined : i
}

const QUALIFICATION_ROW = /资格(?:要求|条件)|资质(?:要求|条件)|合格(?:投标人|供应商)/

/** A row of the 前附表 that states the qualification requirements: each "；"-separated part is one. */
function qualificationRows(l: Located, rows: TenderCell[][], out: FoundRequirement[]) {
  for (const row of rows) {
    const cells = row.filter((c) => !c.covered).map((c) => c.text.trim())
    const at = cells.findIndex((c) => c.length <= 20 && QUALIFICATION_ROW.test(squash(c)))
    const value = at >= 0 ? cells.slice(at + 1).find((c) => c.length > 8) : undefined
    if (!value) continue
    const rowNo = /^\d+(?:\.\d+)*$/.test(cells[0]) ? cells[0] : ''
    value
      .split(/[；;\n]/)
      .map((p) => clean(p))
      .filter((p) => p.text.length >= 6)
      .forEach((p) =>
        out.push({
          clause: p.no || rowNo,
          text: p.text,
          star: markOf(p.text),
          category: '资格',
          source: sourceOf(l, excerptOf(rowLine(row), p.text.slice(0, 20))),
        }),
      )
  }
}

function fromTable(
  l: Located,
  rows: TenderCell[][],
  tableNo: number,
  fallback: PartKind,
  out: FoundRequirement[],
) {
  // Header cells at their column positions (a merged header cell once), so data rows index the same columns.
  const texts = rows.map((r) => r.map((c) => (c.covered ? '' : c.text.trim())))
  const h = texts.findIndex(
    (r, i) => i < 5 && Object.keys(requirementHeader(r)).length >= 2 && requirementHeader(r).text != null,
  )
  if (h < 0) return
  if (
    scoringHeader(
      rows[h].map((c) => ({ text: c.covered ? '' : c.text })),
      h + 1,
    )
  )
    return
  const cols = requirementHeader(texts[h])
  const used = new Set(Object.values(cols) as number[])
  const nameCol = nameColumn(texts[h], used)
  const category = categoryOf(texts[h][cols.text!]) ?? fallback
  let lastNo = ''
  for (let r = h + 1; r < rows.length; r++) {
    const full = rows[r].map((c) => c.text.trim())
    const at = (col: number | undefined) => (col == null ? '' : (full[col] ?? ''))
    const body = at(cols.text)
    if (body === '' || squash(body) === squash(texts[h][cols.text!])) continue
    const noCell = at(cols.no).replace(/[.．、]$/, '')
    if (noCell) lastNo = noCell
    const name = at(nameCol)
    const starCell = at(cols.star)
    const lines = body.split(/\n+/).filter((x) => x.trim() !== '')
    const numbered = lines.filter((x) => splitLead(x.replace(/^[★▲\s]+/, '')).no !== '')
    const parts = numbered.length >= 2 ? lines : [lines.join('\n')]
    parts.forEach((part) => {
      const c = clean(part)
      if (!c.text) return
      const star =
        markOf(part) ?? markOf(name) ?? (/★|是|实质/.test(starCell) ? '★' : /▲/.test(starCell) ? '▲' : null)
      const base = noCell || lastNo || `${tableNo}.${r - h}`
      const clause = parts.length > 1 && c.no ? `${base}.${c.no}` : base
      const text =
        name && !c.text.startsWith(name) && squash(name) !== squash(c.text)
          ? `${name.replace(/^[★▲\s]+/, '')}：${c.text}`
          : c.text
      out.push({
        clause,
        text,
        star,
        category,
        source: sourceOf(l, excerptOf(rowLine(rows[r]), c.text.slice(0, 20))),
      })
    })
  }
}

/** The numbering family and depth of a clause number: "3" and "4" are siblings, "3.1" is below them. */
function numberKind(no: string): string {
  if (no === '') return ''
  if (/^\d+(?:[.．]\d+)*$/.test(no)) return `d${no.split(/[.．]/).length}`
  if (/^[一二三四五六七八九十百]+$/.test(no)) return 'cn'
  if (/^[（(]/.test(no)) return /\d/.test(no) ? 'pd' : 'pc'
  return 'other'
}

const QUALIFICATION_HEAD =
  /资格要求|资格条件|合格(?:的)?(?:投标人|供应商)|(?:投标人|供应商|申请人)(?:的)?资格/

export function requirementsOf(all: Located[]): FoundRequirement[] {
  const out: FoundRequirement[] = []
  let section: PartKind | null = null
  let qualification = false
  /** The numbering kind of the heading that opened the current section: a sibling closes it. */
  let sectionKind = ''
  let chapter = ''
  let tables = 0
  for (const l of all) {
    if (l.chapter !== chapter) {
      chapter = l.chapter
      section = null
      qualification = false
    }
    if (l.chapterKind === 'forms' || l.chapterKind === 'contract') continue
    const b = l.block
    if (b.kind === 'table') {
      tables++
      qualificationRows(l, b.rows, out)
      if (l.chapterKind === 'requirements' || b.rows.some((r) => r.some((c) => /[★▲]/.test(c.text))))
        fromTable(l, b.rows, tables, section ?? (l.chapterKind === 'requirements' ? '技术' : '商务'), out)
      continue
    }
    if (isTocLine(b)) continue
    const text = b.text.trim()
    if (text === '' || text === l.chapter) continue
    const mark = markOf(text)
    const c = clean(text)
    const kind = numberKind(c.no)
    const sibling = sectionKind !== '' && kind === sectionKind
    if (
      (isHeadingLike(text, b.heading) || (sibling && c.text.length <= 20 && !/[。；;，,：:]/.test(c.text))) &&
      !mark
    ) {
      qualification = QUALIFICATION_HEAD.test(squash(text))
      section = qualification ? '资格' : (categoryOf(text) ?? (sibling ? null : section))
      sectionKind = kind
      continue
    }
    if (sibling) {
      qualification = false
      sectionKind = ''
    }
    if (c.text.length < 6 || /^(?:说明|注|备注|提示)[:：]/.test(c.text)) continue
    const inNeeds = l.chapterKind === 'requirements' && (c.no !== '' || REQUIRES.test(c.text))
    const inQualification = qualification && (c.no !== '' || REQUIRES.test(c.text))
    if (!mark && !inNeeds && !inQualification) continue
    const category: PartKind = inQualification
      ? '资格'
      : (section ?? (l.chapterKind === 'requirements' ? '技术' : (categoryOf(c.text) ?? '商务')))
    out.push({ clause: c.no, text: c.text, star: mark, category, source: sourceOf(l, excerptOf(text)) })
  }
  const seen = new Set<string>()
  return out.filter((r) => {
    const k = squash(r.text)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
