import { formatMoney } from '../export/format'
import type { Blank } from './model'
import { normalizeLabel } from './labels'

/**
 * A dictionary value as it goes into one blank: bare where the form already prints the unit ("________元" gets
 * 3,756,000.00, not ¥3,756,000.00元; "（大写）________元" gets 叁佰柒拾伍万陆仟 without 元整; "____日历天" gets 120),
 * converted where the form counts in another unit (万元, 年 ↔ 个月, 小时 ↔ 分钟), refused with the reason where it
 * cannot be said in the form's unit.
 */

export type Shaped =
  | {
      ok: true
      value: string
      /** characters of the form's own unit after the blank to remove */ dropAfter: number
    }
  | { ok: false; why: { zh: string; en: string } }

export const MONEY_KEYS = new Set([
  '投标报价',
  '投标函报价',
  '开标报价',
  '报价合计',
  '投标保证金',
  '税额合计',
])
const PERIOD_KEYS = new Set(['投标有效期', '交货期', '质保期', '响应时间', '到场时间', '解决时间'])

/** The unit printed right after a blank, not the first character of the next label ("____ 年龄：" is no 年). */
export const UNIT_AFTER =
  /^[ \u3000]*(万元|元|日历天|个日历日|日历日|工作日|天|日|个月|月|年|小时|分钟|%|％)(?=$|[^\u4e00-\u9fa5]|[的整内起止以])/

const DAYS = new Set(['日历天', '天', '日', '日历日', '个日历日'])
/** How many of the smaller unit one of the larger is, for the unit pairs forms convert between. */
const CONVERT: Record<string, Record<string, number>> = {
  年: { 个月: 12, 月: 12 },
  个月: { 年: 1 / 12 },
  月: { 年: 1 / 12 },
  小时: { 分钟: 60 },
  分钟: { 小时: 1 / 60 },
}

const ok = (value: string, dropAfter = 0): Shaped => ({ ok: true, value, dropAfter })
const no = (zh: string, en: string): Shaped => ({ ok: false, why: { zh, en } })

/** The unit the form prints for this blank: right after it, else in its label ("投标报价（万元）"). */
export function formUnit(blank: Blank): { unit: string | null; length: number } {
  const m = UNIT_AFTER.exec(blank.after)
  if (m) return { unit: m[1], length: m[0].length }
  return { unit: normalizeLabel(blank.label).flags.unit, length: 0 }
}

function trimNumber(n: number, minDecimals: number): string {
  const [i, d = ''] = n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '').split('.')
  const dec = d.padEnd(minDecimals, '0')
  return `${Number(i).toLocaleString('en-US')}${dec ? `.${dec}` : ''}`
}

function shapeMoney(raw: string, blank: Blank, unit: string | null): Shaped {
  const m = /^(¥|￥|US\$|€|HK\$)?\s*(-?[\d,]+(?:\.\d+)?)$/.exec(raw.trim())
  if (!m) return ok(raw)
  const sign = m[1] ?? '¥'
  const yuan = Number(m[2].replace(/,/g, ''))
  const rmbForm = unit === '元' || unit === '万元' || /[¥￥]|人民币|RMB/i.test(blank.before)
  if (rmbForm && sign !== '¥' && sign !== '￥')
    return no(
      `报价币种不是人民币（${sign}），表单要求人民币`,
      `the price is not in yuan (${sign}) but the form asks for yuan`,
    )
  if (unit === '万元') return ok(trimNumber(yuan / 10_000, 2))
  if (rmbForm) return ok(formatMoney(yuan))
  return ok(raw)
}

function shapeWords(raw: string, blank: Blank, unit: string | null, unitLength: number): Shaped {
  let v = raw.trim()
  // The form already says 人民币, often with its （大写） label between: "以人民币（大写）____元" (`before`
  // holds only the last six characters, so "民币（大写）").
  if (/币\s*(?:[（(]\s*大写\s*[)）])?\s*[:：]?\s*$/.test(blank.before)) v = v.replace(/^人民币/, '')
  if (unit === '万元')
    return no(
      '表单要求以万元填写大写金额，无法由元金额直接写出',
      'the form asks for the amount in words in 万元',
    )
  if (unit !== '元' || unitLength === 0) return ok(v)
  // "……元整" + the form's 元: drop ours. With 角/分 the 元 is inside the words: the form's 元 goes instead.
  if (/元整?$|圆整?$/.test(v)) return ok(v.replace(/[元圆]整?$/, ''))
  return ok(v, unitLength)
}

function shapePeriod(raw: string, unit: string | null): Shaped {
  const v = raw.trim()
  if (!unit) return ok(v)
  const m = /^(\d+(?:\.\d+)?)\s*(日历天|个日历日|日历日|工作日|天|日|个月|月|年|小时|分钟)$/.exec(v)
  if (m) {
    const n = Number(m[1])
    const from = m[2]
    if (from === unit || (DAYS.has(from) && DAYS.has(unit))) return ok(m[1])
    const f = CONVERT[from]?.[unit]
    if (f !== undefined && Number.isInteger(Math.round(n * f * 1e6) / 1e6))
      return ok(String(Math.round(n * f * 1e6) / 1e6))
  } else if (v.endsWith(unit)) {
    return ok(v.slice(0, -unit.length).trim())
  }
  return no(`“${v}”不能按表单的单位“${unit}”填写`, `"${v}" cannot be written in the form's unit "${unit}"`)
}

/** The value of `key` for this blank, in the form's own unit. */
export function shapeValue(key: string, raw: string, blank: Blank): Shaped {
  const { unit, length } = formUnit(blank)
  if (MONEY_KEYS.has(key)) return shapeMoney(raw, blank, unit)
  if (key.endsWith('大写')) return shapeWords(raw, blank, unit, length)
  if (PERIOD_KEYS.has(key)) return shapePeriod(raw, unit)
  if (unit && length > 0 && raw.endsWith(unit)) return ok(raw.slice(0, -unit.length))
  return ok(withoutOverlap(raw, blank.after))
}

/** "参加____项目的磋商" with a name ending in 项目: the form's word stays, the name's goes (no "项目项目"). */
function withoutOverlap(value: string, after: string): string {
  const next = after.replace(/^[ \u3000]+/, '')
  for (let n = Math.min(4, value.length - 1); n >= 2; n--) {
    const tail = value.slice(-n)
    if (/^[\u4e00-\u9fa5]+$/.test(tail) && next.startsWith(tail)) return value.slice(0, -n)
  }
  return value
}
