import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  challengeDeadline,
  checkSupplement,
  parseHolidayNotice,
  workCalendar,
  type SupplementYear,
} from '@shared/domain/calendar'

const dir = path.join(__dirname, '../../fixtures/calendar')
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8')

/** The days the built-in calendar marks off / on in a year, for comparing a parsed notice with it. */
function builtInYear(year: number) {
  const cal = workCalendar()
  const off: string[] = []
  const on: string[] = []
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const info = cal.day(d.toISOString().slice(0, 10))!
    if (info.kind === 'holiday') off.push(info.date)
    if (info.kind === 'adjusted-workday') on.push(info.date)
  }
  return { off, on }
}

describe('reading the State Council notice', () => {
  it('2026 (国办发明电〔2025〕7号) reads to exactly the official days the package has', () => {
    const r = parseHolidayNotice(read('notice-2026.txt'))
    expect(r.problems).toEqual([])
    expect(r.year.year).toBe(2026)
    expect(r.year.source).toBe('国办发明电〔2025〕7号')
    const { off, on } = builtInYear(2026)
    expect(r.year.holidays.map((h) => h.date).sort()).toEqual(off)
    expect(r.year.workdays.map((h) => h.date).sort()).toEqual(on)
    expect(r.clauses.map((c) => [c.name, c.holidays.length, c.workdays.length])).toEqual([
      ['元旦', 3, 1],
      ['春节', 9, 2],
      ['清明节', 3, 0],
      ['劳动节', 5, 1],
      ['端午节', 3, 0],
      ['中秋节', 3, 0],
      ['国庆节', 7, 2],
    ])
    const check = checkSupplement(r.year)
    // Valid; the only warning is that 2026 is already built in.
    expect(check.ok).toBe(true)
    expect(check.problems.map((p) => p.severity)).toEqual(['warning'])
  })

  it('2017 wording (补休, 与周末连休, a joint 中秋节、国庆节 clause) reads to the package days', () => {
    const r = parseHolidayNotice(read('notice-2017.txt'))
    expect(r.problems).toEqual([])
    const { off, on } = builtInYear(2017)
    expect(r.year.holidays.map((h) => h.date).sort()).toEqual(off)
    expect(r.year.workdays.map((h) => h.date).sort()).toEqual(on)
  })

  it('TEST DATA 2027 notice: parsed, checked, and used for a deadline', () => {
    const r = parseHolidayNotice(read('TEST-DATA-2027-notice.txt'))
    expect(r.problems).toEqual([])
    const fixture = JSON.parse(read('TEST-DATA-2027-supplement.json')) as SupplementYear
    expect(r.year.holidays).toEqual(fixture.holidays)
    expect(r.year.workdays).toEqual(fixture.workdays)
    const check = checkSupplement({ ...r.year, source: fixture.source })
    expect(check).toMatchObject({ ok: true, problems: [] })
    const cal = workCalendar([check.year])
    // 2/1–4 (1–4), 2/5–11 off, 2/12 (5), 2/13 Sat 调休 (6), 2/15 (7)
    expect(challengeDeadline(cal, '质疑', '2027-01-29')).toMatchObject({ ok: true, deadline: '2027-02-15' })
    // … 2/16–19 (8–11), 2/22–25 (12–15)
    expect(challengeDeadline(cal, '投诉', '2027-01-29')).toMatchObject({ ok: true, deadline: '2027-02-25' })
    // without the supplement the same question is refused
    expect(challengeDeadline(workCalendar(), '质疑', '2027-01-29')).toMatchObject({
      ok: false,
      uncoveredYear: 2027,
    })
  })

  it('reports a stated total that disagrees and a missing year', () => {
    const r = parseHolidayNotice(
      '2030年部分节假日安排\n一、春节：2月1日至3日放假调休，共4天。2月9日（周六）上班。',
    )
    expect(r.problems.map((p) => p.en)).toEqual(['春节: the notice says 4 days, 3 were read; check'])
    expect(parseHolidayNotice('一、元旦：1月1日放假。').problems[0].en).toMatch(/year could not be read/)
    expect(parseHolidayNotice('随便一段文字', 2030).problems[0].en).toMatch(/no clause/)
  })
})

describe('checking a supplement', () => {
  const base: SupplementYear = {
    year: 2027,
    source: 'test',
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-10-01', name: '国庆节' },
    ],
    workdays: [{ date: '2027-02-13', name: '春节' }],
  }

  it('accepts a clean year and sorts and de-duplicates it', () => {
    const r = checkSupplement({ ...base, holidays: [...base.holidays].reverse().concat(base.holidays[0]) })
    expect(r.ok).toBe(true)
    expect(r.year.holidays.map((h) => h.date)).toEqual(['2027-01-01', '2027-02-06', '2027-10-01'])
  })

  it.each([
    ['a working day on a weekday', { workdays: [{ date: '2027-02-10', name: '春节' }] }, /not a weekend day/],
    ['a day both off and on', { workdays: [{ date: '2027-02-06', name: '春节' }] }, /both as a holiday/],
    ['a date of another year', { holidays: [{ date: '2026-05-01', name: '劳动节' }] }, /not in 2027/],
    ['an impossible date', { holidays: [{ date: '2027-02-30', name: '春节' }] }, /not a valid date/],
    ['no holidays', { holidays: [] }, /no holidays/],
    ['no name', { holidays: [{ date: '2027-01-01', name: ' ' }] }, /no holiday name/],
    ['a wild year', { year: 1850 }, /year must be/],
  ])('refuses %s', (_what, patch, message) => {
    const r = checkSupplement({ ...base, ...patch })
    expect(r.ok).toBe(false)
    expect(
      r.problems
        .filter((p) => p.severity === 'error')
        .map((p) => p.en)
        .join('\n'),
    ).toMatch(message)
  })

  it('warns when 春节 or 国庆 is missing, or no source is named', () => {
    const r = checkSupplement({ ...base, source: '', holidays: [base.holidays[0]] })
    expect(r.ok).toBe(true)
    expect(r.problems.map((p) => p.en)).toEqual([
      'no dates for 春节, 国庆节; compare with the State Council notice',
      'no notice number or source given: nobody can check the dates later',
    ])
  })

  it('allows the December before the year (a 元旦 working day)', () => {
    const r = checkSupplement({ ...base, workdays: [{ date: '2026-12-26', name: '元旦' }] })
    expect(r.ok).toBe(true)
  })
})
