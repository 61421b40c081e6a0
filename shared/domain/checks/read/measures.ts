import { halfWidth } from './normalise'
import { CN_NUM, numberOf } from './quantity'

/**
 * Figures with a unit as requirements and responses write them: counts ("驻场人员不少于6人", "安排 5 名工程师",
 * "至少两台") and technical measures ("存储容量不少于 100TB", "球管热容量不低于300kHU", "可用率不低于99.95%",
 * "响应时间不超过 2ms"), with the bound a requirement sets. People (人/名/位) are one kind; any other unit is
 * its own, compared only with itself (no TB/PB conversion). Man-days ("20人天"), money ("人民币"), availability
 * ("7×24"), ordinals ("第2名"), model and version numbers ("ISO27001", "V6.0") are not measures.
 */

export interface Measure {
  value: number
  kind: string
  unit: string
  bound: 'min' | 'max' | null
  index: number
  raw: string
}

const MIN_WORDS = /不少于|不低于|不小于|至少|最少|大于等于|>=|≥/u
const MAX_WORDS = /不超过|不多于|不大于|不高于|最多|小于等于|<=|≤/u
const MEASURE_RE = new RegExp(
  `(不少于|不低于|不小于|至少|最少|大于等于|不超过|不多于|不大于|不高于|最多|小于等于|>=|≥|<=|≤)?\\s*(\\d+(?:\\.\\d+)?|${CN_NUM})\\s*(名|人|位|台|套|个|块|处|%|[A-Za-z]{1,4}(?![A-Za-z]))(以上|及以上|以下|及以下|以内)?`,
  'gu',
)

export function measuresIn(text: string): Measure[] {
  const t = halfWidth(text)
  const out: Measure[] = []
  MEASURE_RE.lastIndex = 0
  for (let m = MEASURE_RE.exec(t); m; m = MEASURE_RE.exec(t)) {
    const numAt = m.index + m[0].indexOf(m[2], (m[1] ?? '').length)
    const before = t.slice(Math.max(0, numAt - 1), numAt)
    const next = t[m.index + m[0].length - (m[4]?.length ?? 0)] ?? ''
    const unit = m[3]
    const ascii = /^[A-Za-z]+$/u.test(unit)
    if (
      /[×x*第.\-A-Za-z\d]/iu.test(before) ||
      (unit === '人' && /[天日月年次民工]/u.test(next)) ||
      (unit === '个' && /[月工小星]/u.test(next)) ||
      (ascii && !/^\d/u.test(m[2])) ||
      // Hours and minutes are the terms' (response, arrival, repair times: read/terms.ts).
      /^(?:h|min)$/iu.test(unit)
    )
      continue
    const value = numberOf(m[2])
    if (value === null) continue
    const lead = m[1] ?? ''
    const tail = m[4] ?? ''
    const bound =
      MIN_WORDS.test(lead) || /以上/u.test(tail)
        ? 'min'
        : MAX_WORDS.test(lead) || /以下|以内/u.test(tail)
          ? 'max'
          : null
    out.push({
      value,
      kind: /^[名人位]$/u.test(unit) ? 'person' : ascii ? unit.toLowerCase() : unit,
      unit,
      bound,
      index: m.index,
      raw: m[0].trim(),
    })
  }
  return out
}
