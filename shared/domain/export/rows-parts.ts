import type { Bid, CompanyProfile, Material } from '@shared/schemas'
import { amountToWords } from '../amount'
import { biddingLots } from '../bids/lots'
import { isConsortiumBid, leadFirst, memberOf, printedName, memberRowSource } from './consortium'
import { formatMoney } from './format'
import { CURRENCY_SIGN } from './placeholder-context'
import { toYuan } from './quote-math'
import type { DataRow } from './rows'
import { memberSmeRows, smeRows } from './sme-rows'

/**
 * Data rows of the bid-model parts (checks v2): consortium members, lots, the SME declaration's lines and the key
 * staff. Bound tables (`source` in a form) print them; each row names the bid field it comes from, so a print rule
 * can point at it.
 */
export const PART_SOURCES = ['consortium', 'lots', 'smeLines', 'smeMembers', 'keyStaff'] as const
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
  smeMembers: {
    'row.item': 'work',
    'row.maker': 'name',
    'row.role': 'role',
    'row.size': 'size',
    'row.share': 'sharePercent',
  },
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
export const BID_PARTS = [
  'consortium',
  /** A consortium whose 牵头人 is not our company: its identity papers are the lead's, not ours. */
  'foreignLead',
  'lots',
  'severalLots',
  'sme',
  'keyStaff',
  'staffCertificates',
  'agent',
  'prison',
  'welfare',
] as const
export type BidPart = (typeof BID_PARTS)[number]

const SME_SIZES = new Set(['中型企业', '小型企业', '微型企业'])

/** Whether the bid has this part, i.e. whether the forms about it are printed. */
export function hasPart(bid: Bid, part: BidPart): boolean {
  switch (part) {
    case 'consortium':
      return isConsortiumBid(bid)
    case 'foreignLead':
      return isConsortiumBid(bid) && !bid.consortium.members.some((m) => m.role === '牵头人' && m.isUs)
    case 'lots':
      return bid.lots.some((l) => l.bidding)
    case 'severalLots':
      return biddingLots(bid).length > 1
    case 'sme':
      // The 声明函 is printed when we declare a size that qualifies, or claim the deduction (which needs it) as an
      // enterprise: a 监狱企业 or 残疾人福利性单位 claims it with its own proof or declaration instead (46号 art. 16,
      // 财库〔2017〕141号: not both).
      return (
        SME_SIZES.has(bid.sme.size) ||
        (bid.sme.deductionClaimed && !bid.sme.prisonEnterprise && !bid.sme.welfareUnit)
      )
    case 'prison':
      return bid.sme.prisonEnterprise
    case 'welfare':
      return bid.sme.welfareUnit
    case 'keyStaff':
      return bid.keyStaff.length > 0
    case 'staffCertificates':
      return bid.keyStaff.some((s) => s.certificateMaterialIds.length > 0)
    case 'agent':
      return bid.signatory.role === '授权代表'
  }
}

function consortiumRows(bid: Bid, company: CompanyProfile): DataRow[] {
  // The 牵头人 first, as the agreement names it.
  return leadFirst(bid).map(({ m, i }, n) => {
    const p = memberOf(m, company)
    return {
      ...memberRowSource(m, i),
      values: {
        'row.no': String(n + 1),
        'row.name': printedName(p.name),
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

/** The placeholders of the bid's own 开标一览表 (values and the fields they come from), for a lot that is the whole bid. */
export interface WholeBid {
  values: Record<string, string>
  sources: Record<string, string>
}

function lotRows(bid: Bid, whole: WholeBid): DataRow[] {
  const sign = CURRENCY_SIGN[bid.quote.currency]
  return biddingLots(bid).map((b, n) => {
    const l = b.lot
    const yuan = l.price == null ? null : toYuan(l.price, bid.quote.moneyUnit)
    const values: Record<string, string> = {
      'row.no': String(n + 1),
      'row.lotNo': l.no,
      'row.lotName': l.name,
      'row.price': yuan == null ? '' : sign + formatMoney(yuan),
      // Words are written from the figure, never typed (one price: the 大写 cannot disagree with the 小写).
      'row.priceWords': yuan == null ? '' : amountToWords(yuan),
      'row.deliveryPeriod': l.deliveryPeriod,
      'row.warranty': l.warranty,
    }
    const fields: Record<string, string> = {}
    if (b.whole)
      for (const [key, ph] of WHOLE_BID_KEYS) {
        if (values[key] || !whole.values[ph]) continue
        values[key] = whole.values[ph]
        fields[key] = whole.sources[ph] ?? 'generated'
      }
    return { path: `lots.${b.index}`, itemId: l.id, doc: 'bid', fields, values }
  })
}

/** A whole-bid lot's row key → the single-price 开标一览表 placeholder it then prints. */
const WHOLE_BID_KEYS = [
  ['row.price', '开标报价'],
  ['row.priceWords', '开标报价大写'],
  ['row.deliveryPeriod', '交货期'],
  ['row.warranty', '质保期'],
] as const

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
  whole: WholeBid,
): DataRow[] {
  switch (source) {
    case 'consortium':
      return hasPart(bid, 'consortium') ? consortiumRows(bid, company) : []
    case 'lots':
      return lotRows(bid, whole)
    case 'smeLines':
      return smeRows(bid, company)
    case 'smeMembers':
      return memberSmeRows(bid, company)
    case 'keyStaff':
      return keyStaffRows(bid, materials)
  }
}
