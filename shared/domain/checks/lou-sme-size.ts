import { hasPart } from '@shared/domain/export/rows-parts'
import {
  compareSize,
  figureText,
  INDICATOR_NAMES,
  industryStandardOf,
  sizeOf,
  sizeWord,
  type Indicator,
  type IndustryStandard,
  type Size,
  type SmeFigures,
} from '@shared/domain/sme/size'
import type { RuleContext } from './context'
import { normaliseName } from './text'

/**
 * L14: the size a 中小企业声明函 declares is the size the enterprise's own figures give under 工信部联企业〔2011〕300号
 * for the tender's industry. The 声明函 states 从业人员/营业收入/资产总额 next to the size (财库〔2020〕46号 附1), so a
 * committee can redo the sum: a size smaller than the figures give is 声明内容不实, which 46号 第二十条 treats as
 * 提供虚假材料谋取中标 (政府采购法 第七十七条): 否决风险 and a sanction. A size larger than the figures give throws
 * away a deduction the bidder was entitled to.
 */

function falseBasis(ctx: RuleContext): string {
  return ctx.law === '政府采购'
    ? '工信部联企业〔2011〕300号第四条；财库〔2020〕46号第二十条（声明函内容不实属于提供虚假材料）；政府采购法第七十七条'
    : '工信部联企业〔2011〕300号第四条；招标投标法第五十四条、实施条例第六十八条（弄虚作假）'
}

const STD_BASIS = '工信部联企业〔2011〕300号第四条；财库〔2020〕46号附1（声明函格式）'

interface Subject {
  who: string
  declared: Size
  figures: SmeFigures
  path: string
  itemId?: string
  workspace: boolean
  /** Where the figures are entered, for the fix text. */
  member?: boolean
}

function figuresText(std: IndustryStandard, f: SmeFigures): string {
  const used = new Set<Indicator>(
    [std.large, std.medium, std.small].flatMap((x) => Object.keys(x) as Indicator[]),
  )
  return (['employees', 'revenue', 'assets'] as const)
    .filter((k) => used.has(k))
    .map((k) => `${INDICATOR_NAMES[k].zh}${figureText(f[k])}${INDICATOR_NAMES[k].unit}`)
    .join('、')
}

function judge(ctx: RuleContext, std: IndustryStandard, s: Subject): void {
  const where = s.workspace
    ? { doc: 'workspace' as const, docId: 'workspace', path: s.path }
    : { path: s.path, ...(s.itemId ? { itemId: s.itemId } : {}) }
  const r = sizeOf(std, s.figures)
  if (!r.ok) {
    const names = r.missing.map((k) => INDICATOR_NAMES[k].zh).join('、')
    ctx.add({
      ruleId: 'L14',
      severity: '提示',
      ...where,
      discriminator: `figures:${s.who}`,
      message: {
        zh: `中小企业声明函中${s.who}未填写上一年度${names}，无法按${std.name}的划型标准核对“${s.declared}企业”（仅无上一年度数据的新成立企业可不填）`,
        en: `The SME declaration lacks last year's ${r.missing.map((k) => INDICATOR_NAMES[k].en).join(', ')} of ${s.who}: the declared size cannot be checked against the ${std.name} thresholds`,
      },
      fix: {
        zh: s.workspace
          ? '在公司信息中填写从业人员、营业收入、资产总额'
          : s.member
            ? '在投标主体页联合体成员表中填写该成员的数据'
            : '在中小企业卡片的制造商表中填写其数据',
        en: s.workspace
          ? 'Enter the figures in the company profile'
          : s.member
            ? "Enter the member's figures in the consortium members table"
            : "Enter the maker's figures in the SME card",
      },
      basis: STD_BASIS,
    })
    return
  }
  const cmp = compareSize(r.size, s.declared)
  if (cmp === 0) return
  const stated = figuresText(std, s.figures)
  if (cmp > 0) {
    ctx.add({
      ruleId: 'L14',
      severity: '否决风险',
      ...where,
      discriminator: `size:${s.who}`,
      message: {
        zh: `${s.who}声明为${s.declared}企业，但按工信部联企业〔2011〕300号${std.name}标准（${r.rule}），${stated}属于${r.size}企业：声明函内容不实按提供虚假材料处理，投标无效并可被列入不良行为记录`,
        en: `${s.who} declares a ${s.declared} enterprise, but under the 2011 SME criteria for ${std.name} (${r.rule}) its figures (${stated}) make it ${r.size}: an untrue declaration is false material, the bid is void and sanctioned`,
      },
      fix: {
        zh: `按上一年度数据改为“${r.size}企业”（大型企业不得出具中小企业声明函、不得享受扣除），或核对所填数据与财务报表一致`,
        en: `Declare "${r.size}" as the figures give (a large enterprise has no declaration and no deduction), or check the figures against the accounts`,
      },
      basis: falseBasis(ctx),
    })
    return
  }
  // 小型 and 微型 get the same deduction: only declaring 中型/大型 while small or micro loses it.
  const small = (x: Size) => x === '小型' || x === '微型'
  const entitled = small(r.size) && !small(s.declared) && (ctx.bid.sme.deductionPercent ?? 0) > 0
  ctx.add({
    ruleId: 'L14',
    severity: entitled ? '失分风险' : '提示',
    ...where,
    discriminator: `size:${s.who}`,
    message: {
      zh: `${s.who}声明为${s.declared}企业，但按${std.name}标准（${r.rule}），${stated}属于${r.size}企业${entitled ? '，可享受的价格扣除未得到' : ''}`,
      en: `${s.who} declares ${s.declared}, but the ${std.name} thresholds (${r.rule}) make ${stated} ${r.size}${entitled ? ': a deduction it is entitled to is lost' : ''}`,
    },
    fix: {
      zh: `按数据声明为“${r.size}企业”`,
      en: `Declare "${r.size}" as the figures give`,
    },
    basis: STD_BASIS,
  })
}

export function runSmeSize(ctx: RuleContext): void {
  const { bid, company } = ctx
  if (!hasPart(bid, 'sme')) return
  const industry = bid.sme.industry.trim()
  const std = industryStandardOf(industry)
  if (!std) {
    // An empty industry with the deduction claimed is L13's; a named one 300号 does not know is ours.
    if (industry || !bid.sme.deductionClaimed)
      ctx.add({
        ruleId: 'L14',
        severity: '提示',
        path: 'sme.industry',
        message: {
          zh: industry
            ? `所属行业“${industry}”无法对应工信部联企业〔2011〕300号的行业划型标准，声明的企业规模未能核对`
            : '中小企业声明函须写明招标文件规定的所属行业，企业规模按该行业的标准划型',
          en: industry
            ? `The industry "${industry}" matches no industry of the 2011 SME criteria: the declared size is not checked`
            : 'The SME declaration states the industry the tender names; the size is judged by its thresholds',
        },
        fix: {
          zh: '按招标文件写明的所属行业填写（如：工业、软件和信息技术服务业、批发业…）',
          en: 'Enter the industry as the tender names it (工业, 软件和信息技术服务业, 批发业 …)',
        },
        basis: STD_BASIS,
      })
    return
  }
  const ours: SmeFigures = {
    employees: company.employees,
    revenue: company.revenueWan,
    assets: company.assetsWan,
  }
  const declared = sizeWord(bid.sme.size)
  if (declared)
    judge(ctx, std, {
      who: company.name || '本公司',
      declared,
      figures: ours,
      path: 'company.employees',
      workspace: true,
    })
  // Each consortium member declares its own size on its own figures (its 声明函 line).
  if (bid.consortium.isConsortium)
    bid.consortium.members.forEach((m, i) => {
      const size = sizeWord(m.size)
      if (!size || (m.isUs && size === declared)) return
      judge(ctx, std, {
        who: m.isUs ? company.name : m.name.trim() || `联合体成员${i + 1}`,
        declared: size,
        figures: m.isUs ? ours : { employees: m.employees, revenue: m.revenueWan, assets: m.assetsWan },
        path: `consortium.members.${i}.size`,
        itemId: m.id,
        workspace: false,
        member: true,
      })
    })
  if (bid.category !== '货物') return
  const us = normaliseName(company.name)
  const judged = new Set<string>()
  bid.quote.items.forEach((it, i) => {
    const size = sizeWord(it.manufacturerSize)
    const maker = normaliseName(it.manufacturer)
    if (!size || !maker || judged.has(`${maker}:${size}`)) return
    judged.add(`${maker}:${size}`)
    if (maker === us) {
      if (size !== declared)
        judge(ctx, std, {
          who: company.name,
          declared: size,
          figures: ours,
          path: `quote.items.${i}.manufacturerSize`,
          itemId: it.id,
          workspace: false,
        })
      return
    }
    const mi = bid.sme.makers.findIndex((m) => normaliseName(m.name) === maker)
    const m = bid.sme.makers[mi]
    judge(ctx, std, {
      who: it.manufacturer.trim(),
      declared: size,
      figures: m
        ? { employees: m.employees, revenue: m.revenueWan, assets: m.assetsWan }
        : { employees: null, revenue: null, assets: null },
      path: m ? `sme.makers.${mi}` : `quote.items.${i}.manufacturer`,
      itemId: m ? m.id : it.id,
      workspace: false,
    })
  })
}
