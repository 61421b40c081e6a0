import type { Bid, Material, PartKind, Requirement } from '@shared/schemas'
import { formatDateZh, formatMoney, formatQty, formatYuan } from './format'
import type { QuoteTotals } from './quote-math'
import { PART_ROW_FIELDS, type PartSource } from './rows-parts'

/**
 * The data rows bound tables print, one record of `row.…` values per item, with the bid path of the item so every
 * printed cell can name the field it comes from. Word and Excel print the same rows.
 */
export interface DataRow {
  values: Record<string, string>
  /** Path of the item in its document, e.g. 'requirements.3' or 'quote.items.0'; material rows: the material id. */
  path: string
  itemId?: string
  /** Which document the path is in. */
  doc: 'bid' | 'material'
  /** Row keys printed from a field outside the item (full path), e.g. a lot's price kept in the 开标一览表. */
  fields?: Record<string, string>
}

/** Field of the item each row key is printed from (keys not listed are computed). */
export const ROW_FIELDS: Record<
  'quoteItems' | 'requirements' | 'materials' | PartSource,
  Record<string, string>
> = {
  ...PART_ROW_FIELDS,
  quoteItems: {
    'row.name': 'name',
    'row.spec': 'spec',
    'row.unit': 'unit',
    'row.qty': 'qty',
    'row.unitPrice': 'unitPrice',
    'row.taxRate': 'taxRate',
    'row.note': 'note',
  },
  requirements: {
    'row.reqNo': 'no',
    'row.clause': 'no',
    'row.text': 'text',
    'row.star': 'star',
    'row.response': 'responseText',
    'row.status': 'status',
    'row.deviation': 'deviation',
    'row.source': 'source',
    'row.note': 'source',
  },
  materials: {
    'row.title': 'title',
    'row.kind': 'kind',
    'row.number': 'number',
    'row.issuer': 'issuer',
    'row.holder': 'holder',
    'row.validTo': 'validTo',
    'row.customer': 'reference.customer',
    'row.industry': 'reference.industry',
    'row.amount': 'reference.amount',
    'row.contractDate': 'reference.contractDate',
    'row.contact': 'reference.contact',
    'row.rating': 'reference.rating',
  },
}

export function quoteRows(quote: QuoteTotals): DataRow[] {
  return quote.lines.map((l, i) => ({
    path: `quote.items.${i}`,
    itemId: l.item.id,
    doc: 'bid',
    values: {
      'row.no': String(l.no),
      'row.name': l.item.name,
      'row.spec': l.item.spec,
      'row.unit': l.item.unit,
      'row.qty': formatQty(l.item.qty),
      'row.unitPrice': formatMoney(l.item.unitPrice),
      'row.lineTotal': formatMoney(l.lineTotal),
      'row.taxRate': `${formatQty(l.item.taxRate)}%`,
      'row.tax': formatMoney(l.tax),
      'row.note': l.item.note,
    },
  }))
}

/**
 * ★ (实质性条款) or ▲ (重要条款), printed once: a tender text that already starts with the mark does not get a
 * second one from the star flag.
 */
export function requirementMark(r: Pick<Requirement, 'star' | 'text'>): { mark: string; text: string } {
  const lead = /^[\s\u3000]*([★▲☆△*＊]+)[\s\u3000]*/.exec(r.text)
  const text = lead ? r.text.slice(lead[0].length) : r.text
  const typed = lead?.[1] ?? ''
  const mark = r.star || typed.includes('★') ? '★' : typed.includes('▲') ? '▲' : ''
  return { mark, text }
}

/** Where in the tender a requirement is: "第三章 服务需求 第12页". */
export function requirementSource(r: Pick<Requirement, 'source'>): string {
  return [r.source.chapter, r.source.page ? `第${r.source.page}页` : ''].filter(Boolean).join(' ')
}

/**
 * The rows of a deviation table. The response is the bid's own text only, and 说明 names where the requirement is in
 * the tender: a working status (未处理, 部分响应 …) is the team's bookkeeping and is never printed.
 */
export function requirementRows(bid: Bid, kinds?: readonly PartKind[]): DataRow[] {
  const out: DataRow[] = []
  bid.requirements.forEach((r, i) => {
    if (kinds && !kinds.includes(r.kind)) return
    const where = requirementSource(r)
    const { mark, text } = requirementMark(r)
    out.push({
      path: `requirements.${i}`,
      itemId: r.id,
      doc: 'bid',
      values: {
        'row.no': String(out.length + 1),
        'row.reqNo': r.no,
        'row.clause': r.no || where,
        'row.star': mark,
        'row.text': text,
        'row.response': r.responseText.trim(),
        'row.status': r.status,
        'row.deviation': r.status === '未处理' ? '' : r.deviation,
        'row.source': where,
        'row.note': where ? `招标文件 ${where}` : '',
      },
    })
  })
  return out
}

export function materialRow(m: Material, i: number): DataRow {
  return {
    path: m.id,
    doc: 'material',
    values: {
      'row.no': String(i + 1),
      'row.title': m.title,
      'row.kind': m.kind,
      'row.number': m.number,
      'row.issuer': m.issuer,
      'row.holder': m.holder,
      'row.validTo': m.validTo ? formatDateZh(m.validTo) : '长期',
      'row.customer': m.reference.customer,
      'row.industry': m.reference.industry,
      'row.amount': m.reference.amount == null ? '' : formatYuan(m.reference.amount),
      'row.contractDate': formatDateZh(m.reference.contractDate),
      'row.contact': m.reference.contact,
      'row.rating': m.reference.rating,
    },
  }
}
