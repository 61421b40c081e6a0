/**
 * Reading the words of a tender's scoring table: points written as text, category names, whether an
 * item is objective or subjective, and the price formula described in a sentence.
 */
import type { PriceRule, ScoringItem } from '@shared/schemas/matrix'

type Category = ScoringItem['category']

/** Full-width digits, letters and punctuation to ASCII; collapses whitespace. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

/** Header-cell form: half-width, no spaces, no trailing “（分）”-style notes. */
export function normalizeHeader(s: string): string {
  return toHalfWidth(s)
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/[:：]$/, '')
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
}

/** 1–99 written in digits or simple Chinese numerals (五, 十, 十二, 二十). */
export function parseSmallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  if (!/^[一二两三四五六七八九十]+$/.test(s)) return null
  if (s.length === 1) return CN_DIGITS[s]
  const t = s.indexOf('十')
  if (t < 0) return null
  const tens = t === 0 ? 1 : CN_DIGITS[s[0]]
  const ones = t === s.length - 1 ? 0 : CN_DIGITS[s[t + 1]]
  return tens * 10 + ones
}

export interface ParsedPoints {
  value: number | null
  /** Why value is null or suspicious, for the detection warnings. */
  problem: 'empty' | 'not-a-number' | 'negative' | null
}

/** Points from a cell: 30, "30", "30分", "0-5分" (the maximum), "满分10分", "10%" (weight as points). */
export function parsePoints(cell: string | number | null | undefined): ParsedPoints {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { value: null, problem: 'not-a-number' }
    return cell < 0 ? { value: cell, problem: 'negative' } : { value: cell, problem: null }
  }
  const s = toHalfWidth(String(cell ?? '')).replace(/\s+/g, '')
  if (s === '') return { value: null, problem: 'empty' }
  const range = /(\d+(?:\.\d+)?)分?[-~～—–至到](\d+(?:\.\d+)?)/.exec(s)
  if (range) return { value: Math.max(Number(range[1]), Number(range[2])), problem: null }
  const m = /(-)?(\d+(?:\.\d+)?)/.exec(s)
  if (!m) return { value: null, problem: 'not-a-number' }
  // Anything beyond the number and a unit is text with a number in it (e.g. “见附件3”): not points.
  const rest = s.replace(m[0], '').replace(/^满分|^最高|^共|分$|%$|\(分\)$/g, '')
  if (rest.replace(/[分%]/g, '') !== '') return { value: null, problem: 'not-a-number' }
  const v = Number(m[2])
  return m[1] ? { value: -v, problem: 'negative' } : { value: v, problem: null }
}

/** 价格 / 商务 / 技术 / 其他 from a category cell or section heading, or null when it names none. */
export function categoryFromText(text: string): Category | null {
  const s = toHalfWidth(text).replace(/\s+/g, '')
  if (s === '') return null
  if (/价格|报价|投标价/.test(s)) return '价格'
  if (/商务|资信|信誉|资格|资质|业绩|企业实力|综合实力|履约|售后/.test(s)) return '商务'
  if (/技术|方案|服务|质量|性能|实施|施工|组织设计|工期|进度/.test(s)) return '技术'
  if (/其他|其它|诚信|政策|节能|环保/.test(s)) return '其他'
  return null
}

/** A section heading such as “一、价格部分（30分）” or “技术评分”: short, and names a category. */
export function sectionHeading(text: string): Category | null {
  const s = toHalfWidth(text).replace(/\s+/g, '')
  if (s.length === 0 || s.length > 24) return null
  if (!/(部分|评分|评审|因素|分|类|项)(\(.*\))?$|^[一二三四五六七八九十\d]+[、.]/.test(s)) return null
  return categoryFromText(s.replace(/\(.*\)$/, ''))
}

const SUBJECTIVE =
  /优|良|一般|较差|差的?得|酌情|横向比较|综合评[审价定]|评委|专家|合理性|完整性|可行性|先进性|针对性|科学性|详细|较好|优秀|良好|清晰/g
const OBJECTIVE =
  /每(?:提供|有|具有|项|个|份|家|增加|减少)|(?:提供|具有|具备|取得).{0,30}?得|不提供不得分|未提供不得分|不得分|满足得|证书|认证|业绩|合同|复印件|扫描件/g

/** Objective when the criteria read like a checklist of proofs; subjective when they grade quality. */
export function kindFromCriteria(criteria: string, category: Category): ScoringItem['kind'] {
  if (category === '价格') return 'objective'
  const subj = criteria.match(SUBJECTIVE)?.length ?? 0
  const obj = criteria.match(OBJECTIVE)?.length ?? 0
  return obj > subj ? 'objective' : 'subjective'
}

export interface PriceRuleFromWords {
  rule: Partial<PriceRule>
  /** The sentence the method was read from. */
  source: string
}

const NUM = '(\\d+(?:\\.\\d+)?)'

/**
 * The price rule described in words: 低价优先 vs 平均值 benchmark, dropping the extremes when at least
 * N bids, the factor K (×95 % or 下浮5 %), points per 1 % above / below, and the SME deduction.
 * Returns null when the text names no price method. Whatever it cannot read keeps the schema default.
 */
export function priceRuleFromWords(text: string): PriceRuleFromWords | null {
  const s = toHalfWidth(text).replace(/\s+/g, '')
  if (s === '') return null
  const rule: Partial<PriceRule> = {}
  const avg = /(算术)?平均(值|价|数)|均值/.exec(s)
  const lowest = /(最低|低价优先)|基准价\/(投标|评标)?报价|评标基准价\/投标报价/.exec(s)
  if (avg && !/最低(评标)?价(为|作为)/.test(s)) rule.method = 'average'
  else if (lowest) rule.method = 'lowest'
  const sme =
    new RegExp(`小(?:型|微)[^。]{0,60}?(?:扣除|优惠)[^0-9。]{0,6}${NUM}%`).exec(s) ??
    new RegExp(`小(?:型|微)[^。]{0,60}?${NUM}%(?:的)?(?:价格)?(?:扣除|优惠)`).exec(s)
  if (sme) rule.smeDeductionPct = Number(sme[1])
  if (rule.method === 'average') {
    if (/去掉.{0,8}最高.{0,12}最低|去掉.{0,8}最低.{0,12}最高|去除.{0,8}最高|剔除.{0,8}最高/.test(s)) {
      const n =
        /(达到|超过|多于|大于|不少于|不低于|≥|>=|>|满)?([0-9一二两三四五六七八九十]+)家(及以上|以上|或以上|\(含\)以上)?/.exec(
          s,
        )
      const count = n ? parseSmallNumber(n[2]) : null
      if (count != null) {
        const strict = n![1] && /超过|多于|大于|^>$/.test(n![1]) && !n![3]
        rule.dropExtremesWhenAtLeast = strict ? count + 1 : count
      } else rule.dropExtremesWhenAtLeast = 3
    }
    const down = new RegExp(`下浮${NUM}%`).exec(s)
    const times = new RegExp(`(?:平均值|平均价|平均数|均值)[^。；;]{0,12}?(?:[×xX*]|乘以)${NUM}(%)?`).exec(s)
    if (down) rule.k = 1 - Number(down[1]) / 100
    else if (times) rule.k = times[2] ? Number(times[1]) / 100 : Number(times[1])
    if (rule.k != null && !(rule.k > 0 && rule.k <= 2)) delete rule.k
    const OFF = `[^。；;]{0,4}?(?:扣|减)(?:除|去)?${NUM}分`
    const per = (dir: string) =>
      new RegExp(`${dir}(?:评标)?基准价(?:的)?${NUM}%${OFF}`).exec(s) ??
      new RegExp(`${dir}(?:评标)?基准价[^。；;]{0,12}?每[^0-9。；;]{0,4}${NUM}%${OFF}`).exec(s) ??
      new RegExp(`每${dir}${NUM}%${OFF}`).exec(s)
    const above = per('(?:高于|超过|超出)')
    const below = per('低于')
    const both = new RegExp(`每(?:偏离|偏差)(?:评标)?(?:基准价)?${NUM}%${OFF}`).exec(s)
    const slope = (m: RegExpExecArray) => Number(m[2]) / Number(m[1])
    if (above) rule.pointsPerPctAbove = slope(above)
    else if (both) rule.pointsPerPctAbove = slope(both)
    if (below) rule.pointsPerPctBelow = slope(below)
    else if (both) rule.pointsPerPctBelow = slope(both)
  }
  if (!rule.method && rule.smeDeductionPct == null) return null
  const at = (avg ?? lowest)?.index ?? 0
  return { rule, source: s.slice(Math.max(0, at - 30), at + 60) }
}
