import { describe, expect, it } from 'vitest'
import { addWorkingDays, workCalendar, workingDaysBetween, type SupplementYear } from './calendar'
import { challengeDeadline, postAwardTimeline } from './deadlines'

/*
 * Expected dates are counted by hand on the State Council's 2026 notice (国办发明电〔2025〕7号):
 *   元旦 1月1日–3日 off, 1月4日 (Sun) work; 春节 2月15日–23日 off, 2月14日 (Sat) and 2月28日 (Sat) work;
 *   劳动节 5月1日–5日 off, 5月9日 (Sat) work; 中秋 9月25日–27日 off;
 *   国庆 10月1日–7日 off, 9月20日 (Sun) and 10月10日 (Sat) work.
 */
const cal = workCalendar()

function deadline(kind: '质疑' | '投诉', from: string): string {
  const r = challengeDeadline(cal, kind, from)
  if (!r.ok) throw new Error(`uncovered ${r.uncoveredYear}`)
  return r.deadline
}

describe('official working days 2026', () => {
  it('knows the built-in range and the valid-through year', () => {
    expect(cal.builtIn.to).toBe(2026)
    expect(cal.validThrough).toBe(2026)
    expect(cal.covers(2026)).toBe(true)
    expect(cal.covers(2027)).toBe(false)
  })

  it('classifies 调休 days', () => {
    expect(cal.day('2026-02-14')).toMatchObject({
      work: true,
      kind: 'adjusted-workday',
      name: { zh: '春节' },
    })
    expect(cal.day('2026-02-16')).toMatchObject({ work: false, kind: 'holiday' })
    expect(cal.day('2026-02-21')).toMatchObject({ work: false, kind: 'holiday' })
    expect(cal.day('2026-03-07')).toMatchObject({ work: false, kind: 'weekend', name: null })
    expect(cal.day('2026-09-20')).toMatchObject({
      work: true,
      kind: 'adjusted-workday',
      name: { zh: '国庆节' },
    })
    expect(cal.day('2026-10-09')).toMatchObject({ work: true, kind: 'workday' })
    expect(cal.day('2027-01-04')).toBeNull()
  })

  it.each([
    // 春节: 2/13 Fri (1), 2/14 Sat 调休 (2), 2/15–23 off, 2/24–27 (3–6), 2/28 Sat 调休 (7)
    ['质疑', '2026-02-12', '2026-02-28'],
    // … then 3/2–3/6 (8–12), 3/9–3/11 (13–15)
    ['投诉', '2026-02-12', '2026-03-11'],
    // from inside the holiday: 2/24–2/27 (1–4), 2/28 Sat (5), 3/2 (6), 3/3 (7)
    ['质疑', '2026-02-17', '2026-03-03'],
    // 中秋 and the 9/20 Sunday: 9/20 (1), 9/21–24 (2–5), 9/25–27 off, 9/28 (6), 9/29 (7)
    ['质疑', '2026-09-18', '2026-09-29'],
    // 国庆: 9/30 (1), 10/1–7 off, 10/8 (2), 10/9 (3), 10/10 Sat 调休 (4), 10/12–14 (5–7)
    ['质疑', '2026-09-29', '2026-10-14'],
    // … 10/15 (8), 10/16 (9), 10/19–23 (10–14), 10/26 (15)
    ['投诉', '2026-09-29', '2026-10-26'],
    // 元旦 across the year end: 1/1–3 off, 1/4 Sun 调休 (1), 1/5–9 (2–6), 1/12 (7)
    ['质疑', '2025-12-31', '2026-01-12'],
    // 劳动节: 5/6–8 (1–3), 5/9 Sat 调休 (4), 5/11–13 (5–7)
    ['质疑', '2026-04-30', '2026-05-13'],
  ] as const)('%s from %s → %s', (kind, from, expected) => {
    expect(deadline(kind, from)).toBe(expected)
  })

  it('reports what it skipped and what 调休 days it counted', () => {
    const r = addWorkingDays(cal, '2026-02-12', 7)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.skipped.map((s) => s.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ])
    expect(r.adjusted.map((s) => s.date)).toEqual(['2026-02-14', '2026-02-28'])
  })

  it('counts working days between two dates', () => {
    expect(workingDaysBetween(cal, '2026-09-29', '2026-10-14')).toBe(7)
    expect(workingDaysBetween(cal, '2026-12-30', '2027-01-05')).toBeNull()
  })
})

describe('years the calendar does not know', () => {
  it('refuses to count into 2027 rather than guess', () => {
    const r = challengeDeadline(cal, '质疑', '2027-01-29')
    expect(r).toMatchObject({ ok: false, uncoveredYear: 2027, validThrough: 2026 })
    // 12/28–31 are known working days, the fifth day is in 2027
    expect(challengeDeadline(cal, '质疑', '2026-12-25')).toMatchObject({ ok: false, uncoveredYear: 2027 })
  })

  it('uses a supplement year and extends valid-through', () => {
    // TEST DATA: fictitious 2027 dates, not the State Council's schedule.
    const fake: SupplementYear = {
      year: 2027,
      source: 'test data',
      holidays: ['01', '02', '03'].map((d) => ({ date: `2027-01-${d}`, name: '元旦' })),
      workdays: [{ date: '2027-01-09', name: '元旦' }],
    }
    const c = workCalendar([fake])
    expect(c.validThrough).toBe(2027)
    expect(c.day('2027-01-09')).toMatchObject({ work: true, kind: 'adjusted-workday', source: 'supplement' })
    // 12/28–31 (1–4), 1/1–3 off, 1/4–1/6 (5–7)
    expect(challengeDeadline(c, '质疑', '2026-12-25')).toMatchObject({ ok: true, deadline: '2027-01-06' })
    // 1/4–8 (1–5), 1/9 Sat 调休 (6), 1/11 (7)
    expect(challengeDeadline(c, '质疑', '2027-01-01')).toMatchObject({ ok: true, deadline: '2027-01-11' })
  })

  it('a supplement for a built-in year replaces that year entirely', () => {
    const c = workCalendar([
      { year: 2026, source: 'amended', holidays: [{ date: '2026-03-02', name: '测试' }], workdays: [] },
    ])
    expect(c.day('2026-02-16')).toMatchObject({ work: true, kind: 'workday', source: 'supplement' })
    expect(c.day('2026-03-02')).toMatchObject({ work: false, kind: 'holiday' })
  })
})

describe('post-award timeline', () => {
  it('政府采购: notice 1 working day, 质疑 7, answer 7, 投诉 15', () => {
    const steps = postAwardTimeline(cal, {
      law: '政府采购',
      announcement: '2026-09-29',
      challengeFiled: '2026-10-09',
    })
    expect(steps.map((s) => [s.key, s.from, s.deadline])).toEqual([
      ['publicity', '2026-09-29', '2026-09-30'],
      // 10/1–7 off: 10/8 (1), 10/9 (2), 10/10 Sat (3), 10/12–15 (4–7)
      ['challenge', '2026-09-30', '2026-10-15'],
      // 10/10 (1), 10/12–16 (2–6), 10/19 (7)
      ['answer', '2026-10-09', '2026-10-19'],
      // 10/20–23 (1–4), 10/26–30 (5–9), 11/2–6 (10–14), 11/9 (15)
      ['complaint', '2026-10-19', '2026-11-09'],
    ])
  })

  it('招标投标: 3-day publicity ending on a holiday moves to the next working day', () => {
    const steps = postAwardTimeline(cal, { law: '招标投标', announcement: '2026-09-28' })
    // 9/28 + 3 = 10/1 (国庆) → 10/8
    expect(steps[0]).toMatchObject({ key: 'publicity', deadline: '2026-10-08' })
    // 10/8 + 10 = 10/18 (Sunday) → 10/19
    expect(steps.at(-1)).toMatchObject({ key: 'complaint', deadline: '2026-10-19' })
  })

  it('flags a step that needs an unknown year', () => {
    const steps = postAwardTimeline(cal, { law: '政府采购', announcement: '2026-12-24' })
    expect(steps[0]).toMatchObject({ deadline: '2026-12-25', uncoveredYear: null })
    expect(steps[1]).toMatchObject({ key: 'challenge', deadline: null, uncoveredYear: 2027 })
  })
})
