import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import {
  NegotiationSchema,
  NegotiationStyleSchema,
  StyleResultSchema,
  type NegotiationStyle,
} from '@shared/schemas'
import { DEFAULT_PHRASES, defaultPhraseEntries } from './phrases'
import { pairingAdvice, scoreStyleTest, styleAnswerIssues, STYLE_STATEMENTS } from './style-test'

const STYLES = NegotiationStyleSchema.options
const allSame = (v: number) => STYLE_STATEMENTS.map(() => v)

describe('the questionnaire', () => {
  it('has 15–25 bilingual statements with unique ids, each scored to one or two styles', () => {
    expect(STYLE_STATEMENTS.length).toBeGreaterThanOrEqual(15)
    expect(STYLE_STATEMENTS.length).toBeLessThanOrEqual(25)
    expect(new Set(STYLE_STATEMENTS.map((s) => s.id)).size).toBe(STYLE_STATEMENTS.length)
    for (const s of STYLE_STATEMENTS) {
      expect(s.styles.length === 1 || s.styles.length === 2).toBe(true)
      expect(new Set(s.styles).size).toBe(s.styles.length)
      expect(s.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(s.en).toMatch(/[a-z]/)
    }
  })

  it('loads every style with the same number of statements, so profiles compare', () => {
    const load = Object.fromEntries(
      STYLES.map((st) => [st, STYLE_STATEMENTS.filter((s) => s.styles.includes(st)).length]),
    )
    expect(load).toEqual({ 迁就型: 5, 妥协型: 5, 规避型: 5, 合作型: 5, 竞争型: 5 })
  })
})

describe('scoreStyleTest', () => {
  it('maps all-1 to 0, all-3 to 50 and all-5 to 100 for every style', () => {
    expect(scoreStyleTest(allSame(1)).profile).toEqual({
      迁就型: 0,
      妥协型: 0,
      规避型: 0,
      合作型: 0,
      竞争型: 0,
    })
    const mid = scoreStyleTest(allSame(3))
    expect(mid.profile).toEqual({ 迁就型: 50, 妥协型: 50, 规避型: 50, 合作型: 50, 竞争型: 50 })
    expect(mid.dominant).toHaveLength(5)
    expect(scoreStyleTest(allSame(5)).profile.竞争型).toBe(100)
  })

  it('scores a competitor by hand', () => {
    // 5 on every statement loading 竞争型 (q01 q06 q07 q13 q20), 1 elsewhere:
    // 竞争型 25 → 100; 合作型 q06 = 5 + four 1s = 9 → (9 − 5) / 20 = 20; 规避型 q20 = 5 → 20; others 0
    const answers = Object.fromEntries(
      STYLE_STATEMENTS.map((s) => [s.id, s.styles.includes('竞争型') ? 5 : 1]),
    )
    const r = scoreStyleTest(answers)
    expect(r.profile).toEqual({ 迁就型: 0, 妥协型: 0, 规避型: 20, 合作型: 20, 竞争型: 100 })
    expect(r.dominant).toEqual(['竞争型'])
  })

  it('reports styles within 5 points of the top as dominant too', () => {
    // 4 on statements loading 合作型, 4 on those loading 妥协型, 1 elsewhere:
    // 合作型: q02 q06 q08 q12 q14 all 4 → 75; 妥协型: q03 q09 q12 q15 q16 all 4 → 75
    const answers = Object.fromEntries(
      STYLE_STATEMENTS.map((s) => [s.id, s.styles.some((x) => x === '合作型' || x === '妥协型') ? 4 : 1]),
    )
    const r = scoreStyleTest(answers)
    expect(r.profile.合作型).toBe(75)
    expect(r.profile.妥协型).toBe(75)
    expect(r.dominant.sort()).toEqual(['合作型', '妥协型'].sort())
    // array input in statement order gives the same result
    expect(scoreStyleTest(STYLE_STATEMENTS.map((s) => answers[s.id])).profile).toEqual(r.profile)
  })

  it('refuses missing, out-of-range, unknown and miscounted answers with the ids', () => {
    const full = Object.fromEntries(STYLE_STATEMENTS.map((s) => [s.id, 3]))
    const { q07: _dropped, ...missing } = full
    expect(() => scoreStyleTest(missing)).toThrow(/q07/)
    expect(() => scoreStyleTest({ ...full, q03: 6 })).toThrow(/q03=6/)
    expect(() => scoreStyleTest({ ...full, q03: 2.5 })).toThrow(AppError)
    expect(() => scoreStyleTest({ ...full, q99: 3 })).toThrow(/q99/)
    expect(() => scoreStyleTest([3, 3, 3])).toThrow(/20/)
  })

  it('names each statement without a usable answer, the rule scoreStyleTest refuses with', () => {
    const full = Object.fromEntries(STYLE_STATEMENTS.map((s) => [s.id, 3]))
    expect(styleAnswerIssues(full)).toEqual([])
    expect(
      styleAnswerIssues({ ...full, q07: undefined, q03: 6, q05: null }).map((i) => [i.id, i.zh]),
    ).toEqual([
      ['q03', '答案须为 1–5 的整数'],
      ['q05', '请选择一项'],
      ['q07', '请选择一项'],
    ])
    expect(styleAnswerIssues({}).length).toBe(STYLE_STATEMENTS.length)
  })

  it('saves as a StyleResult on the negotiation', () => {
    const r = scoreStyleTest(allSame(4))
    const saved = StyleResultSchema.parse({ person: '张经理', takenAt: '2026-01-01', ...r })
    const doc = NegotiationSchema.parse({
      id: 'n1',
      schemaVersion: 1,
      title: 't',
      createdAt: 'x',
      updatedAt: 'x',
      styleResults: [saved],
    })
    expect(doc.styleResults[0].profile.合作型).toBe(75)
  })
})

describe('pairingAdvice', () => {
  it('has distinct advice in both languages for all 25 pairs', () => {
    const seen = new Set<string>()
    for (const a of STYLES) {
      for (const b of STYLES) {
        const t = pairingAdvice(a, b)
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/)
        expect(t.en.length).toBeGreaterThan(30)
        seen.add(t.zh)
      }
    }
    expect(seen.size).toBe(25)
  })

  it('warns an accommodator facing a competitor to bring a written walk-away', () => {
    expect(pairingAdvice('迁就型', '竞争型').zh).toContain('底线')
  })

  it('refuses an unknown style', () => {
    expect(() => pairingAdvice('强势型' as NegotiationStyle, '合作型')).toThrow(/强势型/)
  })
})

describe('default phrase book', () => {
  it('has at least six unique entries in each of the five categories', () => {
    for (const c of ['弹性语言', '威胁与诱导', '面子', '说服', '建立信任']) {
      expect(DEFAULT_PHRASES.filter((p) => p.category === c).length).toBeGreaterThanOrEqual(6)
    }
    expect(new Set(DEFAULT_PHRASES.map((p) => p.text)).size).toBe(DEFAULT_PHRASES.length)
  })

  it('seeds a plan: entries fit the schema with stable ids', () => {
    const entries = defaultPhraseEntries()
    expect(entries[0].id).toBe('ph-01')
    const doc = NegotiationSchema.parse({
      id: 'n1',
      schemaVersion: 1,
      title: 't',
      createdAt: 'x',
      updatedAt: 'x',
      phrases: entries,
    })
    expect(doc.phrases).toHaveLength(DEFAULT_PHRASES.length)
  })
})
