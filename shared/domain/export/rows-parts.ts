import type { Bid, CompanyProfile, Material } from '@shared/schemas'
import { amountToWords } from '../amount'
import { formatMoney } from './format'
import { CURRENCY_SIGN } from './placeholder-context'
import { toYuan } from './quote-math'
import type { DataRow } from './rows'

/**
 * Data rows of the bid-model parts (checks v2): consortium members, lots, the SME declaration's lines and the key
 * staff. Bound tables (`source` in a form) print them; each row names the bid field it comes from, so a print rule
 * can point at it.
 */
export const PART_SOURCES = ['consortium', 'lots', 'smeLines', 'keyStaff'] as const
export type PartSource = (typeof PART_SOURCES)[number]

export const PART_ROW_FIELDS: Record<PartSource, Record<string, string>> = {
  consortium: {
    'row.name': 'name',
    'row.creditCode': 'creditCode',
    'row.role': 'role',
    'row.legalRep': 'legalRep',
    'row.work': 'work',
    'row.share': 'sharePercent',
    'row.qualifications': 'qualificationsRequired',
  },
  lots: {
    'row.lotNo': 'no',
    'row.lotName': 'name',
    'row.price': 'price',
    'row.deliveryPeriod': 'deliveryPeriod',
    'row.warranty': 'warranty',
  },
  smeLines: { 'row.item': 'name', 'row.maker': 'manufacturer', 'row.size': 'manufacturerSize' },
  keyStaff: {
    'row.post': 'post',
    'row.name': 'name',
    'row.idNumber': 'idNumber',
    'row.certificateRequired': 'certificateRequired',
    'row.certificates': 'certificateMaterialIds',
  },
}

export function isPartSource(s: string): s is PartSource {
  return (PART_SOURCES as readonly string[]).includes(s)
}

/** The parts a form block can be printed for (`when.has`). */
export const BID_PARTS = ['consortium', 'lots', 'sme', 'keyStaff', 'agent'] as const
export type BidPart = (typeof BID_PARTS)[number]

const SME_SIZES = new Set(['中型企业', '小型企业', '微型企业'])

/** Whether the bid has this part, i.e. whether the forms about it are printed. */
export function hasPart(bid: Bid, part: BidPart): boolean {
  switch (part) {
    case 'consortium':
      return bid.consortium.isConsortium && bid.consortium.members.length > 0
    case 'lots':
      return bid.lots.some((l) => l.bidding)
    case 'sme':
      // The 声明函 is printed when we declare a size that qualifies, or claim the deduction (which needs it).
      return SME_SIZES.has(bid.sme.size) || bid.sme.deductionClaimed
    case 'keyStaff':
      return bid.keyStaff.length > 0
    case 'agent':
      return bid.signatory.role === '授权代表'
  }
}

/** A consortium member as printed: our own entry takes the name, code and legal rep of the company profile. */
export function memberOf(m: Bid['consortium']['members'][number], company: CompanyProfile) {
  return m.isUs
    ? {
        ...m,
        name: company.name || m.name,
        creditCode: company.creditCode || m.creditCode,
        legalRep: company.legalRep || m.legalRep,
      }
    : m
}

function consortiumRows(bid: Bid, company: CompanyProfile): DataRow[] {
  // The 牵头人 first, as the agreement names it.
  const order = bid.consortium.members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => Number(b.m.role === '牵头人') - Number(a.m.role === '牵头人') || a.i - b.i)
  return order.map(({ m, i }, n) => {
    const p = memberOf(m, company)
    return {
      path: `consortium.members.${i}`,
      itemId: m.id,
      doc: 'bid',
      values: {
        'row.no': String(n + 1),
        'row.name': p.name,
        'row.creditCode': p.creditCode,
        'row.role': p.role,
        'row.legalRep': p.legalRep,
        'row.work': p.work,
        'row.share': p.sharePercent == null ? '' : `${p.sharePercent}%`,
        'row.qualifications': p.qualificationsRequired.filter(Boolean).join('；'),
      },
    }
  })
}

function lotRows(bid: Bid): DataRow[] {
  const sign = CURRENCY_SIGN[bid.quote.currency]
  const out: DataRow[] = []
  bid.lots.forEach((l, i) => {
    if (!l.bidding) return
    const yuan = l.price == null ? null : toYuan(l.price, bid.quote.moneyUnit)
    out.push({
      path: `lots.${i}`,
      itemId: l.id,
      doc: 'bid',
      values: {
        'row.no': String(out.length + 1),
        'row.lotNo': l.no,
        'row.lotName': l.name,
        'row.price': yuan == null ? '' : sign + formatMoney(yuan),
        // Words are written from the figure, never typed (one price: the 大写 cannot disagree with the 小写).
        'row.priceWords': yuan == null ? '' : amountToWords(yuan),
        'row.deliveryPeriod': l.deliveryPeriod,
        'row.warranty': l.warranty,
      },
    })
  })
  return out
}

const SIZE_WORD: Record<string, string> = {
  大型: '大型企业',
  中型: '中型企业',
  小型: '小型企业',
  微型: '微型企业',
}

/**
 * One line of the 中小企业声明函 per 标的 and maker (财库〔2020〕46号 附1): goods name their manufacturer; services and
 * works are performed by the bidder (承接/承建企业), whose size is the bid's declared one.
 */
function smeRows(bid: Bid, company: CompanyProfile): DataRow[] {
  const out: DataRow[] = []
  const seen = new Set<string>()
  bid.quote.items.forEach((it, i) => {
    const goods = bid.category === '货物'
    const maker = goods ? it.manufacturer.trim() : company.name
    const size = goods ? (SIZE_WORD[it.manufacturerSize] ?? '') : bid.sme.size
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
      },
    })
  })
  return out
}

function keyStaffRows(bid: Bid, materials: ReadonlyMap<string, Material>): DataRow[] {
  return bid.keyStaff.map((s, i) => ({
    path: `keyStaff.${i}`,
    itemId: s.id,
    doc: 'bid',
    values: {
      'row.no': String(i + 1),
      'row.post': s.post,
      'row.name': s.name,
      'row.idNumber': s.idNumber,
      'row.certificateRequired': s.certificateRequired,
      'row.certificates': s.certificateMaterialIds
        .map((id) => materials.get(id))
        .filter((m): m is Material => !!m)
        .map((m) => (m.number ? `${m.title}（${m.number}）` : m.title))
        .join('；'),
    },
  }))
}

export function partRows(
  source: PartSource,
  bid: Bid,
  company: CompanyProfile,
  materials: ReadonlyMap<string, Material>,
): DataRow[] {
  switch (source) {
    case 'consortium':
      return hasPart(bid, 'consortium') ? consortiumRows(bid, company) : []
    case 'lots':
      return lotRows(bid)
    case 'smeLines':
      return smeRows(bid, company)
    case 'keyStaff':
      return keyStaffRows(bid, materials)
  }
}
