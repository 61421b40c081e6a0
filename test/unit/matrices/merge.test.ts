import { describe, expect, it } from 'vitest'
import {
  DraftItemsSchema,
  draftTotal,
  draftTotalWarning,
  type DraftItem,
} from '@shared/domain/matrices/import'
import { issuesByPath } from '@shared/i18n/zod-messages'
import { MatrixSchema, type Matrix } from '@shared/schemas'
import { DetectForm, overridesOf, SaveForm } from '@renderer/features/matrices/import-form'
import { applyImport, draftToItems } from '@renderer/features/matrices/merge'

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

/** The rows' messages by path, as the wizard shows them at the cells. */
function messages(items: DraftItem[], lang: 'zh' | 'en' = 'zh'): Record<string, string> {
  const r = DraftItemsSchema.safeParse(items)
  return r.success ? {} : issuesByPath(r.error.issues, lang)
}

describe('DraftItemsSchema (the import rows)', () => {
  it('refuses an empty name and missing, negative or too large points, each at its cell', () => {
    const rows = [
      draft({ name: '  ', maxPoints: 30 }),
      draft({ name: '业绩', maxPoints: null }),
      draft({ name: '资质', maxPoints: -5 }),
      draft({ name: '方案', maxPoints: 40.5 }),
      draft({ name: '加分', maxPoints: 1001 }),
    ]
    expect(messages(rows)).toEqual({
      '0.name': '请填写评分项名称',
      '1.maxPoints': '请填写分值（数字）',
      '2.maxPoints': '不能小于 0',
      '4.maxPoints': '不能大于 1000',
    })
    expect(messages(rows, 'en')).toMatchObject({
      '0.name': 'enter the item’s name',
      '1.maxPoints': 'enter the max points as a number',
    })
  })

  it('accepts a clean table adding up to 100, with decimals that do not add up exactly in binary', () => {
    const items = [0.1, 0.2, 99.7].map((p, i) => draft({ name: `项${i}`, maxPoints: p }))
    expect(DraftItemsSchema.safeParse(items).success).toBe(true)
    expect(draftTotal(items)).toBe(100)
    expect(draftTotalWarning(items)).toBeNull()
  })

  it('a total other than 100 is a warning beside the total, not a refusal; refused points are not counted', () => {
    const rows = [
      draft({ name: '业绩', maxPoints: 30 }),
      draft({ name: '资质', maxPoints: -5 }),
      draft({ maxPoints: null }),
      draft({ name: '方案', maxPoints: 40.5 }),
    ]
    expect(draftTotal(rows)).toBe(70.5)
    expect(draftTotalWarning(rows)?.zh).toBe('分值合计为 70.5 分，通常应为 100 分')
    const fine = [draft({ maxPoints: 30 }), draft({ maxPoints: 30 })]
    expect(DraftItemsSchema.safeParse(fine).success).toBe(true)
    expect(draftTotalWarning(fine)?.en).toBe('max points total 60; usually 100')
  })

  it('says nothing about the total of an empty table', () => {
    expect(draftTotalWarning([])).toBeNull()
    expect(DraftItemsSchema.safeParse([]).success).toBe(true)
  })
})

describe('SaveForm (the wizard’s save step)', () => {
  const values = (p: Record<string, unknown>) => ({
    target: 'new',
    newTitle: '评分表（导入）',
    items: [draft({})],
    ...p,
  })
  const by = (v: unknown) => {
    const r = SaveForm.safeParse(v)
    return r.success ? {} : issuesByPath(r.error.issues, 'zh')
  }

  it('refuses an emptied name for a new matrix at its field, beside the rows’ own messages', () => {
    expect(by(values({ newTitle: '  ' }))).toEqual({ newTitle: '请填写新评分矩阵的名称' })
    expect(by(values({ newTitle: '', items: [draft({ name: '' })] }))).toEqual({
      newTitle: '请填写新评分矩阵的名称',
      'items.0.name': '请填写评分项名称',
    })
  })

  it('needs no name when the rows go into the open matrix', () => {
    expect(by(values({ target: 'replace', newTitle: '' }))).toEqual({})
    expect(by(values({ target: 'append', newTitle: '' }))).toEqual({})
  })
})

describe('DetectForm (what to read and the corrections)', () => {
  const base = { source: 'paste', paste: 'a\tb', sheet: null, headerRow: null, columns: {} }
  const by = (p: Record<string, unknown>) => {
    const r = DetectForm.safeParse({ ...base, ...p })
    return r.success ? {} : issuesByPath(r.error.issues, 'zh')
  }

  it('refuses detecting an empty paste at the text box; the file tab needs no text', () => {
    expect(by({ paste: ' \n ' })).toEqual({ paste: '请先粘贴从 Excel 复制的评分表' })
    expect(by({ source: 'xlsx', paste: '' })).toEqual({})
  })

  it('refuses a header row of 0 or 1.5 rather than clamping it, and two roles on one column', () => {
    expect(by({ headerRow: 0 })).toEqual({ headerRow: '不能小于 1' })
    expect(by({ headerRow: 1.5 })).toEqual({ headerRow: '须为整数' })
    expect(by({ columns: { name: 2, points: 2 } })).toEqual({ 'columns.points': '与其他用途选了同一列' })
  })

  it('sends only what was corrected', () => {
    const v = DetectForm.parse({ ...base, headerRow: 3 })
    expect(overridesOf(v)).toEqual({ headerRow: 3 })
    expect(overridesOf(DetectForm.parse(base))).toEqual({})
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
