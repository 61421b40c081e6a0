import { basisOf } from './basis'
import { referenceScope } from './bid-texts'
import type { RuleContext } from './context'
import { at, bidTextFields } from './fields'
import { halfWidth } from './read/normalise'
import { orgsIn } from './read/roles'
import { editDistance, isPlaceholder, normaliseName } from './text'

/**
 * E06 beyond the labels: a company name anywhere in the bid that is one or two characters off our own
 * ("杭州智联信息科技有限公司" for 杭州智联信息技术有限公司) is our name mistyped — a 评标委员会 reads it as another
 * legal entity. Only names as long as ours give or take one character count, so a sister company with a
 * longer name ("…技术服务有限公司") or a customer is never taken for a typo.
 */

const SUFFIX_RE = /(?:股份有限公司|有限责任公司|有限公司)/gu

/** The allowed slip for a name of this length: one character, two from ten characters on. */
const slack = (n: number) => (n >= 10 ? 2 : 1)

export function nameTypos(ctx: RuleContext, ours: readonly string[]): void {
  const names = ours.map(normaliseName).filter((n) => n.length >= 6)
  if (names.length === 0) return
  const known = new Set([
    ...names,
    ...ctx.bid.quote.items.map((i) => normaliseName(i.manufacturer)),
    normaliseName(ctx.bid.buyer.name),
    normaliseName(ctx.bid.agency),
    ...ctx.otherBids.map((o) => normaliseName(o.buyerName ?? '')),
  ])
  const scope = referenceScope(ctx)
  for (const f of bidTextFields(ctx)) {
    if (f.field === 'title' || scope.field(f) || !f.text.includes('公司')) continue
    let labelled: Set<string> | null = null
    let offset = 0
    for (const line of f.text.split('\n')) {
      const start = offset
      offset += line.length + 1
      // A line about past work names other companies on purpose.
      if (!line.includes('公司') || scope.line(f.text, start)) continue
      const t = halfWidth(line).replace(/\s+/gu, '')
      SUFFIX_RE.lastIndex = 0
      for (let m = SUFFIX_RE.exec(t); m; m = SUFFIX_RE.exec(t)) {
        const end = m.index + m[0].length
        for (const own of names) {
          const hit = nearest(t, end, own)
          if (!hit || known.has(hit) || isPlaceholder(ctx, hit)) continue
          // A labelled name (投标人名称：…) is E06's own finding already.
          labelled ??= new Set(
            orgsIn(f.text)
              .filter((o) => o.role !== 'manufacturer')
              .map((o) => normaliseName(o.name)),
          )
          if (labelled.has(hit)) continue
          const d = editDistance(hit, own)
          ctx.add({
            ruleId: 'E06',
            severity: '失分风险',
            ...at(f),
            discriminator: `typo:${hit}`,
            message: {
              zh: `“${hit}”与本公司名称“${own}”只差 ${d} 个字，疑似写错`,
              en: `"${hit}" is ${d} character(s) off our name "${own}": a typo?`,
            },
            fix: {
              zh: '使用与营业执照一致的公司全称',
              en: 'Use the full name exactly as on the business licence',
            },
            basis: basisOf(ctx, 'form'),
          })
          break
        }
      }
    }
  }
}

/** The text ending at `end` that is closest to `own` within the slip, when it is not `own` itself. */
function nearest(t: string, end: number, own: string): string | null {
  let best: { s: string; d: number } | null = null
  for (let len = own.length - 1; len <= own.length + 1; len++) {
    if (end - len < 0) continue
    const s = t.slice(end - len, end)
    if (!/^[\u4e00-\u9fff()]+$/u.test(s)) continue
    const d = editDistance(s, own)
    if (d === 0) return null
    if (d <= slack(own.length) && (!best || d < best.d)) best = { s, d }
  }
  return best?.s ?? null
}
