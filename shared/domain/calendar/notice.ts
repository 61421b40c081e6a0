import type { SupplementYear } from './calendar'
import { addDays, isIsoDate } from './dates'

/**
 * Reads the State Council's yearly notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) as pasted from gov.cn or
 * Xinhua into the dates of a calendar supplement. The notice has one clause per holiday:
 *
 *   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 *
 * Older notices also write "1月1日放假，与周末连休" and "1月2日（星期一）补休". Whatever is read is shown to the user
 * and checked (checkSupplement) before it is saved; lines that look like a clause but yield no date are reported.
 */

export interface NoticeParse {
  year: SupplementYear
  /** Per clause: the holiday, its days off, its working days and the stated total (共N天) when it disagrees. */
  clauses: { name: string; holidays: string[]; workdays: string[]; statedDays: number | null }[]
  problems: { zh: string; en: string }[]
}

const FULL_WIDTH = /[０-９]/g

function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[：]/g, ':')
    .replace(/[，]/g, ',')
    .replace(/[ \t\u3000\r]+/g, '')
}

const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\([^)]*\))?/g

interface DateHit {
  date: string | null
  index: number
  end: number
}

/** Every date of a sentence; a date without a month takes the previous one's (2月15日…至23日). */
function datesIn(s: string, year: number): DateHit[] {
  const out: DateHit[] = []
  let y = year
  let m: number | null = null
  for (const hit of s.matchAll(DATE)) {
    if (hit[1]) y = Number(hit[1])
    if (hit[2]) m = Number(hit[2])
    const d = Number(hit[3])
    const iso = m === null ? null : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    out.push({ date: iso && isIsoDate(iso) ? iso : null, index: hit.index!, end: hit.index! + hit[0].length })
  }
  return out
}

function span(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to && out.length < 40; d = addDays(d, 1)) out.push(d)
  return out
}

const CLAUSE = /(?:^|[。\n])\s*[一二三四五六七八九十]+、([^:：。]{1,12})[:：]/g

export function inferNoticeYear(text: string): number | null {
  const t = normalise(text)
  const m = /(\d{4})年(?:部分)?节假日/.exec(t) ?? /现将(\d{4})年/.exec(t)
  return m ? Number(m[1]) : null
}

export function parseHolidayNotice(text: string, yearHint?: number): NoticeParse {
  const problems: NoticeParse['problems'] = []
  const year = yearHint ?? inferNoticeYear(text)
  const empty = { year: { year: year ?? 0, source: '', holidays: [], workdays: [] }, clauses: [], problems }
  if (!year) {
    problems.push({
      zh: '无法从通知中识别年份，请填写年份',
      en: 'the year could not be read from the notice; enter it',
    })
    return empty
  }
  const t = normalise(text)
  const source = /国办发明电\(\d{4}\)\d+号/.exec(t.replace(/〔/g, '(').replace(/〕/g, ')'))
  const heads = [...t.matchAll(CLAUSE)]
  if (heads.length === 0) {
    problems.push({
      zh: '未找到“一、元旦：……”这样的条款，请粘贴通知正文',
      en: 'no clause like "一、元旦：……" found; paste the body of the notice',
    })
    return empty
  }
  const clauses: NoticeParse['clauses'] = []
  const holidays: SupplementYear['holidays'] = []
  const workdays: SupplementYear['workdays'] = []
  heads.forEach((h, i) => {
    const name = h[1].trim()
    const body = t.slice(h.index! + h[0].length, i + 1 < heads.length ? heads[i + 1].index! : undefined)
    const clause = {
      name,
      holidays: [] as string[],
      workdays: [] as string[],
      statedDays: null as number | null,
    }
    for (const sentence of body.split(/[。\n]/)) {
      // Only sentences that say who is off or at work: the signature date at the end is neither.
      if (!/放假|补休|上班/.test(sentence)) continue
      const dates = datesIn(sentence, year)
      if (dates.length === 0) continue
      const bad = dates.find((d) => d.date === null)
      if (bad) {
        problems.push({
          zh: `${name}：无法读取日期“${sentence.slice(bad.index, bad.end)}”`,
          en: `${name}: cannot read the date "${sentence.slice(bad.index, bad.end)}"`,
        })
        continue
      }
      if (/上班/.test(sentence) && !/放假/.test(sentence)) {
        clause.workdays.push(...dates.map((d) => d.date!))
        continue
      }
      const total = /共(\d+)天/.exec(sentence)
      for (let k = 0; k < dates.length; k++) {
        const a = dates[k]
        const b = dates[k + 1]
        if (b && sentence.slice(a.end, b.index) === '至') {
          clause.holidays.push(...span(a.date!, b.date!))
          k++
        } else clause.holidays.push(a.date!)
      }
      if (total && Number(total[1]) !== clause.holidays.length) clause.statedDays = Number(total[1])
    }
    if (clause.holidays.length === 0 && clause.workdays.length === 0)
      problems.push({ zh: `${name}：未读到任何日期`, en: `${name}: no dates read` })
    if (clause.statedDays !== null)
      problems.push({
        zh: `${name}：通知写“共${clause.statedDays}天”，读到 ${clause.holidays.length} 天，请核对`,
        en: `${name}: the notice says ${clause.statedDays} days, ${clause.holidays.length} were read; check`,
      })
    holidays.push(...clause.holidays.map((date) => ({ date, name })))
    workdays.push(...clause.workdays.map((date) => ({ date, name })))
    clauses.push(clause)
  })
  return {
    year: { year, source: source ? source[0].replace('(', '〔').replace(')', '〕') : '', holidays, workdays },
    clauses,
    problems,
  }
}
