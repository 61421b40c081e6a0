import type { Bid, CompanyProfile } from '@shared/schemas'
import { normaliseName } from '../checks/text'
import { figureText } from '../sme/size'
import { isConsortiumBid, leadFirst, memberOf, memberRowSource } from './consortium'
import type { DataRow } from './rows'

/** The lines of the 中小企业声明函 (财库〔2020〕46号 附1). */

const SIZE_WORD: Record<string, string> = {
  大型: '大型企业',
  中型: '中型企业',
  小型: '小型企业',
  微型: '微型企业',
}

/**
 * One line per 标的 and maker: goods name their manufacturer; services and works are performed by the bidder
 * (承接/承建企业), whose size is the bid's declared one — or, for a consortium, by its members (memberSmeRows).
 */
export function smeRows(bid: Bid, company: CompanyProfile): DataRow[] {
  if (bid.category !== '货物' && isConsortiumBid(bid)) return memberSmeRows(bid, company)
  const out: DataRow[] = []
  const seen = new Set<string>()
  const us = normaliseName(company.name)
  const ours = { employees: company.employees, revenueWan: company.revenueWan, assetsWan: company.assetsWan }
  bid.quote.items.forEach((it, i) => {
    const goods = bid.category === '货物'
    const maker = goods ? it.manufacturer.trim() : company.name
    const size = goods ? (SIZE_WORD[it.manufacturerSize] ?? '') : bid.sme.size
    const n = normaliseName(maker)
    // The maker's previous-year figures (46号 附1); blank when not known (a new enterprise may leave them blank).
    const figures = n === us ? ours : (bid.sme.makers.find((m) => normaliseName(m.name) === n) ?? null)
    const key = `${it.name}\u0000${maker}`
    if (!it.name.trim() || seen.has(key)) return
    seen.add(key)
    out.push({
      path: `quote.items.${i}`,
      itemId: it.id,
      doc: 'bid',
      values: {
        'row.no': String(out.length + 1),
        'row.item': it.name,
        'row.industry': bid.sme.industry,
        'row.maker': maker,
        'row.size': size,
        'row.employees': figureText(figures?.employees ?? null),
        'row.revenue': figureText(figures?.revenueWan ?? null),
        'row.assets': figureText(figures?.assetsWan ?? null),
        'row.share': '',
        'row.role': '',
      },
    })
  })
  return out
}

/**
 * One line per consortium member, the 牵头人 first (46号 附1 "含联合体中的中小企业"): its part of the work, its own
 * figures and size, and its share of the contract (46号 art. 9: the deduction depends on the small and micro
 * members' share in the 联合体协议). Services and works print these as the 承接/承建企业 lines; goods print them
 * after the makers' lines (the goods are still declared per maker, the consortium's parties in addition).
 */
export function memberSmeRows(bid: Bid, company: CompanyProfile): DataRow[] {
  if (!isConsortiumBid(bid)) return []
  return leadFirst(bid).map(({ m, i }, n) => {
    const f = m.isUs
      ? { employees: company.employees, revenueWan: company.revenueWan, assetsWan: company.assetsWan }
      : m
    const source = memberRowSource(m, i)
    return {
      ...source,
      fields: { ...source.fields, 'row.role': `consortium.members.${i}.role` },
      values: {
        'row.no': String(n + 1),
        'row.item': m.work.trim() || bid.title,
        'row.industry': bid.sme.industry,
        'row.maker': memberOf(m, company).name,
        'row.role': m.role,
        'row.size': SIZE_WORD[m.size] ?? '',
        'row.employees': figureText(f.employees),
        'row.revenue': figureText(f.revenueWan),
        'row.assets': figureText(f.assetsWan),
        'row.share':
          m.sharePercent == null ? '' : `，在联合体中承担合同金额的${m.sharePercent}%（以联合体协议为准）`,
      },
    }
  })
}
