import type { BidInput } from '@shared/schemas'
import type { Rng } from '@shared/domain/random'
import { cleanBid, DAY, ymd, type Dates, type MaterialInput, type MatrixInput } from './build'
import { figures, pick } from './forms'
import type { Style } from './styles'

/**
 * The planted errors: each is one mistake a bid team really makes, applied to a fresh copy of a clean
 * bid, tagged with the rule and the field (a part of the finding's path) that must catch it. They are
 * written from the bid's side (what goes wrong in the file), not from the rules' code.
 */

export interface PlantEnv {
  s: Style
  d: Dates
  rnd: Rng
  total: number
  addMaterial(m: Omit<MaterialInput, 'createdAt' | 'updatedAt'>): void
  setMatrix(m: MatrixInput): void
  /** Another bid of the workspace the planted one must be judged against. */
  addBid(b: BidInput): void
}

export interface Plant {
  id: string
  rule: string
  field: string
  what: string
  when?: (s: Style) => boolean
  apply(b: BidInput, x: PlantEnv): void
}

type Section = NonNullable<BidInput['sections']>[number]
type Requirement = NonNullable<BidInput['requirements']>[number]

const sec = (b: BidInput, id: string): Section => b.sections!.find((s) => s.id === id)!
const req = (b: BidInput, f: (r: Requirement) => boolean): Requirement => b.requirements!.find(f)!
const swap = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`plant: "${from}" not in text`)
  return text.split(from).join(to)
}
const hasBond = (s: Style) => s.bond > 0
const single = (s: Style) => !s.lots

export const PLANTS: Plant[] = [
  // ── 不漏 ──
  {
    id: 'unanswered',
    rule: 'L01',
    field: 'requirements',
    what: '一条非★要求未作响应',
    apply: (b) => {
      const r = b.requirements![b.requirements!.length - 1]
      r.status = '未处理'
      r.responseText = ''
    },
  },
  {
    id: 'star-negative',
    rule: 'L02',
    field: 'requirements',
    what: '★条款负偏离',
    apply: (b) => {
      const r = req(b, (x) => !!x.star)
      r.deviation = '负偏离'
      r.deviationTableEntry = '负偏离'
      r.responseText = '部分满足，详见偏离说明。'
    },
  },
  {
    id: 'part-missing',
    rule: 'L03',
    field: 'mandatedOrder',
    what: '招标文件要求的商务偏离表未编入',
    apply: (b) => void (b.sections = b.sections!.filter((s) => s.id !== 's-bdev')),
  },
  {
    id: 'license-unattached',
    rule: 'L04',
    field: 'requiredMaterials',
    what: '营业执照未附',
    apply: (b) =>
      void (sec(b, 's-qual').materialIds = sec(b, 's-qual').materialIds!.filter((m) => m !== 'm-license')),
  },
  {
    id: 'agent-without-poa',
    rule: 'L04',
    field: 'signatory',
    what: '授权代表签署，招标文件格式目录未列授权委托书，投标文件也没有',
    apply: (b, x) => {
      b.sections = b.sections!.filter((s) => s.id !== 's-poa')
      b.mandatedOrder = b.mandatedOrder!.filter((t) => t !== '授权委托书')
      b.signatory = { role: '授权代表', agentName: x.s.us.agent }
      const l = sec(b, 's-letter')
      l.content = l.content!.replace(/法定代表人([（(]签字[)）][:：]\s*)\S+/u, `授权代表$1${x.s.us.agent}`)
    },
  },
  {
    id: 'bond-short',
    rule: 'L05',
    field: 'bond',
    what: '保证金少缴',
    when: hasBond,
    apply: (b) => void (b.bond!.paidAmount = b.bond!.required! / 2),
  },
  {
    id: 'bond-other-account',
    rule: 'L05',
    field: 'bond',
    what: '保证金从一般户转出，招标文件要求基本账户',
    when: (s) => s.basicAccountRequired,
    apply: (b) => void (b.bond!.payerAccount = '招商银行福州分行营业部 591900012310801（一般户）'),
  },
  {
    id: 'unsealed',
    rule: 'L06',
    field: 'sections',
    what: '投标函未盖章',
    apply: (b) => void (sec(b, 's-letter').sealDone = false),
  },
  {
    id: 'copies',
    rule: 'L07',
    field: 'copies',
    what: '副本份数不足',
    apply: (b) => void (b.copies!.copiesPlanned = 1),
  },
  {
    id: 'scored-no-evidence',
    rule: 'L08',
    field: '',
    what: '评分项“类似业绩”无对应内容',
    apply: (b, x) => {
      b.matrixId = 'mx-plant'
      x.setMatrix({
        id: 'mx-plant',
        schemaVersion: 1,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        title: '评分表',
        bidId: b.id!,
        items: [
          { id: 'i-price', category: '价格', name: '价格分', maxPoints: 30, kind: 'objective' },
          { id: 'i-train', category: '商务', name: '培训方案', maxPoints: 5, kind: 'subjective' },
        ],
        bidders: [{ id: 'us', name: x.s.us.name, isUs: true }],
      })
    },
  },
  {
    id: 'no-summary',
    rule: 'L09',
    field: 'openingSummary',
    what: '开标一览表缺失',
    when: single,
    apply: (b) => {
      b.quote!.openingSummary!.present = false
      b.sections = b.sections!.filter((s) => s.id !== 's-open')
    },
  },
  {
    id: 'clarification',
    rule: 'L11',
    field: 'clarifications',
    what: '澄清未确认',
    apply: (b) => void (b.clarifications![0].acknowledged = false),
  },
  {
    id: 'consortium-no-agreement',
    rule: 'L10',
    field: 'consortium',
    what: '联合体协议未附',
    when: (s) => !!s.partner,
    apply: (b) => {
      b.consortium!.agreementMaterialId = null
      b.sections = b.sections!.filter((s) => s.id !== 's-agreement')
      b.mandatedOrder = b.mandatedOrder!.filter((t) => t !== '联合体协议书')
    },
  },
  {
    id: 'consortium-unqualified',
    rule: 'L12',
    field: 'consortium.members',
    what: '联合体成员无其分工所需资质证书',
    when: (s) => !!s.partner,
    apply: (b) => void (b.consortium!.members![1].qualificationMaterialIds = []),
  },
  {
    id: 'sme-no-declaration',
    rule: 'L13',
    field: 'sme',
    what: '享受价格扣除但未附中小企业声明函',
    when: (s) => !!s.sme,
    apply: (b) => {
      b.sme!.declarationMaterialId = null
      b.sections = b.sections!.filter((s) => s.id !== 's-sme')
    },
  },
  {
    id: 'sme-large-maker',
    rule: 'L13',
    field: 'quote.items',
    what: '货物由大型企业制造却申请价格扣除',
    when: (s) => !!s.sme,
    apply: (b) => void (b.quote!.items![1].manufacturerSize = '大型'),
  },
  // ── 不粗 ──
  {
    id: 'placeholder',
    rule: 'C01',
    field: 'sections',
    what: '方案中残留占位符',
    apply: (b, x) => {
      const p = sec(b, 's-plan')
      p.content = `${p.content}\n${pick(x.rnd, ['联系人：XXX，电话：【待填写】', '服务网点地址：________（请填写）', '详见附件【此处插入图片】'])}`
    },
  },
  {
    id: 'empty-section',
    rule: 'C02',
    field: 'sections',
    what: '服务承诺书为空',
    apply: (b) => void (sec(b, 's-commit').content = ''),
  },
  {
    id: 'bare-yes',
    rule: 'C03',
    field: 'requirements',
    what: '技术评分项只写“满足”',
    apply: (b) => void (req(b, (r) => !!r.scored).responseText = '满足'),
  },
  {
    id: 'expired-cert',
    rule: 'C04',
    field: '',
    what: 'ISO 证书已过期',
    apply: (b, x) => {
      x.addMaterial({
        schemaVersion: 1,
        id: 'm-iso-old',
        title: 'ISO9001质量管理体系认证证书（旧）',
        kind: '资质证书',
        validFrom: ymd(new Date(x.d.now.getTime() - 1200 * DAY)),
        validTo: ymd(new Date(x.d.now.getTime() - 30 * DAY)),
      })
      const q = sec(b, 's-qual')
      q.materialIds = q.materialIds!.map((m) => (m === 'm-iso' ? 'm-iso-old' : m))
    },
  },
  {
    id: 'expiring-cert',
    rule: 'C05',
    field: '',
    what: '纳税证明在截止日后十天到期',
    apply: (b, x) => {
      x.addMaterial({
        schemaVersion: 1,
        id: 'm-tax-short',
        title: '纳税及社保缴纳证明（短期）',
        kind: '纳税/社保证明',
        validFrom: ymd(new Date(x.d.now.getTime() - 60 * DAY)),
        validTo: ymd(new Date(x.d.deadline.getTime() + 10 * DAY)),
      })
      const q = sec(b, 's-qual')
      q.materialIds = q.materialIds!.map((m) => (m === 'm-tax' ? 'm-tax-short' : m))
    },
  },
  {
    id: 'old-reference',
    rule: 'C06',
    field: '',
    what: '业绩合同早于要求的年限',
    apply: (b, x) => {
      x.addMaterial({
        schemaVersion: 1,
        id: 'm-ref-old',
        title: `${x.s.past.title}（早期）`,
        kind: '样板客户/类似业绩',
        reference: {
          customer: x.s.past.customer,
          amount: x.s.past.amount,
          contractDate: ymd(new Date(x.d.now.getTime() - 7 * 365 * DAY)),
        },
      })
      sec(b, 's-ref').materialIds = ['m-ref-old']
    },
  },
  {
    id: 'fin-year',
    rule: 'C07',
    field: '',
    what: '缺少上一年度审计报告',
    apply: (b) =>
      void (sec(b, 's-qual').materialIds = sec(b, 's-qual').materialIds!.filter((m) => m !== 'm-fin-2')),
  },
  {
    id: 'unit-mismatch',
    rule: 'C08',
    field: 'sections',
    what: '报价表写“金额单位：万元”而报价以元填报（或反之）',
    when: single,
    apply: (b, x) => {
      const p = sec(b, 's-price')
      p.content = p.content!.replace(x.s.moneyUnit, x.s.moneyUnit === '元' ? '万元' : '元')
    },
  },
  {
    id: 'order',
    rule: 'C09',
    field: 'sections',
    what: '开标一览表排在资格证明文件之前，与招标文件顺序不符',
    apply: (b) => {
      const i = b.sections!.findIndex((s) => s.id === 's-qual')
      const j = b.sections!.findIndex((s) => s.id === 's-open')
      ;[b.sections![i], b.sections![j]] = [b.sections![j], b.sections![i]]
    },
  },
  {
    id: 'repeated-paragraph',
    rule: 'C10',
    field: 'sections',
    what: '方案段落原样复制到服务承诺书',
    apply: (b, x) => {
      const c = sec(b, 's-commit')
      c.content = `${c.content}\n${x.s.plan[1]}`
    },
  },
  // ── 不错 ──
  {
    id: 'words-wrong',
    rule: 'E01',
    field: 'bidLetterPriceWords',
    what: '投标函大写金额少写一位',
    when: single,
    apply: (b) =>
      void (b.quote!.bidLetterPriceWords = b.quote!.bidLetterPriceWords!.replace(/^(.)(.)/u, '$1')),
  },
  {
    id: 'total-wrong',
    rule: 'E02',
    field: 'statedTotal',
    what: '报价合计算错',
    when: single,
    apply: (b, x) => void (b.quote!.statedTotal = x.total + (x.s.moneyUnit === '万元' ? 10 : 10_000)),
  },
  {
    id: 'unit-prices-over-ceiling',
    rule: 'E03',
    field: 'quote',
    what: '单价之和超过最高限价（总价写在限价内）',
    when: (s) => single(s) && s.ceiling > 0,
    apply: (b, x) => {
      const it = b.quote!.items![0]
      it.unitPrice = it.unitPrice! + (x.s.ceiling - x.total + x.s.ceiling * 0.05) / it.qty!
    },
  },
  {
    id: 'validity-short',
    rule: 'E05',
    field: 'validity',
    what: '投标有效期短于要求',
    apply: (b, x) => {
      b.validityDays = x.s.validity - 30
      const l = sec(b, 's-letter')
      l.content = swap(l.content!, `${x.s.validity}日历天`, `${x.s.validity - 30}日历天`)
    },
  },
  {
    id: 'company-name',
    rule: 'E06',
    field: 'sections',
    what: '投标函中的公司名称少一字',
    apply: (b, x) => {
      const l = sec(b, 's-letter')
      const re = new RegExp(`((?:牵头人|投标人名称)[:：]\\s*)${x.s.us.name}`, 'u')
      if (!re.test(l.content!)) throw new Error('plant company-name: no name line')
      l.content = l.content!.replace(re, `$1${x.s.us.name.replace('有限公司', '公司')}`)
    },
  },
  {
    id: 'old-buyer',
    rule: 'E07',
    field: 'sections',
    what: '投标函抬头仍是上一个项目的采购人',
    apply: (b, x) => {
      const l = sec(b, 's-letter')
      l.content = swap(l.content!, x.s.buyer, x.s.past.customer)
    },
  },
  {
    id: 'tender-no-typo',
    rule: 'E07',
    field: 'sections',
    what: '授权委托书/投标函中的项目编号错一位',
    apply: (b, x) => {
      const l = sec(b, 's-letter')
      const no = x.s.tenderNo
      const last = no[no.length - 1]
      l.content = swap(l.content!, no, no.slice(0, -1) + (last === '7' ? '1' : '7'))
    },
  },
  {
    id: 'signed-late',
    rule: 'E08',
    field: 'signDate',
    what: '签署日期在投标截止之后',
    apply: (b, x) => void (sec(b, 's-letter').signDate = ymd(new Date(x.d.deadline.getTime() + 3 * DAY))),
  },
  {
    id: 'impossible-date',
    rule: 'E08',
    field: 'sections',
    what: '承诺书落款日期为 2月30日',
    apply: (b, x) => {
      const c = sec(b, 's-commit')
      c.content = `${c.content}\n日期：${x.d.deadline.getUTCFullYear()}年2月30日`
    },
  },
  {
    id: 'legal-rep-other',
    rule: 'E09',
    field: 'sections',
    what: '法定代表人身份证明写的是另一人（套用旧模板）',
    apply: (b, x) => {
      const c = sec(b, 's-legal')
      c.content = swap(c.content!, x.s.us.legalRep, '赵建华')
    },
  },
  {
    id: 'poa-other-agent',
    rule: 'E09',
    field: 'sections',
    what: '授权委托书授权的是另一人（从旧标书复制）',
    apply: (b, x) => {
      const c = sec(b, 's-poa')
      c.content = swap(c.content!, x.s.us.agent, '孙浩然')
    },
  },
  {
    id: 'deviation-table',
    rule: 'E10',
    field: 'requirements',
    what: '偏离表写“无偏离”，响应为正偏离',
    when: (s) => s.reqs.some((r) => r.deviation === '正偏离'),
    apply: (b) => void (req(b, (r) => r.deviation === '正偏离').deviationTableEntry = '无偏离'),
  },
  {
    id: 'summary-price',
    rule: 'E11',
    field: 'quote.',
    what: '开标一览表报价与投标函不一致',
    when: single,
    apply: (b, x) => void (b.quote!.openingSummary!.price = x.total - (x.s.moneyUnit === '万元' ? 1 : 1000)),
  },
  {
    id: 'letter-figure',
    rule: 'E11',
    field: 'sections',
    what: '投标函中写的报价数字与报价表不一致',
    when: (s) => single(s) && s.moneyUnit === '元',
    apply: (b, x) => {
      const l = sec(b, 's-letter')
      l.content = swap(l.content!, figures(x.total), figures(x.total + 5000))
    },
  },
  {
    id: 'stated-rate',
    rule: 'E12',
    field: 'sections',
    what: '报价表声明的税率与分项税率不符',
    apply: (b) => {
      const p = sec(b, 's-price')
      p.content = `${p.content}\n增值税税率为3%。`
    },
  },
  {
    id: 'line-rate',
    rule: 'E12',
    field: 'quote.items',
    what: '分项税率不是招标文件要求的税率',
    apply: (b) => void (b.quote!.items![0].taxRate = 1),
  },
  {
    id: 'summary-delivery',
    rule: 'E13',
    field: 'openingSummary',
    what: '开标一览表交货期/工期长于要求',
    when: (s) => single(s) && s.delivery.unit !== '个月',
    apply: (b, x) =>
      void (b.quote!.openingSummary!.deliveryPeriod = `合同签订后${x.s.delivery.required + 15}${x.s.delivery.unit}内`),
  },
  {
    id: 'commitment-warranty',
    rule: 'E13',
    field: 'sections',
    what: '承诺书质保期短于要求',
    when: (s) => s.warranty.required > 0,
    apply: (b, x) => {
      const c = sec(b, 's-commit')
      c.content = swap(
        c.content!,
        `质保期为${x.s.warranty.offered}个月`,
        `质保期为${x.s.warranty.required - 12}个月`,
      )
    },
  },
  {
    id: 'response-term',
    rule: 'E13',
    field: 'requirements',
    what: '响应文字的期限劣于★要求，却标“无偏离”',
    when: (s) => s.reqs.some((r) => r.star && /\d+\s*(?:日历天|天|分钟|小时)/u.test(r.text)),
    apply: (b) => {
      const r = req(b, (x) => !!x.star)
      r.responseText = r.responseText!.replace(
        /(\d+)(\s*)(日历天|分钟|小时)/u,
        (_m, n: string, sp: string, u: string) => `${Number(n) * 3}${sp}${u}`,
      )
      r.deviation = '无偏离'
      r.deviationTableEntry = '无偏离'
    },
  },
  {
    id: 'staff-name',
    rule: 'E14',
    field: 'sections',
    what: '方案中的项目经理与人员表不是同一人',
    when: (s) => s.staff.length > 0,
    apply: (b, x) => {
      const p = sec(b, 's-plan')
      p.content = swap(p.content!, x.s.staff[0].name, '何志远')
    },
  },
  {
    id: 'staff-cert',
    rule: 'E14',
    field: 'keyStaff',
    what: '项目经理未附所需证书',
    when: (s) => s.staff.length > 0,
    apply: (b) => void (b.keyStaff![0].certificateMaterialIds = []),
  },
  {
    id: 'bid-twice',
    rule: 'E15',
    field: 'tenderNo',
    what: '同一项目同一包既单独投标又参加联合体投标',
    when: (s) => !!s.partner || !!s.lots,
    apply: (b, x) => {
      // The twin: the same tender, bid again by us with another company (or alone, when this is the consortium).
      const twin = cleanBid(x.s, x.d, x.rnd, `${b.id}-twin`, {
        title: `${x.s.title}（二）`,
        tenderNo: `${x.s.tenderNo}-B`,
        buyer: x.s.buyer,
      }).bid
      for (const t of [b, twin]) {
        t.tenderNo = `${x.s.tenderNo}-B`
        t.title = `${x.s.title}（二）`
        for (const s of t.sections!)
          if (s.content) s.content = s.content.split(x.s.tenderNo).join(`${x.s.tenderNo}-B`)
      }
      if (x.s.partner) twin.consortium = { isConsortium: false, members: [] }
      else
        twin.consortium = {
          isConsortium: true,
          members: [
            { id: 'u', name: x.s.us.name, creditCode: x.s.us.code, role: '牵头人', isUs: true },
            { id: 'o', name: '福州云启信息技术有限公司', creditCode: '91350100MA2Y0X1234', role: '成员' },
          ],
        }
      x.addBid(twin)
    },
  },
  // ── 多包 ──
  {
    id: 'lot-no-price',
    rule: 'L09',
    field: 'lots',
    what: '第2包开标一览表未填报价',
    when: (s) => !!s.lots,
    apply: (b) => void (b.lots![1].price = null),
  },
  {
    id: 'lot-over-ceiling',
    rule: 'E03',
    field: 'lots',
    what: '第1包报价超过该包最高限价',
    when: (s) => !!s.lots,
    apply: (b) => {
      const it = b.quote!.items![0]
      it.unitPrice = 16_000
      const l = b.lots![0]
      l.price = it.qty! * 16_000 + 36_000
    },
  },
  {
    id: 'lot-bond',
    rule: 'L05',
    field: 'lots',
    what: '第2包保证金未缴',
    when: (s) => !!s.lots,
    apply: (b) => void (b.lots![1].bondPaid = null),
  },
  {
    id: 'lot-words',
    rule: 'E01',
    field: 'lots',
    what: '第1包大写金额与小写不符',
    when: (s) => !!s.lots,
    apply: (b) => void (b.lots![0].priceWords = '捌拾万元整'),
  },
]
