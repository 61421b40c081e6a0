import { hasBond, req, sec, single, type Plant } from './plants-kit'

/** 不漏: planted omissions (unanswered requirements, missing parts and materials, bond, seals, consortium, SME). */
export const LOU_PLANTS: Plant[] = [
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
  {
    id: 'maker-size-false',
    rule: 'L14',
    field: 'sme.makers',
    what: '制造商上年度从业人员、营业收入已达中型企业标准，声明函仍写微型企业',
    when: (s) => !!s.sme,
    apply: (b) => Object.assign(b.sme!.makers![0], { employees: 350, revenueWan: 2500 }),
  },
]
