import type { ItemLine, ItemSource, LotRef } from './form-data'

/**
 * Multi-lot (多包/多标段) tenders: a buyer's 分项报价表 printed once per lot gets that lot's quote lines only. The
 * table's lot is read from what the buyer printed around it, nearest first — rows above its header ("包号：2"), the
 * paragraphs right before it ("第二包：存储设备"), the form title ("第一包分项报价表") — by the lot's number in the ways
 * buyers write it (第二包, 第2包, 包2, 2号包, 包号：2, 标段二, Lot 2) or by its name. A table that names no lot or
 * several is not guessed: its columns say why they stay empty.
 */

type Text = { zh: string; en: string }

const DIGITS = '零一二三四五六七八九'

/** 一 … 九十九 (and 两) → the number; Arabic digits as they are. */
function numberOf(s: string): number | null {
  const t = s.replace(/两/g, '二').replace(/\s+/g, '')
  if (/^\d+$/.test(t)) return Number(t)
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t)
  if (!m || t === '') return null
  if (!m[2]) return m[1] && !m[3] ? DIGITS.indexOf(m[1]) : null
  return (m[1] ? DIGITS.indexOf(m[1]) : 1) * 10 + (m[3] ? DIGITS.indexOf(m[3]) : 0)
}

/** A lot's number as a comparable key: "第二包" / "2" / "02" → "2", "A包" / "a" → "A". */
export function lotKey(no: string): string | null {
  const t = no
    .trim()
    .replace(/^(?:第|包号|包|标段|lot)\s*[:：]?\s*/i, '')
    .replace(/\s*(?:号?包|标段|分包|包组)$/, '')
  const n = numberOf(t)
  if (n !== null) return String(n)
  return /^[A-Za-z]$/.test(t) ? t.toUpperCase() : null
}

const NUM = '[0-9]{1,3}|[一二两三四五六七八九十]{1,3}|[A-Za-z](?![A-Za-z])'
const UNIT = '(?:包组|分包|子包|标包|标段|采购包|包件|包|标)'
const MENTIONS = [
  new RegExp(`第\\s*(${NUM})\\s*${UNIT}`, 'g'),
  // "标段一览表" is not 标段一.
  new RegExp(
    `(?:包组号|分包号|标包号|标段号|包件号|采购包|包号|包组|标段|分包|lot)\\s*[:：]?\\s*(?:第\\s*)?(${NUM})(?![览些般部起致切律样并共体次])`,
    'gi',
  ),
  new RegExp(`(?<![\\p{L}\\d])([0-9]{1,3}|[A-Z])\\s*号?\\s*(?:包|标段)(?![括含装])`, 'gu'),
  new RegExp(`(?<![\\p{L}])包\\s*([0-9]{1,3}|[A-Z])(?![0-9A-Za-z])`, 'gu'),
]

const squash = (s: string) => s.replace(/[\s\u3000（）()【】[\]、，,.:：;；\-—_/]+/g, '')

/** The lots a piece of text names, by number or by name. */
export function lotsNamed(text: string, lots: readonly LotRef[]): LotRef[] {
  const keys = new Set<string>()
  for (const re of MENTIONS)
    for (const m of text.matchAll(re)) {
      const k = lotKey(m[1])
      if (k) keys.add(k)
    }
  const flat = squash(text)
  const byName = lots.filter((l) => squash(l.name).length >= 2 && flat.includes(squash(l.name)))
  // A name inside a longer named one ("服务器" in "服务器维保") is the longer one's.
  const names = byName.filter((l) => !byName.some((o) => o !== l && squash(o.name).includes(squash(l.name))))
  return lots.filter((l) => {
    const k = lotKey(l.no)
    return (k !== null && keys.has(k)) || names.includes(l)
  })
}

const lotName = (l: LotRef) => {
  const k = lotKey(l.no)
  const no = k ? `第${k}包` : l.no || l.name
  return { zh: l.name ? `${no}（${l.name}）` : no, en: k ? `lot ${k}` : l.no || l.name }
}

export interface LotScope {
  lines: ItemLine[]
  /** The lot the table was matched to (said in the reason of each filled column). */
  lot: LotRef | null
  /** Why no line is written (every column unfilled). */
  problem: Text | null
  /** The table belongs to a lot not bid on: left empty on purpose. */
  manual: Text | null
}

/** The quote lines a table gets: all of them in a single-lot bid, else those of the table's lot. */
export function lotScope(context: readonly string[], src: ItemSource): LotScope {
  const lots = src.lots ?? []
  const none = { lot: null, problem: null, manual: null }
  if (lots.length < 2) return { ...none, lines: src.lines }
  let named: LotRef[] = []
  for (const text of context) {
    named = lotsNamed(text, lots)
    if (named.length) break
  }
  const bidding = lots.filter((l) => l.bidding)
  const lot = named.length === 1 ? named[0] : named.length === 0 && bidding.length === 1 ? bidding[0] : null
  if (!lot) {
    const which = named.map((l) => lotName(l))
    return {
      ...none,
      lines: [],
      problem: named.length
        ? {
            zh: `表前文字同时提到${which.map((w) => w.zh).join('、')}，无法确定此表属于哪个包`,
            en: `the text before the table names ${which.map((w) => w.en).join(', ')}: which lot it is for is unclear`,
          }
        : {
            zh: '多包项目：表题和表前文字未写明包号或包名，无法确定此表属于哪个包',
            en: 'multi-lot tender: neither the title nor the text before the table names a lot',
          },
    }
  }
  const name = lotName(lot)
  if (!lot.bidding)
    return {
      ...none,
      lot,
      lines: [],
      manual: {
        zh: `本投标不投${name.zh}，此表留空`,
        en: `this bid is not for ${name.en}: the table stays empty`,
      },
    }
  const lines = src.lines.filter((l) => l.lotId === lot.id)
  return {
    ...none,
    lot,
    lines,
    problem: lines.length
      ? null
      : {
          zh: `报价明细中没有属于${name.zh}的分项（报价页签的“包”列）`,
          en: `no line of the quote belongs to ${name.en} (Quote tab, lot column)`,
        },
  }
}

export const lotLabel = lotName
