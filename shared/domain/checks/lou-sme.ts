import { basisOf } from './basis'
import type { RuleContext } from './context'
import { normaliseName, titleNames } from './text'

/**
 * L13, the price deduction for small and micro enterprises (财库〔2020〕46号): claimed only by an eligible
 * bidder (小型/微型企业, 监狱企业, 残疾人福利性单位), only with the signed 声明函, and for goods only when
 * every item is made by a small or micro enterprise. L05, the bond: paid from the 基本账户 when the tender
 * requires it (招标投标法实施条例 art. 26).
 */

const DECLARATIONS = ['中小企业声明函', '监狱企业', '残疾人福利性单位声明函']

function eligible(ctx: RuleContext): boolean {
  const s = ctx.bid.sme
  return s.size === '小型企业' || s.size === '微型企业' || s.prisonEnterprise || s.welfareUnit
}

function l13(ctx: RuleContext): void {
  const { bid } = ctx
  const s = bid.sme
  const basis = basisOf(ctx, 'sme')
  const hasDeclaration =
    (s.declarationMaterialId !== null && ctx.material(s.declarationMaterialId) !== undefined) ||
    bid.sections.some((x) => DECLARATIONS.some((d) => titleNames(x.title, d)))
  if (!s.deductionClaimed) {
    if (eligible(ctx) && s.deductionPercent !== null && s.deductionPercent > 0)
      ctx.add({
        ruleId: 'L13',
        severity: '提示',
        path: 'sme.deductionClaimed',
        message: {
          zh: `本公司为${s.prisonEnterprise ? '监狱企业' : s.welfareUnit ? '残疾人福利性单位' : s.size}，招标文件给予 ${s.deductionPercent}% 价格扣除，但未申请`,
          en: `We qualify (${s.size || 'special unit'}) for the tender's ${s.deductionPercent} % price deduction but do not claim it`,
        },
        fix: {
          zh: '提交中小企业声明函以享受价格扣除',
          en: 'Submit the SME declaration to get the deduction',
        },
        basis,
      })
    return
  }
  if (!eligible(ctx))
    ctx.add({
      ruleId: 'L13',
      severity: '否决风险',
      path: 'sme.size',
      message: {
        zh: `申请了中小企业价格扣除，但企业规模为“${s.size || '未填写'}”，不是小型、微型企业、监狱企业或残疾人福利性单位（虚假声明将导致投标无效并受处罚）`,
        en: `The SME deduction is claimed, but the enterprise size is "${s.size || 'not entered'}": not small, micro, a prison enterprise or a welfare unit (a false declaration voids the bid)`,
      },
      fix: {
        zh: '按工信部联企业〔2011〕300号核定规模；不符合的不得申请扣除',
        en: 'Determine the size under the 2011 SME criteria; do not claim otherwise',
      },
      basis: `${basis}、${basisOf(ctx, 'veto')}`,
    })
  if (!hasDeclaration)
    ctx.add({
      ruleId: 'L13',
      severity: '失分风险',
      path: 'sme.declarationMaterialId',
      message: {
        zh: '申请了中小企业价格扣除，但没有中小企业声明函（或监狱企业证明、残疾人福利性单位声明函），评审时不予扣除',
        en: 'The SME deduction is claimed without the 中小企业声明函 (or its equivalent): it will not be applied',
      },
      fix: {
        zh: '关联签章的声明函或添加声明函章节',
        en: 'Link the signed declaration or add it as a section',
      },
      basis,
    })
  // 46号 art. 16: a 监狱企业 proves it with the certificate of a provincial prison administration; the print
  // carries its copy (监狱企业证明文件), so without it the deduction is not given.
  if (
    s.prisonEnterprise &&
    !(s.prisonCertificateMaterialId !== null && ctx.material(s.prisonCertificateMaterialId))
  )
    ctx.add({
      ruleId: 'L13',
      severity: '失分风险',
      path: 'sme.prisonCertificateMaterialId',
      message: {
        zh: '以监狱企业身份申请价格扣除，但未关联省级以上监狱管理局、戒毒管理局出具的监狱企业证明文件，评审时不予扣除',
        en: 'The deduction is claimed as a prison enterprise without the certificate of a provincial prison administration: it will not be applied',
      },
      fix: {
        zh: '在资料库上传证明文件扫描件并在“中小企业”卡片中关联',
        en: 'Upload the certificate scan to the library and link it in the SME card',
      },
      basis,
    })
  if (!s.industry.trim())
    ctx.add({
      ruleId: 'L13',
      severity: '提示',
      path: 'sme.industry',
      message: {
        zh: '中小企业声明函须写明招标文件规定的所属行业',
        en: 'The SME declaration states the industry the tender names',
      },
      fix: { zh: '填写所属行业', en: 'Enter the industry' },
      basis,
    })
  if (bid.category === '货物' && !bid.consortium.isConsortium)
    bid.quote.items.forEach((it, i) => {
      const maker = normaliseName(it.manufacturer)
      const ours = maker !== '' && maker === normaliseName(ctx.company.name)
      if (ours || it.manufacturerSize === '小型' || it.manufacturerSize === '微型') return
      const unknown = it.manufacturerSize === ''
      // Installation, training and other services inside a goods tender are not 货物: no maker to judge.
      if (unknown && !maker && SERVICE_LINE.test(it.name)) return
      ctx.add({
        ruleId: 'L13',
        severity: unknown ? '提示' : '失分风险',
        path: `quote.items.${i}.manufacturerSize`,
        itemId: it.id,
        message: unknown
          ? {
              zh: `货物“${it.name}”的制造商规模未填写：只有全部货物由小微企业制造才能享受扣除`,
              en: `The maker's size of "${it.name}" is not entered: the deduction needs every item made by a small or micro enterprise`,
            }
          : {
              zh: `货物“${it.name}”由${it.manufacturerSize}企业制造，整个投标不享受中小企业价格扣除`,
              en: `"${it.name}" is made by a ${it.manufacturerSize} enterprise: the bid gets no SME deduction`,
            },
        fix: {
          zh: '核对制造商规模；含大中型企业制造的货物时不得申请扣除',
          en: "Check the maker's size; no deduction when any item comes from a large or medium maker",
        },
        basis,
      })
    })
  if (bid.consortium.isConsortium) {
    const small = bid.consortium.members.filter((m) =>
      m.isUs ? eligible(ctx) : m.size === '小型' || m.size === '微型',
    )
    const share = small.reduce((a, m) => a + (m.sharePercent ?? 0), 0)
    if (share < 30)
      ctx.add({
        ruleId: 'L13',
        severity: '失分风险',
        path: 'consortium.members',
        discriminator: 'sme-share',
        message: {
          zh: `联合体中小微企业的合同份额为 ${share}%，低于 30%，联合体不享受价格扣除`,
          en: `Small and micro members hold ${share} % of the contract, below 30 %: no deduction for the consortium`,
        },
        fix: { zh: '核对联合体协议中的份额', en: 'Check the shares in the agreement' },
        basis,
      })
  }
}

function bondAccount(ctx: RuleContext): void {
  const b = ctx.bid.bond
  if (!b.basicAccountRequired || b.paidForm !== '转账') return
  const digits = (s: string) => s.replace(/[^0-9A-Za-z]/gu, '')
  const basic = digits(ctx.company.basicAccount)
  const payer = digits(b.payerAccount)
  const basis = basisOf(ctx, 'bondAccount')
  if (!payer || !basic) {
    ctx.add({
      ruleId: 'L05',
      severity: '失分风险',
      path: payer ? 'company.basicAccount' : 'bond.payerAccount',
      ...(payer ? { doc: 'workspace' as const, docId: 'workspace' } : {}),
      discriminator: 'basic-account',
      message: payer
        ? {
            zh: '公司资料未登记基本存款账户，无法核对保证金付款账户',
            en: "The profile has no basic account: the bond's payer cannot be checked",
          }
        : {
            zh: '招标文件要求保证金从基本账户转出，尚未记录付款账户',
            en: 'The tender requires the bond from the basic account; the payer account is not recorded',
          },
      fix: {
        zh: '记录付款账户并与开户许可证（基本存款账户信息）核对',
        en: 'Record the payer account and check it against the basic account licence',
      },
      basis,
    })
    return
  }
  if (basic === payer) return
  ctx.add({
    ruleId: 'L05',
    severity: '否决风险',
    path: 'bond.payerAccount',
    discriminator: 'basic-account',
    message: {
      zh: `保证金从账户 ${b.payerAccount} 转出，不是本公司的基本账户 ${ctx.company.basicAccount}`,
      en: `The bond came from account ${b.payerAccount}, not our basic account ${ctx.company.basicAccount}`,
    },
    fix: {
      zh: '从基本存款账户重新缴纳保证金（或改用招标文件允许的保函）',
      en: 'Pay the bond again from the basic account (or use a guarantee if the tender allows one)',
    },
    basis,
  })
}

const SERVICE_LINE = /安装|调试|培训|服务|运维|维保|实施|施工|集成|运输/u

export function runSme(ctx: RuleContext): void {
  l13(ctx)
  bondAccount(ctx)
}
