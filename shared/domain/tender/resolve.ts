import { formatMoney } from '../export/format'
import { squash } from './document'
import { AS_DEADLINE, AS_SUBMIT_PLACE, type FactValue } from './fact-values'
import { RANK_NAMES, type FactCandidate, type Source } from './facts'
import type { FactKey } from './labels'

export interface Warning {
  zh: string
  en: string
  /** The JSON path the warning is about, when there is one. */
  path?: string
}

export const FACT_NAMES: Record<FactKey, [string, string]> = {
  name: ['项目名称', 'project name'],
  number: ['项目编号', 'project number'],
  buyer: ['采购人', 'buyer'],
  agency: ['代理机构', 'agency'],
  budget: ['预算金额', 'budget'],
  ceiling: ['最高限价', 'price ceiling'],
  deadline: ['投标截止时间', 'submission deadline'],
  opening: ['开标时间', 'opening time'],
  openingPlace: ['开标地点', 'opening place'],
  submitPlace: ['递交地点', 'submission place'],
  'bond.amount': ['投标保证金', 'bid bond'],
  'bond.form': ['保证金形式', 'bond form'],
  'bond.deadline': ['保证金截止时间', 'bond deadline'],
  validityDays: ['投标有效期', 'bid validity'],
  copies: ['投标文件份数', 'copies'],
  method: ['采购方式', 'procurement method'],
  evaluation: ['评标方法', 'evaluation method'],
}

/** How a value is shown in messages. */
export function showValue(key: FactKey, v: FactValue): string {
  if (typeof v === 'number') return key === 'validityDays' ? `${v}天` : `¥${formatMoney(v)}`
  if (Array.isArray(v)) return v.join('、')
  if (typeof v === 'object') return `正本${v.original ?? '?'}份、副本${v.duplicates ?? '?'}份`
  const t = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(v)
  return t ? `${t[1]} ${t[2]}` : v
}

const NAMES_OF_PLACES: FactKey[] = ['buyer', 'agency', 'openingPlace', 'submitPlace']

function same(a: FactValue, b: FactValue, key?: FactKey): boolean {
  if (a === AS_DEADLINE || b === AS_DEADLINE || a === AS_SUBMIT_PLACE || b === AS_SUBMIT_PLACE) return true
  if (typeof a === 'string' && typeof b === 'string') {
    // "XX交易中心第二开标室" and "XX交易中心第二开标室（新华路88号）" name the same place.
    if (key && NAMES_OF_PLACES.includes(key)) {
      const x = squash(a).replace(/[(（][^)）]*[)）]/g, '')
      const y = squash(b).replace(/[(（][^)）]*[)）]/g, '')
      if (x.includes(y) || y.includes(x)) return true
    }
    // A date without a clock does not contradict the same date with one.
    if (/^\d{4}-\d{2}-\d{2}/.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b) && (a.length === 10 || b.length === 10))
      return a.slice(0, 10) === b.slice(0, 10)
    return squash(a).replace(/[“”"《》]/g, '') === squash(b).replace(/[“”"《》]/g, '')
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    return a.original === b.original && a.duplicates === b.duplicates
  }
  return JSON.stringify(a) === JSON.stringify(b)
}

function whereOf(c: FactCandidate): { zh: string; en: string } {
  const chapter = c.source.chapter || c.source.file
  return c.rank === 0
    ? {
        zh: `前附表（${chapter}）第${c.source.paragraph}段`,
        en: `the 前附表 (${chapter}), paragraph ${c.source.paragraph}`,
      }
    : { zh: `${chapter}第${c.source.paragraph}段`, en: `${chapter}, paragraph ${c.source.paragraph}` }
}

export interface ResolvedFacts {
  values: Partial<Record<FactKey, FactValue>>
  sources: Partial<Record<FactKey, Source>>
  warnings: Warning[]
}

/**
 * One value per fact: the best-ranked candidate (前附表 over other tables over text), the first one on a tie. A
 * winner without a clock takes the clock of another candidate on the same date. Every other candidate that states
 * a different value becomes a warning naming both places.
 */
export function resolveFacts(cands: FactCandidate[], pathOf: (k: FactKey) => string): ResolvedFacts {
  const out: ResolvedFacts = { values: {}, sources: {}, warnings: [] }
  const byKey = new Map<FactKey, FactCandidate[]>()
  for (const c of cands) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c])
  for (const [key, list] of byKey) {
    const sorted = [...list].sort((a, b) => a.rank - b.rank)
    let win = sorted[0]
    if (typeof win.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(win.value)) {
      const timed = sorted.find((c) => typeof c.value === 'string' && c.value.startsWith(`${win.value}T`))
      if (timed) win = { ...win, value: timed.value }
    }
    out.values[key] = win.value
    out.sources[key] = win.source
    const seen = new Set<string>()
    for (const c of sorted) {
      if (c === sorted[0] || same(c.value, win.value, key) || c.rank > 3) continue
      const shown = showValue(key, c.value)
      if (seen.has(shown)) continue
      seen.add(shown)
      const [zh, en] = FACT_NAMES[key]
      const w = whereOf(sorted[0])
      const o = whereOf(c)
      out.warnings.push({
        path: pathOf(key),
        zh: `${zh}不一致：${w.zh}为“${showValue(key, win.value)}”，${o.zh}为“${shown}”；已采用${RANK_NAMES[win.rank]}的值，请核对`,
        en: `${en} disagrees: ${w.en} says "${showValue(key, win.value)}", ${o.en} says "${shown}"; took the ${win.rank === 0 ? '前附表' : 'first'} value, please check`,
      })
    }
  }
  return out
}
