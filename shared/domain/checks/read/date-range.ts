import { datesIn, dayOf, isRealDate, type TextDate } from '../text'
import type { Period } from './quantity'

/**
 * Periods written as a span of dates, as services state their 服务期 ("2027年1月1日至2027年12月31日",
 * "自2027-01-01起至2027-12-31止"): the number of days both ends included, and the span itself, because a
 * window of the right length that starts late still leaves the buyer's first month without service.
 */

// What joins the two ends: 至/到/~/— or a dash, optionally after 起 ("自…起至…止").
const JOIN = /^\s*(?:起)?\s*(?:至|到|~|～|—|–|－|-)\s*$/u

function iso(d: TextDate): string | null {
  if (!isRealDate(d.y, d.m, d.d)) return null
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`
}

export function dateRangesIn(text: string): Period[] {
  const dates = datesIn(text)
  const out: Period[] = []
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]
    const b = dates[i + 1]
    if (!JOIN.test(text.slice(a.index + a.raw.length, b.index))) continue
    const from = iso(a)
    const to = iso(b)
    if (!from || !to || to < from) continue
    const days = dayOf(to) - dayOf(from) + 1
    out.push({
      value: days,
      unit: '天',
      family: 'days',
      amount: days,
      index: a.index,
      raw: text.slice(a.index, b.index + b.raw.length),
      span: { from, to },
    })
    i++
  }
  return out
}

/** Whether `offered` leaves part of `required` uncovered (both spans of dates). */
export function leavesUncovered(offered: Period, required: Period): boolean {
  if (!offered.span || !required.span) return false
  return offered.span.from > required.span.from || offered.span.to < required.span.to
}
