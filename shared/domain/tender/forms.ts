import { isTocLine, type Located } from './chapters'
import { excerptOf, squash } from './document'
import { sourceOf, type Source } from './facts'

/**
 * The response forms the 投标文件格式 chapter asks for, in its order: its numbered form titles ("一、投标函",
 * "格式3 法定代表人授权书", "附件1：开标一览表"), or its headings, or — in a chapter with neither — its short
 * standalone titles that name a form (…函, …表, …书, …证明).
 */
export interface TenderForm {
  title: string
  source: Source
}

type Family = 'cn' | 'arabic' | 'paren' | 'format' | 'heading' | 'plain'

const PREFIX: [Family, RegExp][] = [
  ['format', /^(?:格式|附件|附表|表|附)\s*[\d一二三四五六七八九十]+(?:[-.]\d+)?\s*[:：、.．\s-]*/],
  ['cn', /^[一二三四五六七八九十]+\s*[、.．]\s*/],
  ['arabic', /^\d{1,2}\s*[、.．](?!\d)\s*/],
  ['paren', /^[（(]\s*[\d一二三四五六七八九十]+\s*[)）]\s*/],
]
const FORM_WORD =
  /函|表|书|证明|声明|承诺|格式|清单|说明|方案|文件|资料|材料|协议|授权|报价|偏离|业绩|简介|证书|复印件|扫描件|其他/

function candidate(l: Located): { family: Family; title: string } | null {
  const b = l.block
  if (b.kind !== 'p' || isTocLine(b)) return null
  const t = b.text.trim().replace(/\s+/g, ' ')
  if (t === '' || t === l.chapter || t.length > 40 || /[。；;，,]/.test(t) || /[:：]$/.test(t)) return null
  for (const [family, re] of PREFIX) {
    const m = re.exec(t)
    if (m) {
      const title = t.slice(m[0].length).trim()
      return title.length >= 2 ? { family, title } : null
    }
  }
  if (b.heading != null && FORM_WORD.test(t)) return { family: 'heading', title: t }
  if (t.length <= 24 && /(函|表|书|证明|声明|承诺书?|格式)$/.test(t) && !/^(注|说明)/.test(t))
    return { family: 'plain', title: t }
  return null
}

export function formsOf(all: Located[]): TenderForm[] {
  const inChapter = all.filter((l) => l.chapterKind === 'forms')
  const cands = inChapter.flatMap((l) => {
    const c = candidate(l)
    return c ? [{ ...c, l }] : []
  })
  if (cands.length === 0) return []
  // The numbering family of the first form title is the chapter's top level; deeper lists (the documents under
  // 资格证明文件, the points of a letter) use another family.
  const family = cands.find((c) => c.family !== 'plain' && c.family !== 'heading')?.family ?? cands[0].family
  const chosen = cands.filter((c) => c.family === family || (family === 'plain' && c.family === 'heading'))
  const seen = new Set<string>()
  const out: TenderForm[] = []
  for (const c of chosen) {
    const k = squash(c.title)
    if (seen.has(k)) continue
    seen.add(k)
    out.push({ title: c.title, source: sourceOf(c.l, excerptOf((c.l.block as { text: string }).text)) })
  }
  return out
}
