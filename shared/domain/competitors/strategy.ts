import { AppError } from '@shared/errors'
import {
  DIFFERENTIATION_LEVERS,
  StrategySheetSchema,
  type StrategyAction,
  type StrategySheet,
} from '@shared/schemas'

export type Lever = (typeof DIFFERENTIATION_LEVERS)[number]

export interface LeverInfo {
  lever: Lever
  en: string
  /** Questions that help the team find a concrete action on this lever. */
  prompts: { zh: string; en: string }[]
}

/** DOMAIN.md §6: the six differentiation levers, with prompts for the strategy sheet. */
export const LEVERS: readonly LeverInfo[] = [
  {
    lever: '产品',
    en: 'Product',
    prompts: [
      {
        zh: '哪些功能或技术指标是对手做不到、客户又在意的？',
        en: 'Which features or specs do they lack that the customer cares about?',
      },
      {
        zh: '能否把这些优势写进技术要求或评分项？',
        en: 'Can those strengths be reflected in the requirements or scoring items?',
      },
    ],
  },
  {
    lever: '价格',
    en: 'Price',
    prompts: [
      {
        zh: '对手可能报价区间是多少？我方价格分差距几分？',
        en: 'What price range do we expect from them, and how many price points apart are we?',
      },
      {
        zh: '能否用付款条件、分期或配置组合替代直接降价？',
        en: 'Can payment terms, phasing or bundles replace a straight price cut?',
      },
    ],
  },
  {
    lever: '服务',
    en: 'Service',
    prompts: [
      {
        zh: '响应时间、驻场、培训、质保哪项能明显优于对手？',
        en: 'Which of response time, on-site staff, training, warranty can clearly beat theirs?',
      },
      { zh: '有没有客户抱怨过对手的服务？', en: 'Has the customer complained about their service?' },
    ],
  },
  {
    lever: '员工',
    en: 'People',
    prompts: [
      {
        zh: '我方项目经理、专家的资历能否写进方案并在讲标时出场？',
        en: 'Can our project manager and experts be named in the proposal and present at the hearing?',
      },
      { zh: '对手团队是否稳定、有无核心人员流失？', en: 'Is their team stable; have key people left?' },
    ],
  },
  {
    lever: '企业形象',
    en: 'Corporate image',
    prompts: [
      {
        zh: '哪些同行业样板客户愿意接待考察或出具评价？',
        en: 'Which reference customers in this industry will host a visit or give a rating?',
      },
      {
        zh: '资质、奖项、媒体报道是否都已放进投标文件？',
        en: 'Are certificates, awards and press coverage all in the bid?',
      },
    ],
  },
  {
    lever: '管理',
    en: 'Management',
    prompts: [
      {
        zh: '项目管理体系、交付流程、质量保证能否形成可验证的承诺？',
        en: 'Can our project management, delivery process and QA become verifiable commitments?',
      },
      { zh: '高层拜访计划：谁去见谁、何时？', en: 'Executive visit plan: who meets whom, when?' },
    ],
  },
]

export function leverInfo(lever: Lever): LeverInfo {
  return LEVERS.find((l) => l.lever === lever) as LeverInfo
}

export interface StrategyIssue {
  /** Where in the sheet, e.g. ['actions', 2, 'owner']. */
  path: (string | number)[]
  severity: 'error' | 'warning'
  zh: string
  en: string
}

/**
 * Checks a strategy sheet beyond its schema: every action needs a concrete text, an owner and a due
 * date; open actions past due are flagged; actions aimed at competitors not in the bid are errors.
 * `today` is YYYY-MM-DD (passed in so the function stays pure and testable).
 */
export function strategyIssues(
  input: unknown,
  ctx: { today: string; competitorIds?: readonly string[] },
): { sheet: StrategySheet | null; issues: StrategyIssue[] } {
  const parsed = StrategySheetSchema.safeParse(input)
  if (!parsed.success) {
    return {
      sheet: null,
      issues: parsed.error.issues.map((i) => ({
        path: i.path as (string | number)[],
        severity: 'error' as const,
        zh: `格式不正确：${i.message}`,
        en: `invalid: ${i.message}`,
      })),
    }
  }
  const sheet = parsed.data
  const issues: StrategyIssue[] = []
  const err = (path: (string | number)[], zh: string, en: string) =>
    issues.push({ path, severity: 'error', zh, en })
  const ids = new Set<string>()
  const texts = new Set<string>()
  sheet.actions.forEach((a: StrategyAction, i) => {
    const at = (f: string) => ['actions', i, f]
    if (ids.has(a.id)) err(at('id'), `措施编号重复：${a.id}`, `duplicate action id: ${a.id}`)
    ids.add(a.id)
    const text = a.action.trim()
    if (text === '') err(at('action'), `第 ${i + 1} 条措施没有内容`, `action ${i + 1} has no text`)
    else {
      const key = `${a.lever}|${text.replace(/\s+/g, '')}`
      if (texts.has(key))
        err(at('action'), `第 ${i + 1} 条措施与前面重复`, `action ${i + 1} repeats an earlier one`)
      texts.add(key)
    }
    if (a.owner.trim() === '')
      err(at('owner'), `第 ${i + 1} 条措施没有负责人`, `action ${i + 1} has no owner`)
    if (a.due === null) err(at('due'), `第 ${i + 1} 条措施没有完成日期`, `action ${i + 1} has no due date`)
    else if (a.due < ctx.today && (a.status === '未开始' || a.status === '进行中')) {
      issues.push({
        path: at('due'),
        severity: 'warning',
        zh: `第 ${i + 1} 条措施已过期（${a.due}）仍未完成`,
        en: `action ${i + 1} is past due (${a.due}) and not done`,
      })
    }
    if (ctx.competitorIds) {
      for (const cid of a.competitorIds) {
        if (!ctx.competitorIds.includes(cid)) {
          err(
            at('competitorIds'),
            `第 ${i + 1} 条措施针对的竞争对手 ${cid} 不在本项目中`,
            `action ${i + 1} targets competitor ${cid} not in this bid`,
          )
        }
      }
    }
  })
  const used = new Set(sheet.actions.map((a) => a.lever))
  sheet.levers.forEach((l, i) => {
    if (sheet.levers.indexOf(l) !== i) err(['levers', i], `差异化手段重复：${l}`, `lever listed twice: ${l}`)
    else if (!used.has(l)) {
      issues.push({
        path: ['levers', i],
        severity: 'warning',
        zh: `已选择“${l}”但没有对应的措施`,
        en: `lever "${leverInfo(l).en}" is chosen but has no action`,
      })
    }
  })
  return { sheet, issues }
}

/** The sheet when it has no errors (warnings allowed); else a VALIDATION error listing them. */
export function validateStrategySheet(
  input: unknown,
  ctx: { today: string; competitorIds?: readonly string[] },
): StrategySheet {
  const { sheet, issues } = strategyIssues(input, ctx)
  const errors = issues.filter((i) => i.severity === 'error')
  if (sheet && errors.length === 0) return sheet
  throw new AppError(
    'VALIDATION',
    {
      zh: `策略表有 ${errors.length} 处错误：${errors.map((e) => e.zh).join('；')}`,
      en: `strategy sheet has ${errors.length} error(s): ${errors.map((e) => e.en).join('; ')}`,
    },
    { issues: errors },
  )
}

/** Actions grouped by lever in lever order, for the report and the sheet view. */
export function actionsByLever(
  sheet: StrategySheet,
): { lever: Lever; en: string; actions: StrategyAction[] }[] {
  return LEVERS.map((l) => ({
    lever: l.lever,
    en: l.en,
    actions: sheet.actions.filter((a) => a.lever === l.lever),
  })).filter((g) => g.actions.length > 0)
}
