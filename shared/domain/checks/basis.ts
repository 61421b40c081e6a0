import type { Bid } from '@shared/schemas'

/**
 * The legal or tender ground a finding rests on, by the law that governs the bid. Severity follows the
 * ground: an 87号令 art. 63 / 实施条例 art. 51 ground (or the tender's own 无效投标 clause) is 否决风险; a
 * correction or clarification the committee makes (art. 59, 51) is 失分风险; advice (art. 60) is 提示.
 */
export type BasisKind =
  /** Grounds that throw the bid out. */
  | 'veto'
  /** Price corrections: words over figures, unit prices over totals. */
  | 'correction'
  /** Abnormally low price: a written 说明 on request. */
  | 'lowPrice'
  /** Unclear content the committee may ask to clarify. */
  | 'clarification'
  /** The tender's own forms and requirements. */
  | 'form'
  /** Consortium members may not bid again for the same lot. */
  | 'consortium'
  /** SME / prison enterprise / welfare unit price deduction. */
  | 'sme'
  /** A bond paid by transfer comes from the basic account. */
  | 'bondAccount'
  /** The tender's scoring criteria. */
  | 'scoring'

const GOV: Record<BasisKind, string> = {
  veto: '87号令第63条',
  correction: '87号令第59条',
  lowPrice: '87号令第60条',
  clarification: '87号令第51条',
  form: '招标文件投标文件格式',
  consortium: '政府采购法实施条例第22条',
  sme: '财库〔2020〕46号',
  bondAccount: '招标文件投标人须知',
  scoring: '招标文件评分标准',
}

const TENDER: Record<BasisKind, string> = {
  veto: '实施条例第51条',
  correction: '评标委员会和评标方法暂行规定第19条',
  lowPrice: '评标委员会和评标方法暂行规定第21条',
  clarification: '实施条例第52条',
  form: '招标文件投标文件格式',
  consortium: '实施条例第37条',
  sme: '财库〔2020〕46号',
  bondAccount: '实施条例第26条',
  scoring: '招标文件评分标准',
}

export function lawBasis(law: Bid['governingLaw'], kind: BasisKind): string {
  return (law === '政府采购' ? GOV : TENDER)[kind]
}

export function basisOf(ctx: { law: Bid['governingLaw'] }, kind: BasisKind): string {
  return lawBasis(ctx.law, kind)
}
