import { halfWidth } from './normalise'
import { CN_NUM, numberOf } from './quantity'

/**
 * Counts as requirements and responses write them: "驻场人员不少于6人", "安排 5 名驻场工程师", "至少两台",
 * "3套以上". People (人/名/位) are one kind; other units are their own. Man-days ("20人天"), money ("人民币"),
 * availability ("7×24") and ordinals ("第2名") are not counts.
 */

export type CountKind = 'person' | string

export interface Count {
  value: number
  kind: CountKind
  unit: string
  bound: 'min' | 'max' | null
  index: number
  raw: string
}

const COUNT_RE = new RegExp(
  `(不少于|不低于|至少|最少|不超过|不多于|最多|>=|≥|<=|≤)?\\s*(\\d+|${CN_NUM})\\s*(名|人|位|台|套|个|块|处)(以上|及以上|以下|及以下|以内)?`,
  'gu',
)

export function countsIn(text: string): Count[] {
  const t = halfWidth(text)
  const out: Count[] = []
  COUNT_RE.lastIndex = 0
  for (let m = COUNT_RE.exec(t); m; m = COUNT_RE.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 1), m.index)
    const next = t[m.index + m[0].length - (m[4]?.length ?? 0)] ?? ''
    if (
      /[×x*第]/iu.test(before) ||
      (m[3] === '人' && /[天日月年次民工]/u.test(next)) ||
      (m[3] === '个' && /[月工小星]/u.test(next))
    )
      continue
    const value = numberOf(m[2])
    if (value === null) continue
    const lead = m[1] ?? ''
    const tail = m[4] ?? ''
    const bound =
      /不少于|不低于|至少|最少|>=|≥/u.test(lead) || /以上/u.test(tail)
        ? 'min'
        : /不超过|不多于|最多|<=|≤/u.test(lead) || /以下|以内/u.test(tail)
          ? 'max'
          : null
    out.push({
      value,
      kind: /[名人位]/u.test(m[3]) ? 'person' : m[3],
      unit: m[3],
      bound,
      index: m.index,
      raw: m[0].trim(),
    })
  }
  return out
}
