import { halfWidth } from './document'
import type { FactKey } from './labels'
import { findAmounts, parseMoney, unitHintOf } from './money'
import { cnNumber, findTimes, parseWhen } from './when'

/** The value of one fact as extracted: a string, a number (yuan, days), an ISO date-time, or a list of forms. */
export type FactValue =
  string | number | string[] | { original: number | null; duplicates: number | null; electronic: boolean }

export const METHODS = ['公开招标', '邀请招标', '竞争性磋商', '竞争性谈判', '询价', '单一来源'] as const
export const EVALUATIONS = ['综合评分法', '最低评标价法'] as const
export const BOND_FORMS = ['转账', '保函', '保险'] as const

const STOP = /[；;。\n]|\s{2,}/

function firstPart(s: string): string {
  return s.split(STOP)[0].trim()
}

function stripQuotes(s: string): string {
  return s
    .replace(/^[“"《「『]+|[”"》」』]+$/g, '')
    .replace(/[，,、。；;：:]+$/, '')
    .trim()
}

/** "名称：XX医院 地址：…" → "XX医院"; "XX医院（地址：…）" → "XX医院". */
function orgName(text: string): string | null {
  const s = halfWidth(text)
  const named = /名\s*称\s*[:：]\s*([^\n；;]+)/.exec(s)
  let v = named ? named[1] : s
  v = v.split(/地\s*址\s*[:：]|联\s*系\s*人|联系(?:电话|方式)|电\s*话\s*[:：]|邮\s*编|[；;。，,\n]|\s{2,}/)[0]
  v = stripQuotes(v.replace(/[(（][^)）]*$/, ''))
  return v === '' || v.length > 100 ? null : v
}

function projectNumber(text: string): string | null {
  const v = stripQuotes(
    halfWidth(text)
      .trim()
      .split(/[；;，,。\s]/)[0] ?? '',
  )
  return /[A-Za-z0-9]/.test(v) && v.length <= 80 ? v : null
}

function money(text: string, label: string): number | null {
  const s = halfWidth(text)
  if (/不收取|无需(?:缴纳|提交)|免收|不需(?:要)?(?:缴纳|提交)|免于/.test(s)) return 0
  const hint = unitHintOf(label) ?? unitHintOf(s)
  // Per-lot amounts with a total: the total is the project's amount.
  const total = /(?:合计|总计|总额|总预算|共计)[^0-9零壹贰叁肆伍陆柒捌玖]{0,8}/.exec(s)
  if (total) {
    const after = parseMoney(s.slice(total.index + total[0].length), hint)
    if (after) return after.yuan
  }
  const all = findAmounts(s, hint).filter((a) => !a.words)
  if (all.length > 1 && /包|标段/.test(s)) return Math.round(all.reduce((n, a) => n + a.yuan, 0) * 100) / 100
  return parseMoney(s, hint)?.yuan ?? null
}

function days(text: string): number | null {
  const m = /(\d+|[一二两三四五六七八九十百]+)\s*(?:个)?(?:日历天|天|日(?!期))/.exec(halfWidth(text))
  if (!m) return null
  const n = cnNumber(m[1])
  return n != null && n > 0 && n <= 1000 ? n : null
}

const COUNT = '(\\d+|[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+)'
const UPPER: Record<string, string> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
}

function count(s: string | undefined): number | null {
  if (s == null) return null
  return cnNumber([...s].map((c) => UPPER[c] ?? c).join(''))
}

function copies(text: string): FactValue | null {
  const s = halfWidth(text).replace(/\s+/g, '')
  const o = new RegExp(`正本[:：]?${COUNT}(?:份|套|本)`).exec(s)
  const d = new RegExp(`副本[:：]?${COUNT}(?:份|套|本)`).exec(s)
  if (!o && !d) return null
  return {
    original: count(o?.[1]),
    duplicates: count(d?.[1]),
    electronic: /电子(?:版|文档|文件)|U盘|光盘/.test(s),
  }
}

function bondForms(text: string): string[] {
  const s = halfWidth(text)
  const out: string[] = []
  if (/转账|电汇|汇款|网银|汇入|转入|支票|汇票|本票|银行存款/.test(s)) out.push('转账')
  if (/保函/.test(s)) out.push('保函')
  if (/保证保险|保险(?:单|保函)?(?!费)/.test(s)) out.push('保险')
  return out
}

const PLACE_WORD = /中心|室|楼|路|号|厅|会议|大厦|交易|平台|地点|网|系统|院|局|公司|街|层/

function place(text: string): string | null {
  let s = halfWidth(text)
  for (const t of findTimes(s).reverse()) s = s.slice(0, t.index) + s.slice(t.index + t.length)
  s = s.replace(/[(（]\s*北京时间\s*[)）]/g, '')
  // "同投标截止时间；XX交易中心第二开标室": the part that names a place.
  const parts = s
    .split(/[；;。\n]|[，,](?![^(（]*[)）])/)
    .map((p) => stripQuotes(p.trim().replace(/^(?:开标|磋商|谈判|开启)?地点\s*[:：为]?\s*/, '')))
    .filter((p) => p !== '' && !/^同|时间$/.test(p))
  const v = parts.find((p) => PLACE_WORD.test(p)) ?? parts[0] ?? ''
  return v === '' || v.length > 150 ? null : v
}

/** The opening "同投标截止时间": resolved to the deadline once that is known. */
export const AS_DEADLINE = '=deadline'
const SAME_AS_DEADLINE = /(?:同|与)(?:投标|响应文件(?:提交)?|递交)?截止时间(?:相同)?|即(?:投标)?截止时间/

/** The opening place "同递交投标文件地点": resolved to the submission place once that is known. */
export const AS_SUBMIT_PLACE = '=submitPlace'
const SAME_AS_SUBMIT_PLACE =
  /(?:同|与)(?:投标|响应)?(?:文件)?(?:递交|提交|接收)(?:投标|响应)?(?:文件)?(?:的)?地点|(?:递交|提交)地点(?:相同|一致)/

const BEFORE_DEADLINE =
  /(?:投标|响应文件(?:提交)?|递交(?:投标文件)?)截止(?:时间|日期)?(?:之)?前|同(?:投标)?截止时间/

/**
 * Values are read from the half-width text, but a name or place keeps the buyer's own characters ("（二期）", not
 * "(二期)"): it is printed in the 投标函 and on the cover as the buyer wrote it. halfWidth maps one character to
 * one, so the value's span in the half-width text is its span in the original.
 */
function asWritten(text: string, v: string | null): string | null {
  if (v == null) return null
  const at = halfWidth(text).indexOf(v)
  return at < 0 ? v : text.slice(at, at + v.length)
}

/** The values one label's text states. A bond text usually states its form and deadline along with the amount. */
export function valuesFromText(
  keys: FactKey[],
  text: string,
  label: string,
): Partial<Record<FactKey, FactValue>> {
  const out: Partial<Record<FactKey, FactValue>> = {}
  const set = (k: FactKey, v: FactValue | null) => {
    if (v != null && !(Array.isArray(v) && v.length === 0) && v !== '') out[k] = v
  }
  const times = findTimes(text).filter((t) => t.hasTime)
  for (const k of keys) {
    switch (k) {
      case 'name':
        set(
          k,
          asWritten(text, stripQuotes(firstPart(halfWidth(text).replace(/^名\s*称\s*[:：]/, ''))) || null),
        )
        break
      case 'number':
        set(k, projectNumber(text))
        break
      case 'buyer':
      case 'agency':
        set(k, asWritten(text, orgName(text)))
        break
      case 'budget':
      case 'ceiling':
        set(k, money(text, label))
        break
      case 'deadline':
        set(k, times[0]?.iso ?? parseWhen(text)?.iso ?? null)
        break
      case 'opening': {
        // "投标截止时间及开标时间：同一时间" states one time for both; "开标时间：同投标截止时间" refers to it.
        const t = (keys.includes('deadline') ? (times[1] ?? times[0]) : times[0])?.iso ?? null
        set(k, t ?? (SAME_AS_DEADLINE.test(halfWidth(text)) ? AS_DEADLINE : null))
        break
      }
      case 'openingPlace':
        set(k, SAME_AS_SUBMIT_PLACE.test(halfWidth(text)) ? AS_SUBMIT_PLACE : asWritten(text, place(text)))
        break
      case 'submitPlace':
        set(k, asWritten(text, place(text)))
        break
      case 'bond.amount':
        set(k, money(text, label))
        set('bond.form', bondForms(text))
        if (/保证金/.test(label))
          set('bond.deadline', times[0]?.iso ?? (BEFORE_DEADLINE.test(halfWidth(text)) ? AS_DEADLINE : null))
        break
      case 'bond.form':
        set(k, bondForms(text))
        break
      case 'bond.deadline':
        set(k, times[0]?.iso ?? (BEFORE_DEADLINE.test(halfWidth(text)) ? AS_DEADLINE : null))
        break
      case 'validityDays':
        set(k, days(text))
        break
      case 'copies':
        set(k, copies(text))
        break
      case 'method':
        set(k, METHODS.find((m) => halfWidth(text).includes(m)) ?? null)
        break
      case 'evaluation':
        set(k, evaluationOf(text))
        break
    }
  }
  return out
}

export function evaluationOf(text: string): string | null {
  const s = halfWidth(text)
  if (/综合评分法|综合评估法|综合评价法/.test(s)) return '综合评分法'
  if (/最低评标价法|经评审的最低投标价法|最低投标价法|最低价法|价格最低/.test(s)) return '最低评标价法'
  // 竞争性谈判/询价 state the rule instead of naming it: "按照最后报价由低到高的顺序提出成交候选人", "最低价成交".
  if (/报价(?:最低|由低到高)|最低报价|最低价成交/.test(s)) return '最低评标价法'
  return null
}
