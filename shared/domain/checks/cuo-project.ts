import { referenceScope } from './bid-texts'
import type { RuleContext } from './context'
import { at, bidTextFields } from './fields'
import { escapeRegExp, extract, isPlaceholder, normaliseName, shortFormOf } from './text'

/**
 * E07: buyer, project name and tender number as this bid's, and no trace of another bid of the workspace.
 * Past projects are named on purpose in reference lists (类似项目业绩表, 用户名单) and in lines about them
 * ("曾为某县教育局实施…"), so those are not leftovers.
 */

function labelled(ctx: RuleContext, scope: ReturnType<typeof referenceScope>): void {
  const { bid } = ctx
  const fields = bidTextFields(ctx).filter(
    (f) => (f.base === 'sections' || f.base === 'requirements') && !scope.field(f),
  )
  const checks = [
    { kind: 'project', own: bid.title, label: { zh: '项目名称', en: 'project name' }, get: extract.project },
    {
      kind: 'tenderNo',
      own: bid.tenderNo,
      label: { zh: '招标编号', en: 'tender number' },
      get: extract.tenderNo,
    },
    { kind: 'buyer', own: bid.buyer.name, label: { zh: '采购人', en: 'buyer' }, get: extract.buyer },
  ]
  for (const c of checks) {
    const own = normaliseName(c.own).toUpperCase()
    if (!own) continue
    for (const f of fields)
      for (const v of c.get(f.text)) {
        const val = normaliseName(v.value).toUpperCase()
        if (val === own || isPlaceholder(ctx, v.value) || scope.line(f.text, v.index)) continue
        // A lot of this tender ("招标编号：ZFCG-2026-018-02" or the number of one 包) is still this tender.
        if (c.kind === 'tenderNo' && val.startsWith(own) && /^[-_/(（]/u.test(val.slice(own.length))) continue
        ctx.add({
          ruleId: 'E07',
          severity: '失分风险',
          ...at(f),
          discriminator: `${c.kind}:${val}`,
          message: {
            zh: `${c.label.zh}写为“${v.value}”，本项目为“${c.own}”`,
            en: `The ${c.label.en} reads "${v.value}" but this bid's is "${c.own}"`,
          },
          fix: { zh: `统一为本项目的${c.label.zh}`, en: `Use this bid's ${c.label.en}` },
          basis: '招标文件投标文件格式',
        })
      }
  }
}

/**
 * The letter's addressee ("致：…") is the buyer or its agency; a short form of either ("致：某能源集团" for
 * 某能源集团有限公司) is the same party. Anyone else is the addressee of the response it was copied from.
 */
function addressee(ctx: RuleContext, scope: ReturnType<typeof referenceScope>): void {
  const { bid } = ctx
  const parties = [bid.buyer.name, bid.agency].map((n) => normaliseName(n).toUpperCase()).filter(Boolean)
  if (parties.length === 0) return
  const same = (v: string) =>
    parties.some((p) => p === v || shortFormOf(v, p) || (p.length >= 4 && v.includes(p))) ||
    /^(?:采购人|招标人|采购代理机构|招标代理机构|评标委员会|评审委员会|谈判小组|磋商小组)$/u.test(v)
  for (const f of bidTextFields(ctx)) {
    if ((f.base !== 'sections' && f.base !== 'requirements') || scope.field(f)) continue
    for (const v of extract.addressee(f.text)) {
      const val = normaliseName(v.value).toUpperCase()
      // Another bid's buyer is leftovers()' finding, which names that bid.
      const otherBuyer = ctx.otherBids.some((o) => {
        const b = normaliseName(o.buyerName ?? '').toUpperCase()
        return b.length >= 4 && (b.includes(val) || val.includes(b))
      })
      if (same(val) || otherBuyer || isPlaceholder(ctx, v.value)) continue
      const agency = bid.agency ? `（代理机构“${bid.agency}”）` : ''
      ctx.add({
        ruleId: 'E07',
        severity: '失分风险',
        ...at(f),
        discriminator: `addressee:${val}`,
        message: {
          zh: `致函对象写为“${v.value}”，本项目采购人为“${bid.buyer.name}”${agency}`,
          en: `The letter is addressed to "${v.value}" but this bid's buyer is "${bid.buyer.name}"${bid.agency ? ` (agency "${bid.agency}")` : ''}`,
        },
        fix: { zh: '致函对象写本项目的采购人或代理机构', en: "Address it to this bid's buyer or agency" },
        basis: '招标文件投标文件格式',
      })
    }
  }
}

/** Names and numbers of the workspace's other bids: the trace of copy-paste from an old response. */
function leftovers(ctx: RuleContext, scope: ReturnType<typeof referenceScope>): void {
  const { bid } = ctx
  const ownBuyer = normaliseName(bid.buyer.name)
  const ownNo = normaliseName(bid.tenderNo)
  const ownTitle = normaliseName(bid.title)
  const needles = new Map<string, { kind: 'buyer' | 'tenderNo'; bidTitle: string; text: string }>()
  for (const o of ctx.otherBids) {
    const buyer = normaliseName(o.buyerName ?? '')
    if (buyer.length >= 4 && !ownBuyer.includes(buyer) && !ownTitle.includes(buyer))
      needles.set(buyer, { kind: 'buyer', bidTitle: o.title, text: buyer })
    const no = normaliseName(o.tenderNo ?? '')
    if (no.length >= 4 && !ownNo.includes(no))
      needles.set(no, { kind: 'tenderNo', bidTitle: o.title, text: no })
  }
  if (needles.size === 0) return
  // Matched on the raw text, tolerant of spaces and of either kind of parentheses, so the 10,000
  // fields of a big bid are not copied and normalised first.
  const re = new RegExp(
    [...needles.keys()]
      .sort((a, b) => b.length - a.length)
      .map(loosePattern)
      .join('|'),
    'gu',
  )
  for (const f of bidTextFields(ctx)) {
    if (scope.field(f)) continue
    re.lastIndex = 0
    for (let m = re.exec(f.text); m; m = re.exec(f.text)) {
      const n = needles.get(normaliseName(m[0]))
      if (!n || scope.line(f.text, m.index)) continue
      const what =
        n.kind === 'buyer' ? { zh: '采购人', en: 'buyer' } : { zh: '招标编号', en: 'tender number' }
      ctx.add({
        ruleId: 'E07',
        severity: '失分风险',
        ...at(f),
        discriminator: `other:${n.text}`,
        message: {
          zh: `出现其他项目“${n.bidTitle}”的${what.zh}“${n.text}”，疑似从旧标书复制`,
          en: `Names the ${what.en} "${n.text}" of another bid ("${n.bidTitle}"): copied from an old response?`,
        },
        fix: { zh: '替换为本项目的信息', en: "Replace it with this bid's details" },
        basis: '招标文件投标文件格式',
      })
    }
  }
}

function loosePattern(name: string): string {
  return [...name].map((c) => (c === '(' ? '[(（]' : c === ')' ? '[)）]' : escapeRegExp(c))).join('\\s*')
}

export function runProject(ctx: RuleContext): void {
  const scope = referenceScope(ctx)
  labelled(ctx, scope)
  addressee(ctx, scope)
  leftovers(ctx, scope)
}
