import { splitLead } from '../bids/requirement-import/lines'
import { isChapterHeading, isTocLine, type Located } from './chapters'
import { excerptOf, rowTexts, squash, type TenderCell } from './document'
import { sourceOf, type Source } from './facts'
import { isHeadingLike } from './requirements'

/**
 * The grounds on which this tender throws a bid out (无效投标 / 否决投标 / 废标 / 无效响应), as the document states
 * them: the items of a "有下列情形之一的，投标无效：" list, and every other sentence that names such a consequence.
 */
export interface VetoClause {
  text: string
  source: Source
}

const CONSEQUENCE =
  /无效投标|投标无效|投标(?:文件)?(?:将)?(?:被)?(?:视为|按|作)?无效|无效响应|响应无效|响应文件无效|按无效(?:投标|响应)?处理|作无效(?:投标|响应)?处理|视为无效|废标|否决(?:其)?投标|投标(?:将)?被否决|予以否决|不予受理|拒收|拒绝接收|不得进入(?:下一轮|详细评审)|资格审查不合格|不通过(?:资格|符合性)/
/** The sentence that opens a list of grounds. */
const LIST_OPENER = /下列(?:任何)?(?:情形|情况)之一|以下(?:任何)?(?:情形|情况)之一|下列情形|如下情形|以下情形/

function items(text: string): string[] {
  // "（1）…；（2）…" written in one paragraph.
  const parts = text.split(/(?=[（(]\d{1,2}[)）])|(?=[①-⑳])/).map((p) => p.trim())
  return parts.length > 1 ? parts.slice(1) : []
}

function clean(t: string): string {
  const lead = splitLead(t)
  return (lead.text || t).replace(/[；;。，,]+$/, '').trim()
}

/** A figure said before the ground ("人民币96万元，报价超过最高限价的响应文件无效"): not part of the ground. */
const FIGURE = /^[\s人民币¥￥\d.,万元整（）()大写：:零壹贰叁肆伍陆柒捌玖拾佰仟]+$/

/** A 前附表 or 需求 cell that names a consequence: the sentence saying it, without a figure before it. */
function fromCells(l: Located, rows: TenderCell[][]): VetoClause[] {
  const out: VetoClause[] = []
  for (const row of rows)
    for (const cell of rowTexts(row))
      for (const s of cell.split(/(?<=[。；;])/)) {
        if (!CONSEQUENCE.test(squash(s))) continue
        const parts = s.split(/(?<=[，,])/)
        while (parts.length > 1 && FIGURE.test(parts[0].replace(/[，,]$/, ''))) parts.shift()
        const text = parts.join('')
        out.push({ text: clean(text), source: sourceOf(l, excerptOf(text)) })
      }
  return out
}

export function vetoClausesOf(all: Located[]): VetoClause[] {
  const out: VetoClause[] = []
  for (let i = 0; i < all.length; i++) {
    const l = all[i]
    const b = l.block
    if (l.chapterKind === 'forms') continue
    if (b.kind === 'table') {
      out.push(...fromCells(l, b.rows))
      continue
    }
    if (b.kind !== 'p' || isTocLine(b) || isChapterHeading(b)) continue
    const text = b.text.trim()
    if (!CONSEQUENCE.test(squash(text))) continue
    if (LIST_OPENER.test(text)) {
      const inline = items(text)
      if (inline.length > 0) {
        for (const it of inline) out.push({ text: clean(it), source: sourceOf(l, excerptOf(it)) })
        continue
      }
      // The numbered paragraphs that follow, up to the next heading or unnumbered paragraph.
      let j = i + 1
      let taken = 0
      for (; j < all.length; j++) {
        const n = all[j].block
        // A list never runs into the next chapter ("第六章 投标文件格式" also has a number).
        if (n.kind !== 'p' || isTocLine(n) || isChapterHeading(n) || all[j].chapter !== l.chapter) break
        const t = n.text.trim()
        if (t === '') continue
        if (isHeadingLike(t, n.heading) || splitLead(t).no === '') break
        out.push({ text: clean(t), source: sourceOf(all[j], excerptOf(t)) })
        taken++
      }
      if (taken > 0) {
        i = j - 1
        continue
      }
    }
    if (isHeadingLike(text, b.heading)) continue
    // Otherwise the sentence(s) that name the consequence.
    for (const s of text.split(/(?<=[。；;])/)) {
      if (CONSEQUENCE.test(squash(s))) out.push({ text: clean(s), source: sourceOf(l, excerptOf(s)) })
    }
  }
  const seen = new Set<string>()
  return out.filter((v) => {
    const k = squash(v.text)
    if (k.length < 4 || seen.has(k)) return false
    seen.add(k)
    return true
  })
}
