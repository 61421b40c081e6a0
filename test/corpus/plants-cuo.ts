import { cleanBid, DAY, ymd } from './build'
import { figures } from './forms'
import { req, sec, single, swap, type Plant } from './plants-kit'

/** 不错: planted wrong values (prices, validity, names, numbers, dates, people, terms, tax, staff, lots). */
export const CUO_PLANTS: Plant[] = [
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
      it.unitPrice =
        Math.ceil((it.unitPrice! + (x.s.ceiling - x.total + x.s.ceiling * 0.05) / it.qty!) * 100) / 100
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
      const re = new RegExp(`${x.s.validity}(\\s*日历天)`, 'u')
      if (!re.test(l.content!)) throw new Error('plant validity-short: no validity in the letter')
      l.content = l.content!.replace(re, `${x.s.validity - 30}$1`)
    },
  },
  {
    id: 'company-name',
    rule: 'E06',
    field: 'sections',
    what: '投标函中的公司名称少一字',
    apply: (b, x) => {
      const l = sec(b, 's-letter')
      const re = new RegExp(`((?:牵头人|投\\s*标\\s*人(?:名称)?|供应商名称)\\s*[:：]\\s*)${x.s.us.name}`, 'u')
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
    // The letter's words stay right: art. 59(二) corrects its figures to them (E01), not a second price.
    rule: 'E01',
    field: 'sections',
    what: '投标函中写的报价数字与报价表不一致（大写正确）',
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
      const re = new RegExp(
        `((?:质\\s*保\\s*期|缺陷责任期)\\s*[为:：]?\\s*)${x.s.warranty.offered}(\\s*个月)`,
        'u',
      )
      if (!re.test(c.content!)) throw new Error('plant commitment-warranty: no warranty in the commitment')
      c.content = c.content!.replace(re, `$1${x.s.warranty.required - 12}$2`)
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
