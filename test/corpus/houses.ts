import type { Rng } from '@shared/domain/random'
import * as F from './forms'
import type { Party, Style } from './styles'

/**
 * The forms of the other houses (test/corpus/styles-more.ts), as their teams type them: the 标准施工招标文件
 * wording with dates in Chinese numerals, a 竞争性磋商 response with "兹授权…" and the 法定代表人身份证明 as
 * a table dated 2026.12.02, and half-width punctuation with spaces and line breaks inside the values.
 */

export interface Writers {
  date(d: Date, rnd: Rng): string
  letter: typeof F.letter
  legalRepCert(us: Party, v: F.Voice, rnd: Rng, date: string): string
  powerOfAttorney(us: Party, p: F.Project, v: F.Voice, rnd: Rng, date: string): string
  commitment(s: Style, v: F.Voice): string
  staffText(s: Style, v: F.Voice, rnd: Rng): string
  /** The 分项报价表 typed out as a table, where the house does. */
  priceTable?(s: Style): string
}

const cnDate = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
const isoDate = (d: Date) => d.toISOString().slice(0, 10)

const DEFAULT: Writers = {
  date: (d, rnd) => F.pick(rnd, [cnDate(d), isoDate(d)]),
  letter: F.letter,
  legalRepCert: F.legalRepCert,
  powerOfAttorney: F.powerOfAttorney,
  commitment: F.commitment,
  staffText: F.staffText,
}

const NUMERALS = '〇一二三四五六七八九'
const numeralDigits = (n: number) => [...String(n)].map((c) => NUMERALS[Number(c)]).join('')
function numeralCount(n: number): string {
  if (n < 10) return NUMERALS[n]
  const tens = Math.floor(n / 10)
  return `${tens === 1 ? '' : NUMERALS[tens]}十${n % 10 ? NUMERALS[n % 10] : ''}`
}
/** 二〇二六年十二月二日 */
export const numeralDate = (d: Date) =>
  `${numeralDigits(d.getUTCFullYear())}年${numeralCount(d.getUTCMonth() + 1)}月${numeralCount(d.getUTCDate())}日`
/** 2026.12.02 */
export const dottedDate = (d: Date) => isoDate(d).replace(/-/gu, '.')

const BUILD: Writers = {
  date: (d) => numeralDate(d),
  letter: (s, p, us, price, sign, _v, rnd) =>
    [
      '投标函',
      `致：${p.buyer}（招标人名称）`,
      `1．我方已仔细研究了${p.title}（招标编号：${p.tenderNo}）施工招标文件的全部内容，愿意以人民币（大写）${F.words(price.yuan, rnd)}（¥${F.figures(price.shown)}）的投标总报价，工期${s.delivery.offered}日历天，按合同约定实施和完成承包工程，修补工程中的任何缺陷，工程质量达到合格。`,
      `2．我方承诺在投标有效期内不修改、撤销投标文件，投标有效期为${s.validity}日历天。`,
      `3．随同本投标函提交投标保证金一份，金额为人民币（大写）${F.words(s.bond, rnd)}（¥${F.figures(s.bond)}），以银行保函形式提交。`,
      '4．如我方中标，我方承诺在收到中标通知书后，在中标通知书规定的期限内与你方签订合同，并按招标文件规定提交履约担保。',
      `投标人：${us.name}（盖单位章）`,
      `统一社会信用代码：${us.code}`,
      `法定代表人或其委托代理人：${sign.name}（签字）`,
      sign.date,
    ].join('\n'),
  legalRepCert: (us, _v, _rnd, date) =>
    [
      '法定代表人身份证明',
      `投标人名称：${us.name}`,
      '单位性质：有限责任公司',
      '地址：福建省厦门市思明区湖滨南路 388 号',
      '成立时间：2006年3月18日',
      '经营期限：长期',
      `姓名：${us.legalRep}  性别：男  年龄：51  职务：董事长`,
      `系${us.name}（投标人名称）的法定代表人。`,
      '特此证明。',
      `附：法定代表人身份证复印件（身份证号码：${us.legalRepId}）`,
      `投标人：${us.name}（盖单位章）`,
      date,
    ].join('\n'),
  powerOfAttorney: (us, p, _v, _rnd, date) =>
    [
      '授权委托书',
      `本人${us.legalRep}（姓名）系${us.name}（投标人名称）的法定代表人，现委托${us.agent}（姓名）为我方代理人。代理人根据授权，以我方名义签署、澄清、说明、补正、递交、撤回、修改${p.title}（招标编号：${p.tenderNo}）施工投标文件、签订合同和处理有关事宜，其法律后果由我方承担。`,
      '委托期限：自本委托书签署之日起至投标有效期满。',
      '代理人无转委托权。',
      '附：法定代表人身份证明',
      `投标人：${us.name}（盖单位章）`,
      `法定代表人：${us.legalRep}（签字）`,
      `身份证号码：${us.legalRepId}`,
      `委托代理人：${us.agent}（签字）`,
      `身份证号码：${us.agentId}`,
      date,
    ].join('\n'),
  commitment: (s) =>
    [
      '投标承诺书',
      `1．${s.delivery.label}：${s.delivery.offered}日历天，开工日期以监理人发出的开工通知为准。`,
      '2．工程质量：合格。',
      `3．缺陷责任期：${s.warranty.offered}个月，自工程通过竣工验收之日起计算；保修范围和期限按《建设工程质量管理条例》执行。`,
      `4．拟派项目经理${s.staff[0].name}在本工程施工期间不担任其他任何在建工程项目的项目经理。`,
    ].join('\n'),
  staffText: (s) =>
    [
      '项目管理机构组成表',
      '职务 | 姓名 | 执业或职业资格证明 | 身份证号码',
      ...s.staff.map((m) => `${m.post} | ${m.name} | ${m.cert} | ${m.id}`),
    ].join('\n'),
}

const TOS: Writers = {
  date: (d) => dottedDate(d),
  letter: (s, p, us, price, sign, _v, rnd) => {
    const first = s.firstRound ?? price.shown
    return [
      '磋商响应函',
      `致：${p.buyer}`,
      `我方收到贵方${p.title}（项目编号：${p.tenderNo}）竞争性磋商文件，经详细研究，决定参加该项目的磋商。`,
      `1．首轮报价：人民币${F.words(first * 10_000, rnd)}（¥${first}万元），含${s.taxRates[0]}%增值税。最终报价以磋商小组要求提交的最后报价为准。`,
      `2．服务期：自合同签订之日起${s.delivery.offered}个月。`,
      `3．本响应文件自提交响应文件截止之日起${s.validity}日历天内有效。`,
      `供应商名称：${us.name}（公章）`,
      `统一社会信用代码：${us.code}`,
      `${sign.agent ? '授权代表' : '法定代表人'}（签字）：${sign.name}`,
      `日期：${sign.date}`,
    ].join('\n')
  },
  legalRepCert: (us, _v, _rnd, date) =>
    [
      '法定代表人身份证明书',
      `供应商名称 | ${us.name}`,
      `姓名 | ${us.legalRep} | 性别 | 女`,
      `职务 | 总经理 | 身份证号码 | ${us.legalRepId}`,
      `兹证明${us.legalRep}同志为我单位法定代表人。`,
      `供应商（公章）：${us.name}`,
      `日期：${date}`,
    ].join('\n'),
  powerOfAttorney: (us, p, _v, _rnd, date) =>
    [
      '法定代表人授权委托书',
      `致：${p.buyer}`,
      `兹授权我公司${us.agent}同志（身份证号码：${us.agentId}）为我方代理人，代表我公司参加贵方组织的${p.title}（项目编号：${p.tenderNo}）竞争性磋商活动，全权处理磋商、报价、签约等一切相关事宜。被授权人签署的一切文件和处理与之有关的一切事务，我公司均予承认。`,
      '被授权人无转委托权。特此授权。',
      `授权单位（公章）：${us.name}`,
      `法定代表人（签字或盖章）：${us.legalRep}`,
      `被授权人（签字）：${us.agent}`,
      `日期：${date}`,
    ].join('\n'),
  commitment: (s) =>
    [
      '服务承诺书',
      `一、服务期限：自合同签订之日起${s.delivery.offered}个月。`,
      '二、接到安全事件报告后15分钟内响应，2小时内到达现场处置，24小时内提交事件分析报告。',
      '三、重大活动保障期间安排专人全天值守。',
    ].join('\n'),
  priceTable: (s) =>
    [
      '序号 | 服务内容 | 单位 | 数量 | 单价（万元） | 小计（万元）',
      ...s.lines.map(
        (l, i) =>
          `${i + 1} | ${l.name} | ${l.unit} | ${l.qty} | ${l.unitPrice.toFixed(2)} | ${(l.qty * l.unitPrice).toFixed(2)}`,
      ),
      `合计（万元）：${s.lines.reduce((a, l) => a + l.qty * l.unitPrice, 0).toFixed(2)}`,
    ].join('\n'),
  staffText: (s) =>
    s.staff.map((m) => `项目负责人：${m.name}，持有${m.cert}证书，身份证号码：${m.id}。`).join('\n'),
}

/** "2026 年 12 月 2 日", or on its own line, as typed. */
const spacedDate = (d: Date) => `${d.getUTCFullYear()} 年 ${d.getUTCMonth() + 1} 月 ${d.getUTCDate()} 日`

const PLAIN: Writers = {
  date: (d, rnd) => F.pick(rnd, [spacedDate(d), isoDate(d)]),
  letter: (s, p, us, price, sign, _v, rnd) =>
    [
      `致: ${p.buyer}`,
      `项目名称: ${p.title}`,
      `项目编号: ${p.tenderNo}`,
      `投 标 人: ${us.name} (盖章)`,
      `统一社会信用代码: ${us.code}`,
      '根据贵方的招标文件, 我方愿意按招标文件的要求提供全部货物及相关服务, 并承担合同规定的全部义务.',
      `投标报价 (大写):\n人民币 ${F.words(price.yuan, rnd).replace(/万/u, '万 ')}`,
      `(小写: ¥ ${F.figures(price.shown)} 元)`,
      `报价含增值税, 税率 ${s.taxRates.join('% / ')}%.`,
      `投标有效期: ${s.validity} 日历天.`,
      `${sign.agent ? '授 权 代 表' : '法 定 代 表 人'} (签字):\n${sign.name}`,
      `日 期: ${sign.date}`,
    ].join('\n'),
  legalRepCert: (us, _v, _rnd, date) =>
    [
      `姓 名: ${us.legalRep}`,
      '性 别: 男',
      `身份证号码: ${us.legalRepId}`,
      `系\n${us.name}\n的法定代表人.`,
      '特此证明.',
      `投标人 (盖章): ${us.name}`,
      `日期: ${date}`,
    ].join('\n'),
  powerOfAttorney: (us, p, _v, _rnd, date) =>
    [
      `委托人 (法定代表人): ${us.legalRep}`,
      `受 托 人: ${us.agent}`,
      `身份证号: ${us.agentId}`,
      `委托事项: 代表 ${us.name} 参加 ${p.title} (项目编号: ${p.tenderNo}) 的投标, 签署投标文件并处理有关事宜.`,
      `委托期限: ${date} 至投标有效期满.`,
      `委托单位 (盖章): ${us.name}`,
    ].join('\n'),
  commitment: (s) =>
    [
      '售后服务承诺',
      `1. ${s.delivery.label}: 合同签订后 ${s.delivery.offered} 日历天内交货并安装调试完毕.`,
      `2. 质 保 期: ${s.warranty.offered} 个月, 自验收合格之日起计算.`,
    ].join('\n'),
  staffText: () => '',
}

export function writersOf(s: Style): Writers {
  if (s.house === 'build') return BUILD
  if (s.house === 'tos') return TOS
  if (s.house === 'plain') return PLAIN
  return DEFAULT
}
