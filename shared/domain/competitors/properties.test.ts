import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BENCHMARK_DIMENSIONS } from '@shared/schemas'
import { duplicateGroups, mergeCompetitors, normalizeName } from './aliases'
import { gapTable } from './benchmark'
import { competitor } from './fixtures.test-helpers'

const score = fc.option(
  fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
  { nil: null },
)
const entry = fc.record({
  dimension: fc.constantFrom(...BENCHMARK_DIMENSIONS),
  us: score,
  them: score,
  evidence: fc.constant(''),
  date: fc.option(fc.constantFrom('2025-01-01', '2025-06-30', '2026-01-01'), { nil: null }),
})

describe('properties', () => {
  it('gap table: 8 rows per competitor, known gaps descending, every missing gap after them', () => {
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 12 }), { minLength: 1, maxLength: 5 }), (benches) => {
        const cs = benches.map((b, i) => competitor(`c${i}`, `对手${i}`, { benchmark: b }))
        const rows = gapTable(cs)
        expect(rows).toHaveLength(8 * cs.length)
        const firstNull = rows.findIndex((r) => r.gap === null)
        const known = firstNull === -1 ? rows : rows.slice(0, firstNull)
        if (firstNull !== -1) expect(rows.slice(firstNull).every((r) => r.gap === null)).toBe(true)
        for (let i = 1; i < known.length; i++) expect(known[i - 1].gap!).toBeGreaterThanOrEqual(known[i].gap!)
        for (const r of rows) if (r.gap !== null) expect(r.gap).toBeCloseTo(r.them! - r.us!, 10)
      }),
    )
  })

  it('normalizeName is idempotent on its own output', () => {
    const part = fc.constantFrom(
      '东华',
      '软件',
      '（北京）',
      ' ',
      'Ａ',
      'b',
      '有限公司',
      '集团',
      'Co., Ltd.',
      '-',
      '·',
    )
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const k = normalizeName(parts.join(''))
        expect(normalizeName(k)).toBe(k)
      }),
      { numRuns: 1000 },
    )
  })

  it('merging two records of one company leaves no duplicates and keeps every alias', () => {
    const alias = fc.constantFrom('东华', 'DHC', '东华软件', '东华集团', 'ＤＨＣ', '东华（北京）', 'Donghua')
    fc.assert(
      fc.property(fc.array(alias, { maxLength: 4 }), fc.array(alias, { maxLength: 4 }), (a1, a2) => {
        const a = competitor('a', '东华软件股份有限公司', { aliases: a1 })
        const b = competitor('b', '东华软件集团有限公司', { aliases: a2 })
        const m = mergeCompetitors(a, b)
        const keys = [m.title, ...m.aliases].map(normalizeName)
        expect(new Set(keys).size).toBe(keys.length)
        for (const n of [...a1, ...a2]) expect(keys).toContain(normalizeName(n))
        expect(duplicateGroups([m])).toEqual([])
      }),
    )
  })
})
