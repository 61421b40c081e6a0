/**
 * The columns of a buyer's 报价明细表 / 分项报价表 / 供货清单 as buyers head them, and the quote-line field each
 * one prints. Header words vary by house ("货物名称", "品名", "规格型号及主要技术参数", "生产厂家", "合价（元）",
 * "分项总价"…); the unit a money column is counted in is read from its header ("单价（万元）") or the table's caption.
 */

export type ItemField =
  | 'no'
  | 'lot'
  | 'name'
  | 'brand'
  | 'spec'
  | 'brandSpec'
  | 'maker'
  | 'qty'
  | 'unit'
  | 'unitPrice'
  | 'lineTotal'
  | 'taxRate'
  | 'note'

/** The keys of the item fields as blank overrides name them (`--map t0col3=row.spec`), zh/en labels for lists. */
export const ITEM_FIELDS: Record<ItemField, { key: string; zh: string; en: string }> = {
  no: { key: 'row.no', zh: '序号', en: 'No.' },
  lot: { key: 'row.lot', zh: '包号', en: 'lot' },
  name: { key: 'row.name', zh: '名称', en: 'name' },
  brand: { key: 'row.brand', zh: '品牌', en: 'brand' },
  spec: { key: 'row.spec', zh: '规格型号', en: 'model/specification' },
  brandSpec: { key: 'row.brandSpec', zh: '品牌及规格型号', en: 'brand and model' },
  maker: { key: 'row.maker', zh: '制造商', en: 'manufacturer' },
  qty: { key: 'row.qty', zh: '数量', en: 'quantity' },
  unit: { key: 'row.unit', zh: '单位', en: 'unit' },
  unitPrice: { key: 'row.unitPrice', zh: '单价', en: 'unit price' },
  lineTotal: { key: 'row.lineTotal', zh: '合价', en: 'line total' },
  taxRate: { key: 'row.taxRate', zh: '税率', en: 'tax rate' },
  note: { key: 'row.note', zh: '备注', en: 'note' },
}

export const ITEM_KEYS: readonly string[] = Object.values(ITEM_FIELDS).map((f) => f.key)

export function itemFieldOfKey(key: string): ItemField | null {
  const hit = (Object.keys(ITEM_FIELDS) as ItemField[]).find((f) => ITEM_FIELDS[f].key === key)
  return hit ?? null
}

/** First match wins: the specific words before the ones they contain ("制造商名称" is a maker, not a name). */
const WORDS: [ItemField, RegExp][] = [
  ['no', /^(序号|序|编号|行号|no\.?|item)$/i],
  // One table for every lot (多包): the column saying which lot a row is for.
  ['lot', /^(所属)?(包号|标包|包段|包组|标段|分包|采购包|包件|包别|合同包)(号|编号)?$|^lot(no\.?)?$/i],
  ['brandSpec', /品牌.{0,3}型号|型号.{0,3}品牌|品牌.{0,2}规格|厂牌型号/],
  ['maker', /制造商|制造厂|生产厂|厂家|厂商|生产商|生产企业|制造企业/],
  ['brand', /^(品牌|厂牌|商标|品牌名称|品牌商标)$/],
  ['taxRate', /税率/],
  ['unitPrice', /单价/],
  ['spec', /规格|型号|参数|配置|技术指标|技术要求响应/],
  ['lineTotal', /合价|总价|小计|金额|合计|总额|^(报价|投标报价|分项报价|价格|投标价|总报价|报价（.*）)$/],
  ['qty', /^(数量|采购数量|供货数量|需求数量|工程量|台数|套数|数量（.*）)$/],
  ['unit', /^(单位|计量单位|数量单位|计价单位)$/],
  ['note', /^(备注|说明|其他说明)$/],
  ['name', /名称|品名|品目|标的|货物|设备|产品|内容|项目$|服务项|费用|分项/],
]

/** The header's words without spaces and its bracketed unit/marks; the money unit those marks state. */
export function headerWords(raw: string): { text: string; unit: '元' | '万元' | null } {
  const flat = raw.replace(/[\s\u3000]+/g, '')
  const unitOf = (s: string) =>
    /万元/.test(s) ? '万元' : /(^|[^万])元|人民币|RMB|¥|￥/i.test(s) ? ('元' as const) : null
  let unit: '元' | '万元' | null = null
  const text = flat
    .replace(/[（(【[]([^（）()【】[\]]*)[）)】\]]/g, (_, inside: string) => {
      unit ??= unitOf(inside)
      return ''
    })
    .replace(/[:：/／]+$/, '')
  return { text: text || flat, unit: unit ?? unitOf(text.replace(/单元/g, '')) }
}

/** The quote field a header names, or null (a column the quote has nothing for: 产地, 交货期 …). */
export function classifyHeader(raw: string): ItemField | null {
  const { text } = headerWords(raw)
  if (text === '') return null
  if (/^(产地|原产地|产地国)$/.test(text)) return null
  for (const [field, re] of WORDS) if (re.test(text)) return field
  return null
}

/** A row that totals the table: "合计", "总计（元）", "合计金额（大写）：", "投标总价". */
export const TOTAL_ROW = /^(合\s*计|总\s*计|总\s*价|小\s*计|报价合计|投标总价|投标总报价|总报价|合计金额)/

/** Titles of forms whose header-and-one-row table is a price summary, never a list of items. */
export const SUMMARY_TITLE = /开标一览|报价一览|开标记录|唱标/

/** Titles of forms that list priced items even without a quantity or unit-price column. */
export const ITEM_TITLE = /明细|分项|清单|构成|组成|配置/
