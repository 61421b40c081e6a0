import { squash, type TenderBlock, type TenderDocument } from './document'

/**
 * Chapters of a 招标文件 (第一章 招标公告 … 第六章 投标文件格式) and what each is for. Every extractor reads the
 * chapters it needs; a fact found in the 投标人须知前附表 outranks the same fact repeated in the 招标公告.
 */
export type ChapterKind =
  | 'cover'
  | 'notice'
  | 'instructions'
  | 'evaluation'
  | 'contract'
  | 'requirements'
  | 'forms'
  | 'amendment'
  | 'other'

export interface Located {
  block: TenderBlock
  /** 1-based position of the block in its document (the "paragraph" of a source). */
  index: number
  chapter: string
  chapterKind: ChapterKind
  file: string
}

const CN = '一二三四五六七八九十百零〇两'
const CHAPTER_RE = new RegExp(`^第\\s*[${CN}\\d]+\\s*[章篇卷]|^第\\s*[${CN}\\d]+\\s*部分`)
/** A table-of-contents line: a title, then dot leaders or a tab, then a page number. */
const TOC_LINE = /(\.{3,}|…{2,}|·{3,}|-{4,}|\t|\s{2,})\s*\d{1,4}\s*$/

export function isTocLine(b: TenderBlock): boolean {
  return b.kind === 'p' && (!!b.toc || TOC_LINE.test(b.text))
}

export function chapterKindOf(title: string): ChapterKind {
  const s = squash(title)
  if (/格式|投标文件(的)?组成|响应文件(的)?组成|附件/.test(s) && !/须知/.test(s)) return 'forms'
  if (/更正|变更|澄清|补遗|答疑|修改/.test(s) && /公告|通知|文件|说明/.test(s)) return 'amendment'
  if (/公告|邀请|邀请函|邀请书/.test(s)) return 'notice'
  if (/须知/.test(s)) return 'instructions'
  if (/评标|评审|评分|评定|磋商办法|谈判办法|评价办法/.test(s)) return 'evaluation'
  if (/合同/.test(s)) return 'contract'
  if (/需求|技术|规格|要求|采购内容|招标内容|项目内容|服务内容|工程概况|清单|参数/.test(s))
    return 'requirements'
  return 'other'
}

/** A chapter heading: "第二章 投标人须知" (not a TOC line), or a level-1 heading when the file has no 第X章. */
function chapterTitle(b: TenderBlock, useHeadings: boolean): string | null {
  if (b.kind !== 'p' || isTocLine(b)) return null
  const t = b.text.trim()
  if (t.length > 40) return null
  if (CHAPTER_RE.test(squash(t))) return t.replace(/\s+/g, ' ')
  if (useHeadings && b.heading === 1) return t.replace(/\s+/g, ' ')
  return null
}

/** "第五章 无效投标条款": a chapter's own heading, never a clause of it. */
export function isChapterHeading(b: TenderBlock): boolean {
  return chapterTitle(b, false) !== null
}

/** Every block with its chapter. A file whose title names an amendment is one amendment chapter throughout. */
export function locate(doc: TenderDocument): Located[] {
  const hasChapters = doc.blocks.some(
    (b) => b.kind === 'p' && !isTocLine(b) && CHAPTER_RE.test(squash(b.text)),
  )
  let chapter = ''
  let kind: ChapterKind = 'cover'
  const out: Located[] = []
  doc.blocks.forEach((block, i) => {
    const title = chapterTitle(block, !hasChapters)
    if (title) {
      chapter = title
      kind = chapterKindOf(title)
    }
    out.push({ block, index: i + 1, chapter, chapterKind: kind, file: doc.file })
  })
  return out
}

/** The first lines of a document (its cover), which name what kind of document it is. */
export function documentTitle(doc: TenderDocument): string {
  const lines: string[] = []
  for (const b of doc.blocks) {
    if (b.kind !== 'p') continue
    if (b.text.trim()) lines.push(b.text.trim())
    if (lines.length >= 8) break
  }
  return lines.join('\n')
}

/** Whether the file is a notice that amends an earlier file (更正公告, 澄清, 变更公告, 补遗). */
export function isAmendment(doc: TenderDocument): boolean {
  const head = squash(documentTitle(doc))
  return /更正公告|变更公告|澄清(文件|公告|通知|函|说明)|补遗|补充(通知|公告)|答疑(文件|纪要)|修改(通知|公告)|更正(通知|说明)/.test(
    head,
  )
}
