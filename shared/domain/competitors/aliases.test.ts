import { describe, expect, it } from 'vitest'
import {
  duplicateGroups,
  findByNameOrAlias,
  mergeCompetitors,
  normalizeName,
  validateNewCompetitor,
} from './aliases'
import { competitor } from './fixtures.test-helpers'

describe('normalizeName', () => {
  it('treats full-width, spaces, bracket styles and legal suffixes as the same company', () => {
    const key = normalizeName('东华软件')
    expect(normalizeName('东华软件股份有限公司')).toBe(key)
    expect(normalizeName('东华软件有限公司')).toBe(key)
    expect(normalizeName('东华软件集团')).toBe(key)
    expect(normalizeName('东华软件集团有限公司')).toBe(key)
    expect(normalizeName(' 东华 软件　有限公司 ')).toBe(key)
    expect(normalizeName('卫宁（上海）')).toBe(normalizeName('卫宁(上海)'))
    expect(normalizeName('卫宁（上海）有限公司')).toBe('卫宁上海')
    expect(normalizeName('ＡＢＣ　Ｔｅｃｈ')).toBe(normalizeName('abc tech'))
    expect(normalizeName('ABC Tech Co., Ltd.')).toBe('abctech')
    expect(normalizeName('ABC Tech Inc.')).toBe('abctech')
    // separators around or inside a suffix do not hide it
    expect(normalizeName('东华软件集团-')).toBe(key)
    expect(normalizeName('东华软件集-团')).toBe(key)
    expect(normalizeName('东华软件 · 有限公司')).toBe(key)
  })

  it('keeps different companies apart and never strips a Latin suffix inside a word', () => {
    expect(normalizeName('东华软件')).not.toBe(normalizeName('东华医疗'))
    expect(normalizeName('Zinc')).toBe('zinc')
    expect(normalizeName('Megroup')).toBe('megroup')
  })

  it('does not collapse a name that is only a suffix to an empty key', () => {
    expect(normalizeName('有限公司')).toBe('有限公司')
    expect(normalizeName('集团')).toBe('集团')
  })
})

describe('findByNameOrAlias', () => {
  const registry = [
    competitor('c1', '东华软件股份有限公司', { aliases: ['东华', 'DHC'] }),
    competitor('c2', '卫宁健康科技集团股份有限公司', { aliases: ['卫宁'] }),
  ]
  it('finds by title variant and by alias', () => {
    expect(findByNameOrAlias(registry, '东华软件')?.id).toBe('c1')
    expect(findByNameOrAlias(registry, 'ｄｈｃ')?.id).toBe('c1')
    expect(findByNameOrAlias(registry, '卫宁健康科技')?.id).toBe('c2')
    expect(findByNameOrAlias(registry, '卫宁有限公司')?.id).toBe('c2')
  })
  it('returns null for unknown or blank names', () => {
    expect(findByNameOrAlias(registry, '创业慧康')).toBeNull()
    expect(findByNameOrAlias(registry, '  ')).toBeNull()
  })
})

describe('duplicateGroups', () => {
  it('groups competitors sharing a name or alias, transitively, and leaves distinct ones out', () => {
    const registry = [
      competitor('a', '甲公司', { aliases: ['甲科技'] }),
      competitor('b', '乙公司'),
      competitor('c', '甲科技有限公司', { aliases: ['丙'] }),
      competitor('d', '丙集团'),
      competitor('e', '丁公司', { aliases: ['乙'] }),
    ]
    const groups = duplicateGroups(registry)
    expect(groups.map((g) => g.ids)).toEqual([
      ['a', 'c', 'd'],
      ['b', 'e'],
    ])
    expect(groups[0].sharedKeys.sort()).toEqual(['丙', '甲科技'].sort())
    expect(groups[1].sharedKeys).toEqual(['乙'])
  })
  it('finds nothing in a clean registry', () => {
    expect(duplicateGroups([competitor('a', '甲'), competitor('b', '乙')])).toEqual([])
  })
})

describe('validateNewCompetitor', () => {
  const registry = [competitor('c1', '东华软件股份有限公司', { aliases: ['DHC'] })]
  it('rejects a title or alias already used, naming the existing competitor', () => {
    const e = validateNewCompetitor(registry, { title: '新公司', aliases: ['东华软件有限公司'] })
    expect(e?.code).toBe('VALIDATION')
    expect(e?.zh).toContain('东华软件股份有限公司')
    expect(e?.en).toContain('c1')
    expect((e?.details as { collisions: unknown[] }).collisions).toEqual([
      { name: '东华软件有限公司', existingId: 'c1', existingTitle: '东华软件股份有限公司' },
    ])
    expect(validateNewCompetitor(registry, { title: 'dhc', aliases: [] })).not.toBeNull()
  })
  it('accepts a new name, and an edit of the same competitor', () => {
    expect(validateNewCompetitor(registry, { title: '卫宁健康', aliases: ['卫宁'] })).toBeNull()
    expect(validateNewCompetitor(registry, { id: 'c1', title: '东华软件', aliases: ['DHC'] })).toBeNull()
  })
  it('rejects an empty name', () => {
    expect(validateNewCompetitor(registry, { title: '  ', aliases: [] })?.en).toContain('required')
  })
})

describe('mergeCompetitors', () => {
  const a = competitor('a', '东华软件股份有限公司', {
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    aliases: ['东华'],
    products: ['HIS', 'EMR'],
    segments: [{ name: '医疗', share: 12, source: 'IDC', date: '2025-06-30' }],
    references: [{ customer: '省人民医院', rating: '满意', comment: '交付准时' }],
    accountManagers: [{ customer: '市人民医院', name: '张三', visits: 5, leadersVisited: ['王总'] }],
    strengths: ['本地服务团队'],
    benchmark: [{ dimension: '人才数量', us: 6, them: 8, evidence: '官网', date: '2026-01-10' }],
    swot: { s: ['渠道多'], o: ['政策利好'] },
    intel: [{ bidId: 'b1', answers: { accountManager: '张三' } }],
    notes: '老对手',
  })
  const b = competitor('b', '东华软件', {
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    aliases: ['DHC', '东华'],
    products: ['EMR', 'LIS'],
    segments: [
      { name: '医疗', share: 12, source: 'IDC', date: '2025-06-30' },
      { name: '医疗', share: 14, source: '年报', date: '2025-12-31' },
    ],
    references: [{ customer: '省人民医院有限公司', rating: '一般', comment: '交付准时' }],
    accountManagers: [
      { customer: '市人民医院', name: '张三', visits: 3, leadersVisited: ['王总', '李副总'] },
    ],
    strengths: ['本地服务团队', '价格低'],
    benchmark: [
      { dimension: '人才数量', us: 6, them: 8, evidence: '官网', date: '2026-01-10' },
      { dimension: '政府关系', us: 5, them: 7, evidence: '', date: null },
    ],
    swot: { s: ['渠道多'], t: ['集采降价'] },
    intel: [
      { bidId: 'b1', answers: { accountManager: '张三 经理', visitFrequency: '每月 2 次' } },
      { bidId: 'b2', answers: { accountManager: '李四' } },
    ],
    notes: '',
  })
  const m = mergeCompetitors(a, b)

  it('keeps a as the survivor and turns b’s title into an alias without duplicates', () => {
    expect(m.id).toBe('a')
    expect(m.title).toBe('东华软件股份有限公司')
    // 东华软件 normalises to the same key as the title, so it is not an extra alias.
    expect(m.aliases).toEqual(['东华', 'DHC'])
    expect(m.createdAt).toBe('2026-01-01T00:00:00.000Z')
    expect(m.updatedAt).toBe('2026-03-01T00:00:00.000Z')
  })

  it('unions lists and keeps every distinct fact', () => {
    expect(m.products).toEqual(['HIS', 'EMR', 'LIS'])
    expect(m.segments.map((s) => [s.share, s.source])).toEqual([
      [12, 'IDC'],
      [14, '年报'],
    ])
    expect(m.references).toEqual([{ customer: '省人民医院', rating: '满意 / 一般', comment: '交付准时' }])
    expect(m.accountManagers).toEqual([
      { customer: '市人民医院', name: '张三', visits: 5, leadersVisited: ['王总', '李副总'] },
    ])
    expect(m.strengths).toEqual(['本地服务团队', '价格低'])
    expect(m.benchmark).toHaveLength(2)
    expect(m.swot).toEqual({ s: ['渠道多'], w: [], o: ['政策利好'], t: ['集采降价'] })
    expect(m.intel).toEqual([
      { bidId: 'b1', answers: { accountManager: '张三\n张三 经理', visitFrequency: '每月 2 次' } },
      { bidId: 'b2', answers: { accountManager: '李四' } },
    ])
    expect(m.notes).toBe('老对手')
  })

  it('leaves a merged registry free of duplicates', () => {
    expect(duplicateGroups([a, b])).toHaveLength(1)
    expect(duplicateGroups([m, competitor('x', '卫宁')])).toEqual([])
  })
})
