import { PRINT_RULES } from './print/catalogue'
import type { Bilingual, Family, Phase } from './types'

export interface RuleInfo {
  id: string
  family: Family
  title: Bilingual
  /** 编制: fix before exporting; 封装: done on the printed copies (盖章, 签字, 密封, 递交). */
  phase: Phase
  /** The bid rule a print-model rule is the printed counterpart of (P04 → L04). */
  extends?: string
}

const r = (id: string, family: Family, zh: string, en: string, phase: Phase = '编制'): RuleInfo => ({
  id,
  family,
  title: { zh, en },
  phase,
})

/** The catalogue of DOMAIN.md §4, in display order; progress bars count against it. */
export const RULES: readonly RuleInfo[] = [
  r('L01', '不漏', '每条招标要求均已响应', 'Every tender requirement has a response'),
  r('L02', '不漏', '★条款全部响应且无负偏离', 'Every ★ requirement answered without negative deviation'),
  r('L03', '不漏', '招标要求的各部分齐全', 'Every part the tender asks for exists'),
  r('L04', '不漏', '必备资料已附', 'Required materials attached'),
  r('L05', '不漏', '投标保证金已按要求缴纳', 'Bid bond recorded and sufficient'),
  r('L06', '不漏', '需盖章签字处均已完成', 'Every seal and signature done', '封装'),
  r('L07', '不漏', '正副本及电子版份数齐全', 'Original, copies and electronic version planned', '封装'),
  r('L08', '不漏', '每个评分项都有对应内容', 'Every scoring item is covered'),
  r('L09', '不漏', '开标一览表齐全', 'Opening summary (开标一览表) present'),
  r('L10', '不漏', '联合体协议 / 厂家授权齐全', 'Consortium agreement / manufacturer authorisation'),
  r('L11', '不漏', '澄清与补遗均已记录并确认', 'Clarifications and addenda recorded and acknowledged'),
  r(
    'L12',
    '不漏',
    '联合体成员、分工、资质与协议齐全',
    'Consortium members, shares, qualifications and agreement',
  ),
  r(
    'L13',
    '不漏',
    '中小企业价格扣除有声明函且符合条件',
    'SME price deduction claimed only with the declaration and when eligible',
  ),
  r(
    'L14',
    '不漏',
    '声明的企业规模与从业人员、营业收入、资产总额相符（工信部联企业〔2011〕300号）',
    'Declared enterprise size agrees with the figures (2011 SME criteria)',
  ),
  r('C01', '不粗', '无残留占位符', 'No placeholder text left'),
  r('C02', '不粗', '无空章节、主观分项响应充分', 'No empty section; scored responses long enough'),
  r('C03', '不粗', '技术评分项不只写"满足"', 'Scored technical items not answered with a bare "满足"'),
  r('C04', '不粗', '资料在截止日及有效期内有效', 'Materials valid at the deadline and through validity'),
  r('C05', '不粗', '资料不在截止日后30天内到期', 'No material expiring soon after the deadline'),
  r('C06', '不粗', '类似业绩在时间范围内且信息完整', 'Reference cases in window and complete'),
  r('C07', '不粗', '财务报表年份齐全', 'Financial statements for every required year'),
  r('C08', '不粗', '金额单位、含税口径一致', 'Money units and tax basis consistent'),
  r('C09', '不粗', '章节顺序符合招标文件', 'Section order follows the tender'),
  r('C10', '不粗', '无跨章节重复的长段落', 'No long paragraph repeated across sections'),
  r('E01', '不错', '大写金额与小写一致', 'Amount in words equals figures'),
  r('E02', '不错', '报价合计正确', 'Quote total equals the sum of lines'),
  r('E03', '不错', '报价不超过最高限价/预算', 'Price not above ceiling or budget'),
  r('E04', '不错', '异常低价有成本说明', 'Abnormally low price justified'),
  r('E05', '不错', '投标有效期满足要求', 'Validity period as required'),
  r('E06', '不错', '公司名称与信用代码一致且有效', 'Company name and credit code consistent and valid'),
  r('E07', '不错', '采购人、项目名称、编号一致', 'Buyer, project name and tender number consistent'),
  r('E08', '不错', '日期合理', 'Dates possible and before the deadline'),
  r('E09', '不错', '法定代表人/授权代表姓名一致', 'Legal representative and agent names consistent'),
  r('E10', '不错', '偏离表与响应一致', 'Deviation table matches the responses'),
  r('E11', '不错', '各处报价唯一', 'One price throughout'),
  r('E12', '不错', '税率与币种一致', 'Tax rate and currency consistent'),
  r('E13', '不错', '交货期、质保、付款不劣于要求', 'Delivery, warranty and payment not worse than required'),
  r('E14', '不错', '项目经理等关键人员一致且持证', 'Key staff named consistently and certified'),
  r('E15', '不错', '同一标包不重复投标', 'No party bids twice for one lot'),
  ...PRINT_RULES,
]

const PHASE = new Map(RULES.map((x) => [x.id, x.phase]))

/** The phase of a rule's findings (编制 for a rule the catalogue does not know). */
export function phaseOf(ruleId: string): Phase {
  return PHASE.get(ruleId) ?? '编制'
}
