/**
 * Enterprise size (企业划型) under 工信部联企业〔2011〕300号《中小企业划型标准规定》第四条: by industry, from the
 * previous year's 从业人员 (persons), 营业收入 and 资产总额 (万元). Within each industry the upper bound says which
 * enterprises are 中小微型 at all ("…以下或…以下": below ANY bound); 中型 and 小型 need EVERY listed indicator at or
 * above the tier's floor ("…及以上，且…及以上"), otherwise the enterprise drops a tier (第四条末段); 微型 is the rest.
 * 财库〔2020〕46号 asks the 中小企业声明函 to state these figures and the size they give.
 */

export type Indicator = 'employees' | 'revenue' | 'assets'
export type Size = '大型' | '中型' | '小型' | '微型'

export interface SmeFigures {
  /** 从业人员, persons. */
  employees: number | null
  /** 营业收入, 万元. */
  revenue: number | null
  /** 资产总额, 万元. */
  assets: number | null
}

type Floors = Partial<Record<Indicator, number>>

export interface IndustryStandard {
  /** The industry as 300号 names it. */
  name: string
  /** 大型: every indicator at or above these (i.e. not below any bound of "…以下或…以下"). */
  large: Floors
  medium: Floors
  small: Floors
}

const std = (name: string, large: Floors, medium: Floors, small: Floors): IndustryStandard => ({
  name,
  large,
  medium,
  small,
})

/** 第四条 (一)–(十六), in the order of the text. */
export const INDUSTRY_STANDARDS: readonly IndustryStandard[] = [
  std('农、林、牧、渔业', { revenue: 20000 }, { revenue: 500 }, { revenue: 50 }),
  std(
    '工业',
    { employees: 1000, revenue: 40000 },
    { employees: 300, revenue: 2000 },
    { employees: 20, revenue: 300 },
  ),
  std(
    '建筑业',
    { revenue: 80000, assets: 80000 },
    { revenue: 6000, assets: 5000 },
    { revenue: 300, assets: 300 },
  ),
  std(
    '批发业',
    { employees: 200, revenue: 40000 },
    { employees: 20, revenue: 5000 },
    { employees: 5, revenue: 1000 },
  ),
  std(
    '零售业',
    { employees: 300, revenue: 20000 },
    { employees: 50, revenue: 500 },
    { employees: 10, revenue: 100 },
  ),
  std(
    '交通运输业',
    { employees: 1000, revenue: 30000 },
    { employees: 300, revenue: 3000 },
    { employees: 20, revenue: 200 },
  ),
  std(
    '仓储业',
    { employees: 200, revenue: 30000 },
    { employees: 100, revenue: 1000 },
    { employees: 20, revenue: 100 },
  ),
  std(
    '邮政业',
    { employees: 1000, revenue: 30000 },
    { employees: 300, revenue: 2000 },
    { employees: 20, revenue: 100 },
  ),
  std(
    '住宿业',
    { employees: 300, revenue: 10000 },
    { employees: 100, revenue: 2000 },
    { employees: 10, revenue: 100 },
  ),
  std(
    '餐饮业',
    { employees: 300, revenue: 10000 },
    { employees: 100, revenue: 2000 },
    { employees: 10, revenue: 100 },
  ),
  std(
    '信息传输业',
    { employees: 2000, revenue: 100000 },
    { employees: 100, revenue: 1000 },
    { employees: 10, revenue: 100 },
  ),
  std(
    '软件和信息技术服务业',
    { employees: 300, revenue: 10000 },
    { employees: 100, revenue: 1000 },
    { employees: 10, revenue: 50 },
  ),
  std(
    '房地产开发经营',
    { revenue: 200000, assets: 10000 },
    { revenue: 1000, assets: 5000 },
    { revenue: 100, assets: 2000 },
  ),
  std(
    '物业管理',
    { employees: 1000, revenue: 5000 },
    { employees: 300, revenue: 1000 },
    { employees: 100, revenue: 500 },
  ),
  std(
    '租赁和商务服务业',
    { employees: 300, assets: 120000 },
    { employees: 100, assets: 8000 },
    { employees: 10, assets: 100 },
  ),
  std('其他未列明行业', { employees: 300 }, { employees: 100 }, { employees: 10 }),
]

const byName = (n: string) => INDUSTRY_STANDARDS.find((s) => s.name === n)!

/**
 * The words tenders use for an industry (所属行业 as the 采购文件 names it, usually a GB/T 4754 门类 or 大类), most
 * specific first: "软件和信息技术服务业" before "信息传输", "批发" before "零售" only where the text says one of them.
 */
const ALIASES: readonly [RegExp, string][] = [
  [/软件|信息技术服务|信息系统集成|数据处理|集成电路设计/u, '软件和信息技术服务业'],
  [/信息传输|电信|广播电视.*传输|卫星传输|互联网(接入|和相关服务)/u, '信息传输业'],
  [/房地产开发/u, '房地产开发经营'],
  [/物业/u, '物业管理'],
  [/租赁|商务服务/u, '租赁和商务服务业'],
  [/建筑|土木|装饰装修|建筑安装|施工/u, '建筑业'],
  [/批发/u, '批发业'],
  [/零售/u, '零售业'],
  [/仓储/u, '仓储业'],
  [/邮政|快递/u, '邮政业'],
  [/交通运输|道路运输|水上运输|航空运输|铁路运输|运输业/u, '交通运输业'],
  [/住宿/u, '住宿业'],
  [/餐饮/u, '餐饮业'],
  [/工业|制造|采矿|电力|热力|燃气|水的生产|水生产/u, '工业'],
  [/农|林业|牧|渔/u, '农、林、牧、渔业'],
  [/其他未列明|其它未列明|其他行业|未列明/u, '其他未列明行业'],
]

/** The 300号 industry a tender's wording names, or null when it names none (or two, e.g. "交通运输、仓储和邮政业"). */
export function industryStandardOf(text: string): IndustryStandard | null {
  const t = text.replace(/\s/gu, '')
  if (!t) return null
  const exact = INDUSTRY_STANDARDS.find((s) => s.name === t || `${s.name}行业` === t)
  if (exact) return exact
  const hits = new Set(ALIASES.filter(([re]) => re.test(t)).map(([, n]) => n))
  // "交通运输、仓储和邮政业" is a 门类 that 300号 splits: the tender has to say which.
  if (hits.size !== 1) return null
  return byName([...hits][0])
}

export const INDICATOR_NAMES: Record<Indicator, { zh: string; en: string; unit: string }> = {
  employees: { zh: '从业人员', en: 'employees', unit: '人' },
  revenue: { zh: '营业收入', en: 'revenue', unit: '万元' },
  assets: { zh: '资产总额', en: 'total assets', unit: '万元' },
}

export type SizeResult =
  | { ok: true; size: Size; /** The tier's condition as 300号 words it, for messages. */ rule: string }
  | { ok: false; missing: Indicator[] }

const meets = (f: SmeFigures, floors: Floors) =>
  (Object.entries(floors) as [Indicator, number][]).every(([k, v]) => (f[k] as number) >= v)

/** "从业人员300人及以上且营业收入2000万元及以上" */
export function floorsText(floors: Floors, words: '及以上' | '以下'): string {
  return (Object.entries(floors) as [Indicator, number][])
    .map(([k, v]) => `${INDICATOR_NAMES[k].zh}${v}${INDICATOR_NAMES[k].unit}${words}`)
    .join(words === '及以上' ? '且' : '或')
}

/** The size the figures give in the industry; the indicators the industry needs but the figures lack, otherwise. */
export function sizeOf(industry: IndustryStandard, f: SmeFigures): SizeResult {
  const needed = new Set<Indicator>(
    [industry.large, industry.medium, industry.small].flatMap((x) => Object.keys(x) as Indicator[]),
  )
  const missing = [...needed].filter((k) => f[k] === null || !Number.isFinite(f[k]))
  if (missing.length) return { ok: false, missing }
  if (meets(f, industry.large))
    return { ok: true, size: '大型', rule: `${floorsText(industry.large, '及以上')}为大型企业` }
  if (meets(f, industry.medium))
    return { ok: true, size: '中型', rule: `${floorsText(industry.medium, '及以上')}为中型企业` }
  if (meets(f, industry.small))
    return { ok: true, size: '小型', rule: `${floorsText(industry.small, '及以上')}为小型企业` }
  return { ok: true, size: '微型', rule: `${floorsText(industry.small, '以下')}为微型企业` }
}

const RANK: Record<Size, number> = { 微型: 0, 小型: 1, 中型: 2, 大型: 3 }

/** Compares two sizes: > 0 when `a` is the larger. */
export function compareSize(a: Size, b: Size): number {
  return RANK[a] - RANK[b]
}

/** '中型企业' / '中型' → '中型'; '' or unknown → null. */
export function sizeWord(s: string): Size | null {
  const w = s.replace(/企业$/u, '')
  return w in RANK ? (w as Size) : null
}

/** "150人" / "3,000万元" for the 声明函 and messages; a full-width blank when unknown (46号: 新成立企业可不填报). */
export function figureText(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '　　'
  return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/u, '').replace(/\.$/u, '')
}
