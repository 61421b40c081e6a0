import { z } from 'zod'
import { AppError } from '@shared/errors'
import { DateSchema, PartKindSchema } from '@shared/schemas'

/**
 * Every threshold and word list of the checks is data (DOMAIN.md §4): defaults here, overridden by
 * workspace.settings.checks, then by bid.checkConfig. Unknown keys are refused so a typo in a setting
 * never silently does nothing.
 */

const PlaceholderPatternSchema = z.strictObject({
  label: z.string().min(1).max(50),
  source: z
    .string()
    .min(1)
    .max(500)
    .refine((s) => {
      try {
        new RegExp(s, 'u')
        return true
      } catch {
        return false
      }
    }, 'not a valid regular expression'),
  /** Only 'i' is meaningful; the engine adds 'g' and 'u' itself. */
  ignoreCase: z.boolean().default(false),
})

const RequiredMaterialDefaultSchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(200),
  materialKind: z.string().min(1).max(50),
  years: z.array(z.number().int().min(1990).max(2100)).default([]),
  qualification: z.boolean().default(true),
})

const Share = z.number().min(0).max(1)

export const CheckSettingsSchema = z.strictObject({
  placeholderPatterns: z
    .array(PlaceholderPatternSchema)
    .max(100)
    .default([
      { label: 'XXX', source: '(?<![A-Za-z])[Xx]{3,}(?![A-Za-z])', ignoreCase: false },
      { label: '×××', source: '[×＊]{2,}|\\*{3,}', ignoreCase: false },
      { label: '待补充', source: '待补充|待完善|待填写?', ignoreCase: false },
      { label: '待定', source: '待定', ignoreCase: false },
      { label: 'TODO', source: '\\b(?:TODO|TBD|FIXME)\\b', ignoreCase: true },
      { label: '【…】', source: '【[^】\\n]{0,30}】', ignoreCase: false },
      // Brackets around Chinese words ([项目名称]), not citations like [1] or 财库[2020]46号.
      { label: '[项目名称]', source: '[\\[［][\\u4e00-\\u9fff][^\\]］\\n]{0,29}[\\]］]', ignoreCase: false },
      { label: '___', source: '[_＿]{3,}', ignoreCase: false },
    ]),
  /** C02: a response to a scored subjective item shorter than this (characters, whitespace ignored). */
  minSubjectiveResponseChars: z.number().int().min(0).max(100_000).default(50),
  /** C03: answers that say nothing on their own (punctuation and spaces ignored). */
  lazyPhrases: z
    .array(z.string().min(1).max(50))
    .max(200)
    .default([
      '满足',
      '响应',
      '完全响应',
      '完全满足',
      '满足要求',
      '完全满足要求',
      '响应要求',
      '完全响应要求',
    ]),
  /** E04: below this share of the price ceiling (or budget) a price needs a cost justification. */
  lowPriceShareOfCeiling: Share.default(0.8),
  /** E04: below this share of the expected competitors' average (from the scoring matrix). */
  lowPriceShareOfCompetitorAvg: Share.default(0.8),
  /** C06: reference cases must be signed within this many years before the submission deadline. */
  referenceWindowYears: z.number().int().min(0).max(50).default(3),
  /** C06: or since this date when the tender names one (overrides the window). */
  referenceSince: DateSchema.nullable().default(null),
  /** C05: a material expiring within this many days after the deadline gets a notice. */
  expiryWarnDays: z.number().int().min(0).max(3650).default(30),
  /** C10: paragraphs shorter than this (characters, whitespace ignored) are not compared. */
  minRepeatParagraphChars: z.number().int().min(1).max(100_000).default(50),
  /** L03: the parts the tender asks for. */
  requiredParts: z.array(PartKindSchema).max(5).default(['资格', '商务', '技术', '报价']),
  /** L06: sections whose title names one of these forms need a seal even when not flagged. */
  sealForms: z
    .array(z.string().min(1).max(50))
    .max(100)
    .default(['投标函', '授权委托书', '开标一览表', '报价表', '偏离表', '承诺函']),
  /**
   * E07: sections whose title names one of these list past projects, so other buyers, project names and
   * numbers belong there; so do lines of any section that use one of `referenceWords`.
   */
  referenceForms: z
    .array(z.string().min(1).max(50))
    .max(100)
    .default(['业绩', '案例', '用户名单', '客户名单', '用户证明', '中标通知书', '验收报告', '合同复印件']),
  referenceWords: z
    .array(z.string().min(1).max(50))
    .max(100)
    .default(['业绩', '案例', '曾为', '曾承担', '承建', '服务过', '实施过', '客户', '用户', '合同金额']),
  /** L04: at least one of these identity forms must be a section of the bid. */
  identityForms: z.array(z.string().min(1).max(50)).max(20).default(['法定代表人身份证明', '授权委托书']),
  /** L04: used when the bid lists no required materials of its own. */
  defaultRequiredMaterials: z
    .array(RequiredMaterialDefaultSchema)
    .max(200)
    .default([
      { id: 'default-license', label: '营业执照', materialKind: '营业执照', years: [], qualification: true },
      { id: 'default-finance', label: '财务报表', materialKind: '财务报表', years: [], qualification: true },
      {
        id: 'default-tax',
        label: '纳税及社保缴纳证明',
        materialKind: '纳税/社保证明',
        years: [],
        qualification: true,
      },
      {
        id: 'default-credit',
        label: '信用记录查询',
        materialKind: '信用查询',
        years: [],
        qualification: true,
      },
    ]),
  /** E13: words that tie a requirement to a term, to see whether a worse term was declared 负偏离. */
  termKeywords: z
    .strictObject({
      delivery: z.array(z.string().min(1)).default(['交货', '交付', '供货期', '工期', '服务期']),
      warranty: z.array(z.string().min(1)).default(['质保', '保修', '维保']),
      payment: z.array(z.string().min(1)).default(['付款', '支付', '结算']),
    })
    .prefault({}),
})
export type CheckSettings = z.infer<typeof CheckSettingsSchema>

/** Settings plus what is compiled from them once (regexes, sets). */
export interface CheckConfig extends CheckSettings {
  placeholderRe: RegExp
  lazySet: ReadonlySet<string>
}

export const DEFAULT_SETTINGS: CheckSettings = CheckSettingsSchema.parse({})

function overrideIssues(raw: unknown, source: { zh: string; en: string }): AppError | null {
  if (raw === undefined || raw === null) return null
  if (typeof raw !== 'object' || Array.isArray(raw))
    return new AppError('VALIDATION', {
      zh: `${source.zh}的检查设置必须是对象`,
      en: `${source.en} check settings must be an object`,
    })
  const r = CheckSettingsSchema.partial().safeParse(raw)
  if (r.success) return null
  const lines = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
  return new AppError(
    'VALIDATION',
    {
      zh: `${source.zh}的检查设置有误：${lines.join('；')}`,
      en: `${source.en} check settings: ${lines.join('; ')}`,
    },
    r.error.issues,
  )
}

const cache = new Map<string, CheckConfig>()

/**
 * Merges defaults ← workspace ← bid (key by key; arrays replace, never append) and compiles the
 * patterns. Memoised by content so a check run on every keystroke does not re-parse or recompile.
 * Throws AppError('VALIDATION') naming the bad key and where it came from.
 */
export function resolveConfig(workspaceChecks?: unknown, bidCheckConfig?: unknown): CheckConfig {
  const cacheKey = JSON.stringify([workspaceChecks ?? null, bidCheckConfig ?? null])
  const hit = cache.get(cacheKey)
  if (hit) return hit
  const wsErr = overrideIssues(workspaceChecks, { zh: '工作区', en: 'Workspace' })
  if (wsErr) throw wsErr
  const bidErr = overrideIssues(bidCheckConfig, { zh: '投标项目', en: 'Bid' })
  if (bidErr) throw bidErr
  // Parse the merged raw object, so nested defaults (termKeywords) fill in whatever an override omits.
  const merged = CheckSettingsSchema.parse({
    ...((workspaceChecks as object) ?? {}),
    ...((bidCheckConfig as object) ?? {}),
  })
  const config: CheckConfig = {
    ...merged,
    placeholderRe: compilePlaceholders(merged.placeholderPatterns),
    lazySet: new Set(merged.lazyPhrases.map(normaliseLazy)),
  }
  if (cache.size > 50) cache.clear()
  cache.set(cacheKey, config)
  return config
}

function compilePlaceholders(patterns: CheckSettings['placeholderPatterns']): RegExp {
  if (patterns.length === 0) return /(?!)/gu
  // Case-insensitivity is per pattern, so those patterns spell out both cases themselves.
  const parts = patterns.map((p) => `(?:${p.ignoreCase ? caseFold(p.source) : p.source})`)
  return new RegExp(parts.join('|'), 'gu')
}

/** Turns every ASCII letter outside an escape or class into [xX]; enough for the word lists used here. */
function caseFold(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      out += c + (source[i + 1] ?? '')
      i++
      continue
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    if (!inClass && /[a-z]/i.test(c)) out += `[${c.toLowerCase()}${c.toUpperCase()}]`
    else out += c
  }
  return out
}

/** Lazy answers are compared without punctuation, spaces or a trailing 。 */
export function normaliseLazy(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '')
}
