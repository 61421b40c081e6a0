/**
 * Turning pasted tender text into requirements: one requirement per non-empty line, the leading
 * numbering kept in `no`, a leading ★ / ▲ turned into the star flag.
 */
import { AppError } from '@shared/errors'
import { newId, RequirementSchema, type PartKind, type Requirement } from '@shared/schemas'

const CN_NUM = '一二三四五六七八九十百零〇'

/**
 * Leading numbering as tenders write it. Each alternative must end in a separator (、 . ) ） ：) or be
 * followed by whitespace, so that quantities and decimals at the start of a sentence ("10台服务器",
 * "1.5米") are never mistaken for a number.
 */
const NUMBERING = new RegExp(
  '^(?:' +
    [
      `第[${CN_NUM}\\d]+[条章节款项部分]+`, // 第一条, 第3章
      `[（(][${CN_NUM}\\d]+[)）]`, // （一） (1)
      '[\\u2460-\\u2473\\u2474-\\u2487\\u2776-\\u277f]', // ① … ⑳, ⑴ … ⒇, ❶ … ❿
      '\\d+(?:[.．]\\d+)+(?:[.．、:：]|(?=\\s))', // 3.2.1 followed by a separator or space
      '\\d+(?:[.．](?!\\d)|[、)）:：]|(?=\\s))', // 1. 1、 1) 1 (space)
      `[${CN_NUM}]+[、．.]`, // 一、
      '[A-Za-z][.、)）](?![A-Za-z])', // a) A.
    ].join('|') +
    ')',
)

const STAR = /^[★▲]/
const BULLET = /^[-•·●○◆◇■□]\s*/

export interface LeadParts {
  /** Numbering as written, without its trailing separator (1. → 1, 一、 → 一, （一） stays). */
  no: string
  star: boolean
  text: string
}

/** Splits a requirement line into numbering, star flag and text. Star marks may stand before or after the number. */
export function splitLead(line: string): LeadParts {
  let s = line.trim()
  let star = false
  const takeStar = () => {
    while (STAR.test(s)) {
      star = true
      s = s.slice(1).trimStart()
    }
  }
  takeStar()
  s = s.replace(BULLET, '')
  let no = ''
  const m = NUMBERING.exec(s)
  if (m) {
    no = m[0].replace(/[.．、:：]$/, '').trim()
    s = s.slice(m[0].length).trimStart()
  }
  takeStar()
  return { no, star, text: s.trim() }
}

export interface LineOptions {
  kind?: PartKind
  chapter?: string
}

/**
 * One requirement per non-empty line. A line copied from Excel arrives tab-separated: a first cell
 * that is only a number becomes `no` and the other cells are joined as the text.
 */
export function parseRequirementLines(text: string, opts: LineOptions = {}): Requirement[] {
  const out: Requirement[] = []
  const lines = text.split(/\r\n|\r|\n/)
  for (const [i, raw] of lines.entries()) {
    let line = raw.replace(/\u00a0|\u3000/g, ' ').trim()
    let tabNo = ''
    if (line.includes('\t')) {
      const cells = line.split('\t').map((c) => c.trim())
      if (cells.length > 1 && /^[\d.．]+$/.test(cells[0])) tabNo = cells.shift()!.replace(/[.．]$/, '')
      line = cells.filter(Boolean).join(' ')
    }
    if (!line && !tabNo) continue
    const lead = splitLead(line)
    if (!lead.text && !tabNo) continue
    const parsed = RequirementSchema.safeParse({
      id: newId('r'),
      no: tabNo || lead.no,
      star: lead.star,
      text: lead.text,
      kind: opts.kind ?? '技术',
      source: { chapter: opts.chapter ?? '', page: '' },
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = issue.path.join('.')
      throw new AppError(
        'VALIDATION',
        {
          zh: `第 ${i + 1} 行（${field}）：${issue.message}`,
          en: `line ${i + 1} (${field}): ${issue.message}`,
        },
        { line: i + 1, path: issue.path },
      )
    }
    out.push(parsed.data)
  }
  return out
}
