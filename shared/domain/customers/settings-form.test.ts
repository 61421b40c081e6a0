import { describe, expect, it } from 'vitest'
import { issuesByPath } from '@shared/i18n/zod-messages'
import { CustomerSettingsSchema, DEFAULT_TIER_CRITERIA } from '@shared/schemas'
import { CustomerSettingsFormSchema } from './settings-form'
import { tierOf } from './tier'

const criteria = DEFAULT_TIER_CRITERIA.map((c) => ({ ...c }))

describe('customer settings form', () => {
  it('accepts the defaults', () => {
    expect(CustomerSettingsFormSchema.safeParse({}).success).toBe(true)
  })

  it('refuses numbers out of range at their field, in zh and en', () => {
    const r = CustomerSettingsFormSchema.safeParse({
      criteria: [{ ...criteria[0], weight: 120 }, ...criteria.slice(1)],
      tierA: 30,
      kdmVisitDays: 0,
    })
    expect(r.success).toBe(false)
    const zh = issuesByPath(r.error!.issues, 'zh')
    expect(zh['criteria.0.weight']).toBe('不能大于 100')
    expect(zh.tierA).toBe('不能大于 25')
    expect(zh.kdmVisitDays).toBe('不能小于 1')
  })

  it('names the rules across fields: unnamed or repeated criteria, a group without weight, A not above B', () => {
    const r = CustomerSettingsFormSchema.safeParse({
      criteria: [
        { key: 'a', label: '年采购规模', group: 'value', weight: 50 },
        { key: 'b', label: ' 年采购规模 ', group: 'value', weight: 50 },
        { key: 'b', label: '', group: 'potential', weight: 0 },
      ],
      tierA: 6,
      tierB: 6,
    })
    expect(r.success).toBe(false)
    const zh = issuesByPath(r.error!.issues, 'zh')
    const en = issuesByPath(r.error!.issues, 'en')
    expect(zh['criteria.1.label']).toBe('“年采购规模”已有')
    expect(zh['criteria.2.label']).toBe('请填写名称')
    expect(zh['criteria.2.key']).toBe('标准代码 b 重复')
    expect(zh.criteria).toBe('潜力至少要有一项权重大于 0 的标准')
    expect(en.criteria).toBe('potential needs a criterion with a weight above 0')
    expect(zh.tierA).toBe('A 类门槛须高于 B 类（6）')
  })

  it('new weights change the tier the way tierOf computes it (hand figures)', () => {
    const scores = { volume: 5, margin: 1, reference: 1, growth: 3, share: 3, projects: 3 }
    const before = CustomerSettingsSchema.parse({})
    // value = (40×5 + 30×1 + 30×1) / 100 = 2.6; potential 3 → 7.8: tier B.
    expect(tierOf(scores, before)).toEqual({ value: 2.6, potential: 3, score: 7.8, tier: 'B' })
    const heavier = CustomerSettingsFormSchema.parse({
      ...before,
      criteria: before.criteria.map((c) => (c.key === 'volume' ? { ...c, weight: 80 } : c)),
    })
    // value = (80×5 + 30 + 30) / 140 = 3.2857… → 3.29; × 3 = 9.87: still B under 12.
    expect(tierOf(scores, heavier)).toEqual({ value: 3.29, potential: 3, score: 9.87, tier: 'B' })
    expect(tierOf(scores, { ...heavier, tierA: 9 }).tier).toBe('A')
  })
})
