import { describe, expect, it } from 'vitest'
import { MatrixSchema, type Matrix } from '@shared/schemas'
import { applyImport, draftToItems, validateDraft, type DraftItem } from '@renderer/features/matrices/merge'

const draft = (p: Partial<DraftItem>): DraftItem => ({
  category: '技术',
  name: '技术方案',
  maxPoints: 10,
  criteria: '',
  kind: 'subjective',
  ...p,
})

function matrix(p: Record<string, unknown> = {}): Matrix {
  return MatrixSchema.parse({
    id: 'm1',
    schemaVersion: 1,
    title: '评分表',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...p,
  })
}

describe('validateDraft', () => {
  it('blocks empty names, missing and negative points; a total other than 100 is a warning', () => {
    const problems = validateDraft([
      draft({ name: '  ', maxPoints: 30 }),
      draft({ name: '业绩', maxPoints: null }),
      draft({ name: '资质', maxPoints: -5 }),
      draft({ name: '方案', maxPoints: 40.5 }),
    ])
    expect(problems.map((p) => [p.index, p.field, p.severity])).toEqual([
      [0, 'name', 'error'],
      [1, 'maxPoints', 'error'],
      [2, 'maxPoints', 'error'],
      [null, 'total', 'warning'],
    ])
    // 30 + 40.5: the missing and negative points are not counted.
    expect(problems[3].message.zh).toBe('分值合计为 70.5 分，通常应为 100 分')
    expect(problems[2].message.zh).toBe('“资质” 的分值为负数（-5）')
  })

  it('accepts a clean table adding up to 100, with decimals that do not add up exactly in binary', () => {
    const items = [0.1, 0.2, 99.7].map((p, i) => draft({ name: `项${i}`, maxPoints: p }))
    expect(validateDraft(items)).toEqual([])
  })

  it('says nothing about the total of an empty table', () => {
    expect(validateDraft([])).toEqual([])
  })
})

describe('draftToItems / applyImport', () => {
  const current = matrix({
    items: [
      {
        id: 'keep',
        category: '技术',
        name: '技术 方案',
        maxPoints: 20,
        selfScore: 15,
        evidence: { sectionIds: ['s1'], materialIds: ['mat1'] },
        estimates: [{ bidderId: 'b1', low: 10, likely: 12, high: 14 }],
      },
      { id: 'gone', category: '商务', name: '售后', maxPoints: 5, selfScore: 4 },
    ],
    priceRule: { method: 'average', weight: 40, tieBreak: '报价低者优先', smeDeductionPct: 20 },
  })

  it('keeps id, self-score, evidence and estimates of a same-named item of the same category', () => {
    const items = draftToItems(
      [
        draft({ name: '技术方案', maxPoints: 25, criteria: '新标准' }),
        draft({ name: '售后', category: '技术' }),
      ],
      current.items,
    )
    expect(items[0]).toMatchObject({
      id: 'keep',
      name: '技术方案',
      maxPoints: 25,
      criteria: '新标准',
      selfScore: 15,
      evidence: { sectionIds: ['s1'], materialIds: ['mat1'], requirementIds: [] },
      estimates: [{ bidderId: 'b1', low: 10, likely: 12, high: 14 }],
    })
    // Same name but another category: a new item, nothing carried over.
    expect(items[1].id).not.toBe('gone')
    expect(items[1].selfScore).toBeNull()
  })

  it('gives each of two same-named imported rows its own item (only the first inherits)', () => {
    const items = draftToItems([draft({ name: '技术方案' }), draft({ name: '技术方案' })], current.items)
    expect(items[0].id).toBe('keep')
    expect(items[1].id).not.toBe('keep')
    expect(new Set(items.map((i) => i.id)).size).toBe(2)
  })

  it('stores missing or negative points as 0 (the wizard blocks those before saving)', () => {
    expect(
      draftToItems([draft({ maxPoints: null }), draft({ maxPoints: -3 })]).map((i) => i.maxPoints),
    ).toEqual([0, 0])
  })

  it('replace: the table’s price rule over the current one, what the table did not say is kept', () => {
    const next = applyImport(
      current,
      [draft({ name: '报价', category: '价格', maxPoints: 30 })],
      { method: 'lowest', weight: 30 },
      'replace',
    )
    expect(next.items.map((i) => i.name)).toEqual(['报价'])
    expect(next.priceRule).toMatchObject({
      method: 'lowest',
      weight: 30,
      tieBreak: '报价低者优先',
      smeDeductionPct: 20,
    })
    expect(next.bidders).toBe(current.bidders)
  })

  it('append: the current items stay first, the imported ones follow with new ids', () => {
    const next = applyImport(current, [draft({ name: '技术方案' })], null, 'append')
    expect(next.items.map((i) => i.id).slice(0, 2)).toEqual(['keep', 'gone'])
    expect(next.items[2].id).not.toBe('keep')
    expect(next.priceRule).toEqual(current.priceRule)
  })
})
