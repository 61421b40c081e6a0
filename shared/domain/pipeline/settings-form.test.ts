import { describe, expect, it } from 'vitest'
import { issuesByPath } from '@shared/i18n/zod-messages'
import { PipelineSettingsFormSchema } from './settings-form'

describe('pipeline settings form', () => {
  it('accepts the defaults', () => {
    expect(PipelineSettingsFormSchema.safeParse({ pipeline: {}, calendar: {} }).success).toBe(true)
  })
  it('names each problem at its field, in zh and en', () => {
    const r = PipelineSettingsFormSchema.safeParse({
      pipeline: {
        probabilities: [5, 10, 8, 40, 60, 80, 120],
        targets: [
          { period: '2027Q1', amount: 1 },
          { period: '2027Q1', amount: 2 },
          { period: '2027Q5', amount: 3 },
        ],
      },
      calendar: {
        supplements: [
          { year: 2027, holidays: [{ date: '2028-01-01', name: '元旦' }] },
          { year: 2027, holidays: [] },
        ],
      },
    })
    expect(r.success).toBe(false)
    const zh = issuesByPath(r.error!.issues, 'zh')
    expect(zh['pipeline.probabilities.6']).toBe('不能大于 100')
    expect(zh['pipeline.targets.2.period']).toBe('格式不正确')
    const fixed = PipelineSettingsFormSchema.safeParse({
      pipeline: {
        probabilities: [5, 10, 8, 40, 60, 80, 100],
        targets: [
          { period: '2027Q1', amount: 1 },
          { period: '2027Q1', amount: 2 },
        ],
      },
      calendar: {
        supplements: [
          { year: 2027, holidays: [{ date: '2028-01-01', name: '元旦' }] },
          { year: 2027, holidays: [] },
        ],
      },
    })
    const z2 = issuesByPath(fixed.error!.issues, 'zh')
    expect(z2['pipeline.probabilities.2']).toBe('不能低于上一阶段（10%）')
    expect(z2['pipeline.targets.1.period']).toBe('期间 2027Q1 已有目标')
    expect(z2['calendar.supplements.1.year']).toBe('2027 年已补录')
    expect(z2['calendar.supplements.0.holidays.0.date']).toBe('2028-01-01 不在 2027 年')
    expect(issuesByPath(fixed.error!.issues, 'en')['pipeline.targets.1.period']).toBe(
      '2027Q1 already has a target',
    )
  })
})
