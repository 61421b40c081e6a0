import { basisOf } from './basis'
import type { RuleContext } from './context'
import { measuresIn, type Measure } from './read/measures'

/**
 * E13 for counts and technical measures: a requirement's minimum ("驻场人员不少于6人", "存储容量不少于100TB",
 * "可用率不低于99.95%") or maximum ("不超过 2ms") against the figures its own response states, unit by unit.
 * Conservative: the largest figure the response gives must reach the largest minimum (so "8名工程师，其中3人
 * 高级" still answers "不少于6人，其中高级不少于2人"), and its smallest must not pass the smallest maximum.
 */

// A clause that scores ("每增加1人加0.5分") sets no bound.
const SCORING_RE = /每|[加得扣]\s*\d+(?:\.\d+)?\s*分|满分|评分|分值/u

function tightest(ms: Measure[], bound: 'min' | 'max'): Map<string, Measure> {
  const out = new Map<string, Measure>()
  for (const m of ms) {
    if (m.bound !== bound) continue
    const had = out.get(m.kind)
    if (!had || (bound === 'min' ? m.value > had.value : m.value < had.value)) out.set(m.kind, m)
  }
  return out
}

export function runMeasures(ctx: RuleContext): void {
  ctx.bid.requirements.forEach((r, i) => {
    if (!r.responseText.trim() || r.deviation === '负偏离' || SCORING_RE.test(r.text)) return
    const asked = measuresIn(r.text)
    if (!asked.some((m) => m.bound)) return
    const given = measuresIn(r.responseText)
    const short: [Measure, Measure, 'min' | 'max'][] = []
    for (const [kind, min] of tightest(asked, 'min')) {
      const same = given.filter((g) => g.kind === kind)
      if (same.length === 0) continue
      const most = same.reduce((a, b) => (b.value > a.value ? b : a))
      if (most.value < min.value) short.push([most, min, 'min'])
    }
    for (const [kind, max] of tightest(asked, 'max')) {
      const same = given.filter((g) => g.kind === kind)
      if (same.length === 0) continue
      const least = same.reduce((a, b) => (b.value < a.value ? b : a))
      if (least.value > max.value) short.push([least, max, 'max'])
    }
    for (const [got, want, bound] of short)
      ctx.add({
        ruleId: 'E13',
        severity: r.star ? '否决风险' : '失分风险',
        path: `requirements.${i}.responseText`,
        itemId: r.id,
        discriminator: `measure:${got.kind}:${got.value}`,
        message: {
          zh: `“${r.no || '要求'}”的响应为“${got.raw}”，${bound === 'min' ? '未达到' : '超出'}招标要求“${want.raw}”${r.star ? '（★条款）' : ''}，且未声明负偏离`,
          en: `The response to ${r.no || 'a requirement'} gives ${got.raw}, ${bound === 'min' ? 'short of' : 'beyond'} the required ${want.raw}${r.star ? ' (a ★ requirement)' : ''}, and no negative deviation is declared`,
        },
        fix: {
          zh: '满足招标要求，或在偏离表中如实声明负偏离（★条款不得负偏离）',
          en: 'Meet the requirement, or declare the negative deviation (never on a ★ term)',
        },
        basis: r.star ? basisOf(ctx, 'veto') : basisOf(ctx, 'form'),
      })
  })
}
