import { fenToWords } from '@shared/domain/amount/write'
import type { Rng } from '@shared/domain/random'
import type { Party, Style } from './styles'

/**
 * The texts of the standard forms as different bid teams write them: full- or half-width punctuation,
 * the tender number in brackets after the title, the three common wordings of the 法定代表人身份证明 and
 * of the 授权委托书, a correct 大写 with or without its optional 零, 万元 quotes.
 */

export const pick = <T>(rnd: Rng, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]

export interface Voice {
  c: string
  lp: string
  rp: string
  comma: string
}

export function voice(rnd: Rng): Voice {
  const full = rnd() < 0.6
  return full ? { c: '：', lp: '（', rp: '）', comma: '，' } : { c: ': ', lp: '(', rp: ')', comma: ', ' }
}

/** 大写 as the product writes it, or with the optional 零 a careful typist adds (拾万零柒仟, 拾元零伍角). */
export function words(yuan: number, rnd: Rng): string {
  const w = fenToWords(Math.round(yuan * 100))
  if (rnd() < 0.5) return w
  return w
    .replace(/([拾佰仟])万([壹贰叁肆伍陆柒捌玖]仟)/u, '$1万零$2')
    .replace(/([拾佰仟])元([壹贰叁肆伍陆柒捌玖]角)/u, '$1元零$2')
}

export const figures = (n: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export interface Project {
  title: string
  tenderNo: string
  buyer: string
}

export function projectLine(p: Project, v: Voice, rnd: Rng): string {
  return pick(rnd, [
    `项目名称${v.c}${p.title}${v.lp}项目编号${v.c}${p.tenderNo}${v.rp}`,
    `项目名称${v.c}${p.title}\n项目编号${v.c}${p.tenderNo}`,
    `项目名称${v.c}${p.title}${v.lp}招标编号${v.c}${p.tenderNo}${v.rp}`,
  ])
}

export function letter(
  s: Style,
  p: Project,
  us: Party,
  price: { yuan: number; shown: number },
  sign: { name: string; agent: boolean; date: string },
  v: Voice,
  rnd: Rng,
): string {
  const unit = s.moneyUnit
  const rates =
    s.taxRates.length > 1
      ? `增值税税率${s.taxRates.map((r) => `${r}%`).join('、')}`
      : `含${s.taxRates[0]}%增值税`
  const who = s.partner
    ? `联合体牵头人${v.c}${s.us.name}\n联合体成员${v.c}${s.partner.name}`
    : `投标人名称${v.c}${us.name}${v.lp}盖章${v.rp}`
  const priceLine =
    unit === '万元'
      ? `投标总报价${v.lp}万元${v.rp}${v.c}${price.shown}${v.comma}大写${v.c}人民币${words(price.yuan, rnd)}`
      : pick(rnd, [
          `投标总报价为人民币${words(price.yuan, rnd)}${v.lp}¥${figures(price.shown)}${v.rp}`,
          `投标总价${v.c}¥${figures(price.shown)}元${v.comma}大写${v.c}${words(price.yuan, rnd)}`,
        ])
  return [
    `致${v.c}${p.buyer}`,
    projectLine(p, v, rnd),
    who,
    `统一社会信用代码${v.c}${us.code}`,
    `我方已仔细研究招标文件的全部内容，愿意以下列报价提供本项目要求的全部${s.category === '工程' ? '工程' : s.category === '服务' ? '服务' : '货物及服务'}${v.comma}报价${rates}。`,
    priceLine,
    `投标有效期为自投标截止之日起${s.validity}日历天。`,
    sign.agent
      ? `授权代表${v.lp}签字${v.rp}${v.c}${sign.name}`
      : `法定代表人${v.lp}签字${v.rp}${v.c}${sign.name}`,
    `日期${v.c}${sign.date}`,
  ].join('\n')
}

export function legalRepCert(us: Party, v: Voice, rnd: Rng, date: string): string {
  return pick(rnd, [
    [
      `投标人名称${v.c}${us.name}`,
      `姓名${v.c}${us.legalRep}  性别${v.c}男  职务${v.c}董事长`,
      `身份证号码${v.c}${us.legalRepId}`,
      `系${us.name}的法定代表人。`,
      `特此证明。`,
      `日期${v.c}${date}`,
    ],
    [
      `${us.legalRep}${v.lp}身份证号码${v.c}${us.legalRepId}${v.rp}系${us.name}的法定代表人${v.comma}特此证明。`,
      `投标人${v.c}${us.name}${v.lp}盖章${v.rp}`,
      `${date}`,
    ],
    [
      `单位名称${v.c}${us.name}`,
      `法定代表人${v.c}${us.legalRep}`,
      `身份证号码${v.c}${us.legalRepId}`,
      `日期${v.c}${date}`,
    ],
  ]).join('\n')
}

export function powerOfAttorney(us: Party, p: Project, v: Voice, rnd: Rng, date: string): string {
  return pick(rnd, [
    [
      `本人${us.legalRep}${v.lp}姓名${v.rp}系${us.name}的法定代表人${v.comma}现委托${us.agent}${v.lp}姓名${v.rp}为我方代理人。代理人根据授权${v.comma}以我方名义签署、澄清、递交${p.title}投标文件并处理有关事宜。`,
      `委托期限${v.c}自${date}起至投标有效期届满之日止。`,
      `代理人无转委托权。`,
      `被授权人身份证号码${v.c}${us.agentId}`,
      `法定代表人${v.lp}签字${v.rp}${v.c}${us.legalRep}`,
      `日期${v.c}${date}`,
    ],
    [
      `法定代表人${v.c}${us.legalRep}`,
      `被授权人${v.c}${us.agent}`,
      `被授权人身份证号码${v.c}${us.agentId}`,
      `投标人${v.c}${us.name}${v.lp}盖章${v.rp}`,
      `本授权书自${date}起至投标有效期结束止有效。`,
    ],
  ]).join('\n')
}

export function commitment(s: Style, v: Voice): string {
  const d = s.delivery
  const lines = [
    `我方承诺${v.c}`,
    d.unit === '个月'
      ? `1. ${d.label}为${d.offered}个月${v.comma}自合同签订之日起计算。`
      : `1. ${d.label}${v.c}合同签订后${d.offered}${d.unit}内完成。`,
  ]
  if (s.warranty.offered) lines.push(`2. 质保期为${s.warranty.offered}个月${v.comma}自验收合格之日起计算。`)
  return lines.join('\n')
}

export function staffText(s: Style, v: Voice, rnd: Rng): string {
  return s.staff
    .map((m) =>
      pick(rnd, [
        `本项目拟派${m.post}${m.name}${v.lp}身份证号${v.c}${m.id}${v.rp}${v.comma}持有${m.cert}证书。`,
        `${m.post}${v.c}${m.name}${v.comma}${m.cert}${v.comma}全程负责本项目。`,
      ]),
    )
    .join('\n')
}

export function referencesTable(s: Style, v: Voice): string {
  return [
    `序号 | 项目名称 | 采购人 | 合同金额（元） | 项目编号`,
    `1 | ${s.past.title} | ${s.past.customer} | ${figures(s.past.amount)} | ${s.past.tenderNo}`,
    `注${v.c}以上业绩附合同关键页及验收报告复印件。`,
  ].join('\n')
}

export function agreementText(s: Style, v: Voice): string {
  const pt = s.partner!
  return [
    `${s.us.name}${v.lp}牵头人${v.rp}与${pt.name}${v.lp}成员${v.rp}自愿组成联合体${v.comma}共同参加${s.title}${v.lp}项目编号${v.c}${s.tenderNo}${v.rp}的投标。`,
    `联合体牵头人${v.c}${s.us.name}`,
    `联合体成员${v.c}${pt.name}`,
    `分工${v.c}${s.us.name}负责${s.ourWork}${v.comma}占合同金额的${100 - pt.share}%；${pt.name}负责${pt.work}${v.comma}占合同金额的${pt.share}%。`,
  ].join('\n')
}

export function smeDeclaration(s: Style, us: Party, v: Voice): string {
  const lines = [
    `本公司${v.lp}联合体${v.rp}郑重声明${v.comma}根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）的规定${v.comma}本公司参加${s.buyer}的${s.title}${v.lp}项目编号${v.c}${s.tenderNo}${v.rp}采购活动${v.comma}提供的货物全部由符合政策要求的中小企业制造。`,
  ]
  s.lines
    .filter((l) => l.maker)
    .forEach((l, i) =>
      lines.push(
        `${i + 1}. ${l.name}${v.comma}属于${s.sme!.industry}行业${v.comma}制造商为${l.maker}${v.comma}属于${l.makerSize}企业。`,
      ),
    )
  lines.push(`企业名称${v.lp}盖章${v.rp}${v.c}${us.name}`)
  return lines.join('\n')
}
