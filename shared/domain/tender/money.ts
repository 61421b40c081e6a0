import { parseAmountWords } from '../amount'
import { round2 } from '../export/format'
import { halfWidth } from './document'

/**
 * Amounts as tenders write them, in yuan: 人民币350万元, ¥3,500,000.00, 350.00（万元）, 叁佰伍拾万元整. A bare
 * number is an amount only when the label or column names the unit (预算金额（万元）), so page numbers, years and
 * percentages are never taken for money.
 */
export interface FoundAmount {
  yuan: number
  index: number
  length: number
  /** Written in words (大写). */
  words: boolean
}

export type MoneyUnit = '元' | '万元' | '亿元'

const FACTOR: Record<MoneyUnit, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 }

/** The unit a label or column header names for bare numbers: "预算金额（万元）", "单位：万元". */
export function unitHintOf(label: string): MoneyUnit | null {
  const s = halfWidth(label).replace(/\s+/g, '')
  const m = /[(（](?:单位[:：])?(亿元|万元|万|元)[)）]|单位[:：](亿元|万元|元)/.exec(s)
  const u = m ? (m[1] ?? m[2]) : null
  return u === '万' ? '万元' : (u as MoneyUnit | null)
}

const FIGURES =
  /(¥|￥|RMB|CNY|人民币)?\s*(?:[:：])?\s*(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|万|元|圆)?/g
const WORDS = /(人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆][零壹贰叁肆伍陆柒捌玖角分整正]*/g

/** Every amount in the text, in order; `hint` is the unit of bare numbers (from the label or column). */
export function findAmounts(text: string, hint: MoneyUnit | null = null): FoundAmount[] {
  const s = halfWidth(text)
  const out: FoundAmount[] = []
  WORDS.lastIndex = 0
  for (let m = WORDS.exec(s); m; m = WORDS.exec(s)) {
    const r = parseAmountWords(m[0])
    if (r.ok) out.push({ yuan: r.value, index: m.index, length: m[0].length, words: true })
  }
  FIGURES.lastIndex = 0
  for (let m = FIGURES.exec(s); m; m = FIGURES.exec(s)) {
    const [whole, sign, digits, unitRaw] = m
    const before = s.slice(Math.max(0, m.index - 1), m.index)
    const after = s.slice(m.index + whole.length, m.index + whole.length + 2)
    // Part of a longer token (a project number, a date, a clause number) or a percentage: not money.
    if (/[\w.\-/]/.test(before) && !sign) continue
    if (/^\s*[%％年月日天个份包号次条项页小时]/.test(after) && !unitRaw) continue
    if (/^[-/]\d/.test(after)) continue
    const unit: MoneyUnit | null = unitRaw
      ? unitRaw === '万' || unitRaw === '万元'
        ? '万元'
        : unitRaw === '亿元'
          ? '亿元'
          : '元'
      : sign
        ? '元'
        : hint
    if (!unit) continue
    const n = Number(digits.replace(/[,，]/g, ''))
    if (!Number.isFinite(n)) continue
    out.push({ yuan: round2(n * FACTOR[unit]), index: m.index, length: whole.length, words: false })
  }
  return out.sort((a, b) => a.index - b.index)
}

/**
 * The amount a value states: figures preferred (they carry the decimals), else words. A value stating figures and
 * words that disagree returns the figures and says so.
 */
export function parseMoney(
  text: string,
  hint: MoneyUnit | null = null,
): { yuan: number; conflict: number | null } | null {
  const all = findAmounts(text, hint)
  if (all.length === 0) return null
  const fig = all.find((a) => !a.words)
  const words = all.find((a) => a.words)
  const chosen = fig ?? words!
  const conflict = fig && words && Math.abs(fig.yuan - words.yuan) > 0.005 ? words.yuan : null
  return { yuan: chosen.yuan, conflict }
}
