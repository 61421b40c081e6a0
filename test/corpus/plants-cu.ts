import { DAY, ymd } from './build'
import { pick } from './forms'
import { req, sec, single, type Plant } from './plants-kit'

/** 不粗: planted carelessness (placeholders, empty sections, stale certificates and references, units, order). */
export const CU_PLANTS: Plant[] = [
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
]
