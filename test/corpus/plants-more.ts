import { buyerTableForm, hasBuyerTable } from './buyer-tables'
import type { BidInput } from '@shared/schemas'
import { DAY, ymd } from './build'
import { words } from './forms'
import { dottedDate, numeralDate } from './houses'
import type { Plant } from './plants'
import type { Style } from './styles'

/**
 * Mistakes met in the other houses' bids (test/corpus/styles-more.ts), written against their own forms:
 * a 授权委托书 copied from a sister company, the last project's number left in it, a form dated after the
 * deadline in the house's date format, a letter signed by someone nobody authorised, the 最后报价 copied
 * from the 首轮, an expired 安全生产许可证 or 建造师 registration, a 大写 that is not the 小写 in the letter.
 */

type Section = NonNullable<BidInput['sections']>[number]
const sec = (b: BidInput, id: string): Section => b.sections!.find((s) => s.id === id)!
const house = (s: Style) => !!s.house
const swap = (text: string, from: string | RegExp, to: string | ((m: string) => string)) => {
  const out = typeof to === 'string' ? text.replace(from, to) : text.replace(from, (m) => to(m))
  if (out === text) throw new Error(`plant: "${String(from)}" not in text`)
  return out
}

export const MORE_PLANTS: Plant[] = [
  {
    id: 'poa-company',
    rule: 'E06',
    field: 'sections',
    what: '授权委托书套用兄弟公司的模板，投标人名称是另一家公司',
    when: house,
    apply: (b, x) => {
      const c = sec(b, 's-poa')
      c.content = c.content!.split(x.s.us.name).join('福建中瑞建设发展有限公司')
      if (!c.content.includes('中瑞')) throw new Error('plant poa-company: no company in the POA')
    },
  },
  {
    id: 'poa-stale-tender-no',
    rule: 'E07',
    field: 'sections',
    what: '授权委托书仍是上个项目的项目名称和编号',
    when: house,
    apply: (b, x) => {
      const c = sec(b, 's-poa')
      c.content = swap(c.content!, x.s.tenderNo, x.s.past.tenderNo)
      c.content = swap(c.content, x.s.title, x.s.past.title)
    },
  },
  {
    id: 'form-dated-late',
    rule: 'E08',
    field: 'sections',
    what: '授权委托书落款日期（按本公司写法）晚于投标截止日',
    when: house,
    apply: (b, x) => {
      const c = sec(b, 's-poa')
      const late = new Date(x.d.deadline.getTime() + 6 * DAY)
      const fmt = x.s.house === 'build' ? numeralDate : x.s.house === 'tos' ? dottedDate : (d: Date) => ymd(d)
      c.content = `${c.content}\n日期：${fmt(late)}`
    },
  },
  {
    id: 'signer-unauthorised',
    rule: 'E09',
    field: 'sections',
    what: '投标函由未经授权的人签字（既非法定代表人也非被授权人）',
    when: house,
    apply: (b, x) => {
      const l = sec(b, 's-letter')
      const signer = b.signatory?.role === '授权代表' ? x.s.us.agent : x.s.us.legalRep
      const at = l.content!.lastIndexOf(signer)
      if (at < 0) throw new Error('plant signer-unauthorised: no signer in the letter')
      l.content = l.content!.slice(0, at) + '邱文斌' + l.content!.slice(at + signer.length)
    },
  },
  {
    id: 'star-unanswered',
    rule: 'L01',
    field: 'requirements',
    what: '★条款漏答（状态未处理、响应为空）',
    when: house,
    apply: (b) => {
      const r = b.requirements!.find((q) => q.star)!
      r.status = '未处理'
      r.responseText = ''
    },
  },
  {
    id: 'letter-words-text',
    rule: 'E01',
    field: 'sections',
    what: '投标函正文中大写金额与小写不一致（报价字段正确）',
    when: (s) => s.house === 'build' || s.house === 'plain',
    apply: (b) => {
      const l = sec(b, 's-letter')
      // The first digit of the price in words, one higher: the 小写 stays as it was.
      l.content = swap(l.content!, /(人民币(?:（大写）|\s)*)([壹贰叁肆伍陆柒捌])/u, (m: string) =>
        m.replace(/[壹贰叁肆伍陆柒捌]$/u, (c) => '贰叁肆伍陆柒捌玖'['壹贰叁肆伍陆柒捌'.indexOf(c)]),
      )
    },
  },
  {
    id: 'letter-tax-rate',
    rule: 'E12',
    field: 'sections',
    what: '投标函写的税率与分项报价税率不符',
    when: house,
    apply: (b) => {
      const l = sec(b, 's-letter')
      l.content = `${l.content}\n本报价已含3%增值税。`
    },
  },
  {
    id: 'final-price-first-round',
    rule: 'E11',
    field: 'sections',
    what: '最后报价表照抄了首轮报价（大写与小写）',
    when: (s) => !!s.firstRound,
    apply: (b, x) => {
      // Words and figures both copied: one statement of another price (E11), not a 大写/小写 mismatch (E01).
      const first = x.s.firstRound!
      const f = sec(b, 's-final')
      f.content = swap(
        f.content!,
        /人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+([（(])¥[\d.]+万元/u,
        (m: string) => `人民币${words(first * 10_000, x.rnd)}${m.match(/[（(]/u)![0]}¥${first}万元`,
      )
    },
  },
  {
    id: 'permit-expired',
    rule: 'C04',
    field: '',
    what: '安全生产许可证已过期',
    when: (s) => !!s.permits?.length,
    apply: (b, x) => {
      x.addMaterial({
        schemaVersion: 1,
        id: 'm-permit-old',
        title: `${x.s.permits![0]}（旧证）`,
        kind: '资质证书',
        validFrom: ymd(new Date(x.d.now.getTime() - 1100 * DAY)),
        validTo: ymd(new Date(x.d.now.getTime() - 5 * DAY)),
      })
      const q = sec(b, 's-qual')
      q.materialIds = q.materialIds!.map((m) => (m === 'm-permit-0' ? 'm-permit-old' : m))
    },
  },
  {
    id: 'pm-cert-expired',
    rule: 'C04',
    field: '',
    what: '项目经理的建造师注册证书已过有效期',
    when: (s) => s.house === 'build',
    apply: (b, x) => {
      const p = x.s.staff[0]
      x.addMaterial({
        schemaVersion: 1,
        id: 'm-staff-old',
        title: `${p.cert}证书（${p.name}，旧）`,
        kind: '人员证书',
        holder: p.name,
        validFrom: ymd(new Date(x.d.now.getTime() - 1500 * DAY)),
        validTo: ymd(new Date(x.d.deadline.getTime() - 2 * DAY)),
      })
      b.keyStaff![0].certificateMaterialIds = ['m-staff-old']
    },
  },
  {
    // #14.1: the buyer's 开标一览表 has the 小写 and the 大写 in two columns; the team typed the words of another amount.
    id: 'table-words',
    rule: 'E01',
    field: 'sections.4.content',
    what: '招标方开标一览表表格中大写金额列与小写金额列不一致',
    when: (s) => hasBuyerTable(s),
    apply: () => undefined,
    buyerForm: (s, rnd) => buyerTableForm(s, rnd, { wrongWords: true }),
  },
]
