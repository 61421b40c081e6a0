import { describe, expect, it } from 'vitest'
import { DEFAULT_TIER_CRITERIA } from '@shared/schemas'
import { criterionName } from '@renderer/features/customers/labels'

describe('tier criterion names', () => {
  it('show every shipped criterion in English, and a renamed one as the user wrote it', () => {
    const en = DEFAULT_TIER_CRITERIA.map((c) => criterionName(c, 'en'))
    expect(en.every((n) => /^[A-Za-z ]+$/.test(n))).toBe(true)
    expect(DEFAULT_TIER_CRITERIA.map((c) => criterionName(c, 'zh'))).toEqual(
      DEFAULT_TIER_CRITERIA.map((c) => c.label),
    )
    expect(criterionName({ key: 'volume', label: '年度采购额' }, 'en')).toBe('年度采购额')
    expect(criterionName({ key: 'custom1', label: '战略地位' }, 'en')).toBe('战略地位')
  })
})
