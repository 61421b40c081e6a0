import type { Bid } from '@shared/schemas'
import type { Finding } from '@shared/domain/checks'

const DOC_NAMES: Record<Finding['location']['doc'], string> = {
  bid: '投标项目',
  material: '资料库',
  workspace: '公司资料',
  matrix: '评分表',
}

/** A location people can read in a spreadsheet or on paper: the section title or requirement number. */
export function locationText(f: Finding, bid: Bid): string {
  const { doc, docId, path } = f.location
  if (doc !== 'bid') return `${DOC_NAMES[doc]} ${docId} · ${path}`
  const m = /^(sections|requirements|quote\.items|clarifications)\.(\d+)(?:\.(.+))?$/.exec(path)
  if (!m) return `${DOC_NAMES.bid} · ${path}`
  const i = Number(m[2])
  const field = m[3] ? ` · ${m[3]}` : ''
  switch (m[1]) {
    case 'sections':
      return `章节“${bid.sections[i]?.title ?? f.location.itemId ?? i}”${field}`
    case 'requirements':
      return `招标要求 ${bid.requirements[i]?.no || f.location.itemId || i + 1}${field}`
    case 'quote.items':
      return `报价明细第 ${i + 1} 行${field}`
    default:
      return `澄清/补遗 ${bid.clarifications[i]?.no || i + 1}${field}`
  }
}
