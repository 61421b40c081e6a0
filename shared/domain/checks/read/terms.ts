import { dateRangesIn, leavesUncovered } from './date-range'
import { halfWidth } from './normalise'
import { comparePeriods, percentsIn, periodsIn, type Period } from './quantity'

/**
 * Terms as forms and responses state them: delivery (交货期, 工期, 完成部署), warranty (质保期), service
 * period, response / arrival / repair times (30分钟内响应, 2小时内到场, 24小时内修复), bid validity; each
 * with its period and, for requirements, whether the value is a maximum or a minimum.
 */

export type TermKind =
  | 'delivery'
  | 'warranty'
  | 'service'
  | 'response'
  | 'arrival'
  | 'repair'
  | 'validity'
  /** Payment and retention periods: read so they are not taken for another term, never compared. */
  | 'payment'

/** Shorter is better for the buyer (delivery, response…), or longer is (warranty, validity). */
export const SHORTER_IS_BETTER: Record<TermKind, boolean> = {
  delivery: true,
  response: true,
  arrival: true,
  repair: true,
  warranty: false,
  service: false,
  validity: false,
  payment: false,
}

export const TERM_NAMES: Record<TermKind, { zh: string; en: string }> = {
  delivery: { zh: '交货期/工期', en: 'delivery period' },
  warranty: { zh: '质保期', en: 'warranty' },
  service: { zh: '服务期', en: 'service period' },
  response: { zh: '响应时间', en: 'response time' },
  arrival: { zh: '到场时间', en: 'on-site arrival time' },
  repair: { zh: '修复时间', en: 'repair time' },
  validity: { zh: '投标有效期', en: 'bid validity' },
  payment: { zh: '付款期限', en: 'payment term' },
}

/**
 * Key words by term, longest first within a term. A label ("交货期：") names the term of its value; in a
 * sentence, the key word nearest to the period in the same clause does.
 */
const WORDS: [TermKind, string[]][] = [
  [
    'payment',
    ['质保金', '质量保证金', '履约保证金', '保证金', '付款', '支付', '结算', '拨付', '付清', '退还'],
  ],
  ['validity', ['投标有效期', '响应有效期', '报价有效期', '有效期', '内有效']],
  [
    'warranty',
    [
      '质量保证期',
      // 工程: the buyer's 缺陷责任期 (建设工程质量保证金管理办法 art. 2) is what the tender asks of a warranty.
      '缺陷责任期',
      '免费质保期',
      '免费保修期',
      '质保期',
      '保修期',
      '维保期',
      '质保',
      '保修',
      '维保',
      '免费维护',
    ],
  ],
  ['service', ['服务期限', '服务期', '运维服务期', '运维期', '服务周期']],
  ['response', ['响应时间', '响应']],
  ['arrival', ['到达现场', '到达用户现场', '到场', '上门', '抵达现场']],
  [
    'repair',
    ['修复', '排除故障', '解决故障', '故障解决', '解决问题', '解决', '恢复正常', '恢复使用', '更换'],
  ],
  [
    'delivery',
    [
      '交货期',
      '供货期',
      '交付期',
      '施工工期',
      '计划工期',
      '工期',
      '竣工',
      '完工',
      '建设周期',
      '实施周期',
      '施工周期',
      '交货',
      '供货',
      '交付',
      '到货',
      '发货',
      '完成部署',
      '部署',
      '安装调试',
      '上线',
      '验收',
    ],
  ],
]

const LABEL_RE = new RegExp(
  `(${WORDS.flatMap(([, w]) => w)
    .filter((w) => /期|时间|期限|周期/u.test(w))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?:\\s*\\([^()\\n]{0,10}\\))?\\s*(?:为|是|:)`,
  'gu',
)

export interface TermMention {
  term: TermKind
  period: Period
  /** Index of the period in the text. */
  index: number
  /** The value is a maximum ("不超过", "…内") or a minimum ("不少于"); null when not said. */
  bound: 'max' | 'min' | null
  /** Read from a label ("交货期：…"), which is firmer than a key word in a sentence. */
  labelled: boolean
}

function kindOf(word: string): TermKind {
  for (const [k, ws] of WORDS) if (ws.includes(word)) return k
  return 'delivery'
}

const CLAUSE_STOP = /[,;。!?\n]/u
const MAX_WORDS = /不超过|不多于|不大于|不长于|以内|之内|不迟于|不晚于|<=|≤|内|前/u
const MIN_WORDS = /不少于|不低于|不短于|至少|以上|>=|≥|起码/u

function boundAround(clause: string, rel: number, len: number): 'max' | 'min' | null {
  const before = clause.slice(Math.max(0, rel - 6), rel)
  const after = clause.slice(rel + len, rel + len + 4)
  if (MIN_WORDS.test(before) || /^\s*(?:以上|及以上)/u.test(after)) return 'min'
  if (
    /不超过|不多于|不大于|不长于|不迟于|不晚于|<=|≤/u.test(before) ||
    /^\s*(?:以内|之内|内|前)/u.test(after)
  )
    return 'max'
  return MAX_WORDS.test(before) ? 'max' : null
}

const ALL_WORDS = WORDS.flatMap(([k, ws]) => ws.map((w) => ({ k, w }))).sort(
  (a, b) => b.w.length - a.w.length,
)

/** Every term with a period in a text. A period no key word claims (e.g. "3年以上经验") is left out. */
export function termsIn(text: string): TermMention[] {
  const t = halfWidth(text)
  const out: TermMention[] = []
  const labels: { term: TermKind; end: number; start: number }[] = []
  LABEL_RE.lastIndex = 0
  for (let m = LABEL_RE.exec(t); m; m = LABEL_RE.exec(t))
    labels.push({ term: kindOf(m[1]), start: m.index, end: m.index + m[0].length })
  // A span of dates is a period only for the service term: for a delivery or a certificate it is a window
  // or a validity, not a length the tender compares.
  const spans = dateRangesIn(t).map((p) => ({ p, onlyService: true }))
  for (const { p, onlyService } of [...periodsIn(t).map((p) => ({ p, onlyService: false })), ...spans]) {
    let cs = p.index
    while (cs > 0 && !CLAUSE_STOP.test(t[cs - 1])) cs--
    let ce = p.index + p.raw.length
    while (ce < t.length && !CLAUSE_STOP.test(t[ce])) ce++
    const clause = t.slice(cs, ce)
    const rel = p.index - cs
    // A label on the same clause before the period wins.
    const label = labels.filter((l) => l.start >= cs && l.end <= p.index).pop()
    let term: TermKind | null = label?.term ?? null
    if (!term) {
      let best = Infinity
      for (const { k, w } of ALL_WORDS) {
        for (let i = clause.indexOf(w); i >= 0; i = clause.indexOf(w, i + 1)) {
          // "质保期满后…", "保修期外…": what follows is about the time after the term, not the term.
          if (/^(?:满|届满|结束|过后|以外|之外|外)/u.test(clause.slice(i + w.length).replace(/^期/u, '')))
            continue
          // Inside the period itself ("180日历天") there is nothing to find; words overlap longest-first.
          // "30 分钟内响应、2 小时内解决": the verb after "…内" is the period's own; a word before it
          // across a list comma (、) belongs to the previous item.
          const gap = i < rel ? rel - (i + w.length) : i - (rel + p.raw.length)
          if (gap < 0) continue
          const between = i < rel ? clause.slice(i + w.length, rel) : clause.slice(rel + p.raw.length, i)
          const d =
            i < rel
              ? gap + (between.includes('、') ? 4 : 0)
              : /^\s*(?:以内|之内|内)\s*$/u.test(between)
                ? 0
                : gap
          if (d < best) {
            best = d
            term = k
          }
        }
      }
    }
    if (!term || (onlyService && term !== 'service')) continue
    // A validity in a term other than 有效期 is a date range of a certificate, not a period; response
    // times are short: "响应" next to "3年" is not a response time.
    if (
      (term === 'response' || term === 'arrival' || term === 'repair') &&
      p.family !== 'minutes' &&
      p.amount > 7
    )
      continue
    out.push({
      term,
      period: p,
      index: p.index,
      bound: boundAround(clause, rel, p.raw.length),
      labelled: label !== undefined,
    })
  }
  return out.sort((a, b) => a.index - b.index)
}

/** Whether `offered` is worse for the buyer than `required` allows; null when the units leave it open. */
export function worseThan(term: TermKind, offered: Period, required: Period): boolean | null {
  if (leavesUncovered(offered, required)) return true
  const c = comparePeriods(offered, required)
  if (c === null) return null
  return SHORTER_IS_BETTER[term] ? c > 0 : c < 0
}

export interface TaxMention {
  rate: number
  index: number
}

/** Tax rates a text states: "含9%增值税", "增值税税率为13%", "税率：6%", "9%的增值税", "增值税(9%)". */
export function taxRatesIn(text: string): TaxMention[] {
  const t = halfWidth(text)
  if (!t.includes('税')) return []
  const out: TaxMention[] = []
  for (const p of percentsIn(t)) {
    const before = t.slice(Math.max(0, p.index - 10), p.index)
    const after = t.slice(p.index + p.raw.length, p.index + p.raw.length + 6)
    const taxBefore = /(?:税率|增值税|税金|含税|税)\s*(?:率)?\s*(?:为|是|按|:|\()?\s*$/u.test(before)
    const taxAfter = /^\s*(?:的)?\s*(?:增值税|税率|税|\)?\s*增值税)/u.test(after)
    if (taxBefore || taxAfter) out.push({ rate: p.value, index: p.index })
  }
  return out
}
