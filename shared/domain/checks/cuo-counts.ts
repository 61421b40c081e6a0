import { basisOf } from './basis'
import type { RuleContext } from './context'
import { countsIn, type Count } from './read/counts'

/**
 * E13 for counts: a requirement's minimum ("驻场人员不少于6人", "至少2台") against the counts its own response
 * states ("安排5名驻场工程师"). Compared kind by kind (people, 台, 套…) and conservatively: the largest count
 * the response gives must reach the largest minimum the requirement sets, so "8名工程师，其中3人高级" still
 * answers "不少于6人，其中高级不少于2人".
 */

// A clause that scores ("每增加1人加0.5分") sets no minimum.
const SCORING_RE = /每|[加得扣]\s*\d+(?:\.\d+)?\s*分|满分|评分|分值/u

const UNIT_NAME: Record<string, string> = { person: '人' }

export function runCounts(ctx: RuleContext): void {
  ctx.bid.requirements.forEach((r, i) => {
    if (!r.responseText.trim() || r.deviation === '负偏离' || SCORING_RE.test(r.text)) return
    const mins = new Map<string, Count>()
    for (const c of countsIn(r.text))
      if (c.bound === 'min' && (mins.get(c.kind)?.value ?? -1) < c.value) mins.set(c.kind, c)
    if (mins.size === 0) return
    const given = countsIn(r.responseText)
    for (const [kind, min] of mins) {
      const same = given.filter((g) => g.kind === kind)
      if (same.length === 0) continue
      const most = same.reduce((a, b) => (b.value > a.value ? b : a))
      if (most.value >= min.value) continue
      const unit = UNIT_NAME[kind] ?? kind
      ctx.add({
        ruleId: 'E13',
        severity: r.star ? '否决风险' : '失分风险',
        path: `requirements.${i}.responseText`,
        itemId: r.id,
        discriminator: `count:${kind}:${most.value}`,
        message: {
          zh: `“${r.no || '要求'}”的响应为“${most.raw}”，少于招标要求“${min.raw}”${r.star ? '（★条款）' : ''}，且未声明负偏离`,
          en: `The response to ${r.no || 'a requirement'} gives ${most.value} ${unit}, fewer than the required ${min.raw}${r.star ? ' (a ★ requirement)' : ''}, and no negative deviation is declared`,
        },
        fix: {
          zh: '满足招标要求的数量，或在偏离表中如实声明负偏离（★条款不得负偏离）',
          en: 'Meet the required number, or declare the negative deviation (never on a ★ term)',
        },
        basis: r.star ? basisOf(ctx, 'veto') : basisOf(ctx, 'form'),
      })
    }
  })
}
