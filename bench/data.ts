/**
 * Synthetic, seeded bench data: the same seed gives byte-identical bids, so two runs measure the same work.
 * Texts are Chinese of realistic length, so JSON sizes and docx pages are close to a real tender response.
 */
import { createRng, type Rng } from '@shared/domain/random'
import { BidSchema, type Bid, BID_SCHEMA_VERSION } from '@shared/schemas'

const WORDS = [
  '系统',
  '平台',
  '数据',
  '安全',
  '服务',
  '运维',
  '接口',
  '性能',
  '可靠性',
  '部署',
  '备份',
  '恢复',
  '监控',
  '告警',
  '用户',
  '权限',
  '审计',
  '日志',
  '存储',
  '网络',
  '终端',
  '培训',
  '质保',
  '响应',
  '方案',
  '支持',
  '满足',
  '提供',
  '不少于',
  '小时',
  '工作日',
  '采用',
  '国产化',
  '兼容',
  '扩展',
  '集成',
  '验收',
  '文档',
]

export function sentence(rng: Rng, words: number): string {
  let s = ''
  for (let i = 0; i < words; i++) s += WORDS[Math.floor(rng() * WORDS.length)]
  return s + '。'
}

/** About `chars` characters of prose in paragraphs of ~220 characters, separated by blank lines. */
export function prose(rng: Rng, chars: number): string {
  const paras: string[] = []
  let n = 0
  while (n < chars) {
    let p = ''
    while (p.length < 220) p += sentence(rng, 6 + Math.floor(rng() * 8))
    paras.push(p)
    n += p.length
  }
  return paras.join('\n\n')
}

const KINDS = ['资格', '商务', '技术', '技术', '技术', '报价'] as const
const STATUSES = ['响应', '响应', '响应', '部分响应', '未处理'] as const

export interface BidShape {
  id: string
  requirements: number
  sections: number
  /** Characters of text per section. */
  sectionChars: number
  quoteItems: number
  seed: number
  /** Make some sections render the standard tables (报价明细表, 技术偏离表). */
  formSections?: boolean
}

const iso = '2026-01-05T08:00:00.000Z'

export function makeBid(shape: BidShape): Bid {
  const rng = createRng(shape.seed)
  const sectionIds = Array.from({ length: shape.sections }, (_, i) => `s${i + 1}`)
  return BidSchema.parse({
    id: shape.id,
    schemaVersion: BID_SCHEMA_VERSION,
    title: `基准测试投标项目 ${shape.id}`,
    createdAt: iso,
    updatedAt: iso,
    tenderNo: `ZB-2026-${shape.seed}`,
    buyer: { name: '某市大数据管理局', region: '华东' },
    budget: 9_800_000,
    priceCeiling: 9_800_000,
    dates: { submissionDeadline: '2026-03-01T09:30:00+08:00' },
    validityDaysRequired: 90,
    validityDays: 90,
    requirements: Array.from({ length: shape.requirements }, (_, i) => ({
      id: `r${i + 1}`,
      no: String(i + 1),
      source: { chapter: `第${1 + Math.floor(i / 200)}章`, page: String(10 + Math.floor(i / 20)) },
      kind: KINDS[Math.floor(rng() * KINDS.length)],
      star: rng() < 0.05,
      scored: rng() < 0.1,
      text: sentence(rng, 8 + Math.floor(rng() * 10)),
      status: STATUSES[Math.floor(rng() * STATUSES.length)],
      responseText: rng() < 0.8 ? sentence(rng, 10 + Math.floor(rng() * 20)) : '满足',
      evidence: {
        sectionIds: [sectionIds[Math.floor(rng() * Math.max(1, sectionIds.length))]].filter(Boolean),
      },
    })),
    sections: sectionIds.map((id, i) => ({
      id,
      title: `第${i + 1}节 ${sentence(rng, 3).slice(0, -1)}`,
      kind: i < shape.sections * 0.1 ? '资格' : i < shape.sections * 0.3 ? '商务' : '技术',
      formKey:
        shape.formSections && i === 0 ? '报价明细表' : shape.formSections && i === 1 ? '技术偏离表' : null,
      content: prose(rng, shape.sectionChars),
      done: true,
    })),
    quote: {
      items: Array.from({ length: shape.quoteItems }, (_, i) => ({
        id: `q${i + 1}`,
        name: `设备${i + 1}`,
        spec: `型号 X-${100 + i}`,
        qty: 1 + Math.floor(rng() * 10),
        unitPrice: Math.round(1000 + rng() * 90_000),
      })),
    },
    notes: '',
  })
}

/** A small bid that fills out a big workspace around the one being edited. */
export function fillerBid(i: number): Bid {
  return makeBid({
    id: `bid-${String(i).padStart(5, '0')}`,
    requirements: 5,
    sections: 2,
    sectionChars: 200,
    quoteItems: 2,
    seed: 1000 + i,
  })
}
