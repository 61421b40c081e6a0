import { describe, expect, it } from 'vitest'
import {
  BidSchema,
  MaterialSchema,
  RequirementSchema,
  SectionSchema,
  type Bid,
  BID_SCHEMA_VERSION,
} from '@shared/schemas'
import { filterRequirements, NO_FILTER } from '@shared/domain/bids/requirement-filter'
import { mandatedOrderView, moveItem } from '@shared/domain/bids/section-order'
import { funnelCounts } from '@shared/domain/bids/funnel'
import { requirementIndex, tabOf } from '@shared/domain/bids/paths'
import { expiryBucket, expiryDashboard, searchMaterials, todayNo } from '@shared/domain/materials'

const meta = {
  schemaVersion: BID_SCHEMA_VERSION,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
}
const req = (id: string, o: Record<string, unknown> = {}) => RequirementSchema.parse({ id, ...o })
const mat = (id: string, o: Record<string, unknown> = {}) =>
  MaterialSchema.parse({ id, title: id, schemaVersion: 1, createdAt: 'x', updatedAt: 'x', ...o })

describe('filterRequirements', () => {
  const reqs = [
    req('a', { status: '未处理', kind: '技术', star: true, text: '支持 DICOM' }),
    req('b', { status: '响应', kind: '商务', star: false, text: '质保三年', responseText: '满足' }),
    req('c', { status: '未处理', kind: '商务', star: false, source: { chapter: '第四章', page: '12' } }),
  ]
  it('keeps indexes into the full list, combining every filter', () => {
    expect(filterRequirements(reqs, NO_FILTER)).toEqual([0, 1, 2])
    expect(filterRequirements(reqs, { ...NO_FILTER, status: '未处理' })).toEqual([0, 2])
    expect(filterRequirements(reqs, { ...NO_FILTER, status: '未处理', kind: '商务' })).toEqual([2])
    expect(filterRequirements(reqs, { ...NO_FILTER, star: true })).toEqual([0])
    expect(filterRequirements(reqs, { ...NO_FILTER, star: false })).toEqual([1, 2])
  })
  it('searches number, text, response and source, case-insensitively', () => {
    expect(filterRequirements(reqs, { ...NO_FILTER, text: 'dicom' })).toEqual([0])
    expect(filterRequirements(reqs, { ...NO_FILTER, text: '满足' })).toEqual([1])
    expect(filterRequirements(reqs, { ...NO_FILTER, text: '第四章' })).toEqual([2])
    expect(filterRequirements(reqs, { ...NO_FILTER, text: '  ' })).toEqual([0, 1, 2])
  })
})

describe('sections order', () => {
  it('moves one item and ignores out-of-range moves', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd'])
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b'])
  })
  it('marks missing and the fewest misplaced items, and lists sections the tender does not name', () => {
    const bid = BidSchema.parse({
      id: 'b1',
      title: 't',
      ...meta,
      mandatedOrder: ['一、投标函', '二、开标一览表', '三、授权委托书', '四、技术方案'],
      sections: [
        SectionSchema.parse({ id: 's1', title: '投标函' }),
        SectionSchema.parse({ id: 's2', title: '授权委托书' }),
        SectionSchema.parse({ id: 's3', title: '开标一览表' }),
        SectionSchema.parse({ id: 's4', title: '售后服务承诺' }),
      ],
    })
    const v = mandatedOrderView(bid)
    expect(v.rows.map((r) => [r.section, r.status])).toEqual([
      [0, 'ok'],
      [2, 'misplaced'],
      [1, 'ok'],
      [-1, 'missing'],
    ])
    expect(v.extra).toEqual([3])
  })
})

describe('focus and funnel', () => {
  it('maps finding paths to the tab that holds them', () => {
    expect(tabOf('requirements.12.status')).toBe('requirements')
    expect(tabOf('mandatedOrder.2')).toBe('sections')
    expect(tabOf('requiredMaterials.1.materialId')).toBe('materials')
    expect(tabOf('consortium.members.1.qualificationMaterialIds')).toBe('parties')
    expect(tabOf('lots.0.price')).toBe('parties')
    expect(tabOf('signatory.role')).toBe('parties')
    expect(tabOf('consortium.agreementMaterialId')).toBe('parties')
    expect(tabOf('quote.openingSummary.price')).toBe('quote')
    expect(tabOf('bond.paidAt')).toBe('dates')
    expect(tabOf('clarifications.0.acknowledged')).toBe('log')
    expect(tabOf('validityDays')).toBe('basic')
    expect(requirementIndex('requirements.4999.responseText')).toBe(4999)
    expect(requirementIndex('requirements')).toBeNull()
    expect(requirementIndex('requiredMaterials.1')).toBeNull()
  })
  it('counts bids per stage, ignoring rows without a stage', () => {
    expect(
      funnelCounts([{ stage: 1 }, { stage: 5 }, { stage: 5 }, { stage: 7 }, { stage: null }, { stage: 9 }]),
    ).toEqual([1, 0, 0, 0, 2, 0, 1])
  })
})

describe('materials library', () => {
  // 2026-03-01T00:00+08:00 is still 2026-02-28 in UTC: the day must be read in China time.
  const now = new Date('2026-02-28T16:30:00Z')
  const today = todayNo(now)
  it('buckets by days left, with the last valid day counting as valid', () => {
    expect(expiryBucket({ validTo: '2026-02-28' }, today)).toEqual({ bucket: 'expired', days: -1 })
    expect(expiryBucket({ validTo: '2026-03-01' }, today)).toEqual({ bucket: 'within30', days: 0 })
    expect(expiryBucket({ validTo: '2026-03-31' }, today)).toEqual({ bucket: 'within30', days: 30 })
    expect(expiryBucket({ validTo: '2026-04-01' }, today)).toEqual({ bucket: 'within90', days: 31 })
    expect(expiryBucket({ validTo: '2026-05-30' }, today)).toEqual({ bucket: 'within90', days: 90 })
    expect(expiryBucket({ validTo: '2026-05-31' }, today)).toBeNull()
    expect(expiryBucket({ validTo: null }, today)).toBeNull()
  })
  it('lists open bids per material, follows renewals, and leaves renewed materials out', () => {
    const materials = [
      mat('old', { validTo: '2026-01-10' }),
      mat('new', { validTo: '2026-03-10', supersedes: 'old' }),
      mat('iso', { validTo: '2026-02-01' }),
    ]
    const bid = (id: string, outcome: string, materialIds: string[]) => ({
      id,
      title: id,
      buyerName: '',
      tenderNo: '',
      outcome,
      submissionDeadline: null,
      materialIds,
    })
    const rows = expiryDashboard(
      materials,
      [bid('b1', '未定', ['old', 'iso']), bid('b2', '中标', ['iso']), bid('b3', '未定', ['new'])],
      now,
    )
    expect(rows.map((r) => [r.material.id, r.bucket, r.days, r.openBids.map((b) => b.id)])).toEqual([
      ['iso', 'expired', -28, ['b1']],
      ['new', 'within30', 9, ['b1', 'b3']],
    ])
  })
  it('searches every term across title, issuer, number, tags and content', () => {
    const ms = [
      mat('a', { title: 'ISO27001 证书', issuer: '中国质量认证中心', tags: ['信息安全'] }),
      mat('b', { title: '公司介绍', content: '我公司成立于 2008 年，专注医疗信息化与信息安全服务。' }),
      mat('c', { title: 'CMMI', number: 'CMMI-2024-0099' }),
    ]
    expect(searchMaterials(ms, '信息安全').map((h) => [h.material.id, h.field])).toEqual([
      ['a', 'tags'],
      ['b', 'content'],
    ])
    expect(searchMaterials(ms, '信息安全 认证中心').map((h) => h.material.id)).toEqual(['a'])
    expect(searchMaterials(ms, 'cmmi-2024').map((h) => h.field)).toEqual(['number'])
    expect(searchMaterials(ms, 'cmmi').map((h) => h.field)).toEqual(['title'])
    expect(searchMaterials(ms, '0099')[0].field).toBe('number')
    expect(searchMaterials(ms, '   ')).toEqual([])
    expect(searchMaterials(ms, '医疗')[0].excerpt).toContain('医疗信息化')
  })
})

export type { Bid }
