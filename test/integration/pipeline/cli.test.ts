import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorkspace } from '@services/store'
import { cli, pipelineWorkspace, winLossWorkspace } from './fixtures'

/*
 * The CLI reaches the pipeline through the contract (dispatch), as the API does; every expected number is computed by
 * hand from the fixtures' comments (fixtures.ts).
 */

let root: string
let pipeDir: string
let wlDir: string
let suppDir: string
const env = process.env.BIDBENCH_HOME

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-pipe-cli-'))
  process.env.BIDBENCH_HOME = path.join(root, 'home')
  pipeDir = path.join(root, 'pipe')
  wlDir = path.join(root, 'wl')
  suppDir = path.join(root, 'supp')
  await pipelineWorkspace(pipeDir)
  await winLossWorkspace(wlDir)
  // A workspace that entered 2027 from a notice. TEST DATA: fictitious dates, not the State Council's schedule.
  const ws = await createWorkspace(suppDir, { name: '日历补录' })
  const fixture = JSON.parse(
    await fs.readFile(path.join(__dirname, '../../fixtures/calendar/TEST-DATA-2027-supplement.json'), 'utf8'),
  )
  delete fixture._comment
  await ws.saveWorkspace({
    settings: { ...ws.workspace.settings, calendar: { supplements: [fixture] } },
  })
  await ws.close()
}, 120_000)

afterAll(async () => {
  if (env === undefined) delete process.env.BIDBENCH_HOME
  else process.env.BIDBENCH_HOME = env
  await fs.rm(root, { recursive: true, force: true })
})

describe('pipeline <ws> --period --json', () => {
  it('stages, forecast of the quarter and coverage, as computed by hand', async () => {
    const r = await cli('pipeline', pipeDir, '--period', '2027Q1', '--today', '2026-12-01', '--json')
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out)).toEqual({
      stages: [
        { stage: 1, count: 1, amount: 0, probability: 10, weighted: 0 },
        { stage: 2, count: 1, amount: 400_000, probability: 20, weighted: 80_000 },
        { stage: 3, count: 1, amount: 800_000, probability: 30, weighted: 240_000 },
        { stage: 4, count: 0, amount: 0, probability: 50, weighted: 0 },
        { stage: 5, count: 1, amount: 1_500_000, probability: 70, weighted: 1_050_000 },
        { stage: 6, count: 1, amount: 2_000_000, probability: 90, weighted: 1_800_000 },
        { stage: 7, count: 0, amount: 0, probability: 100, weighted: 0 },
      ],
      forecast: [
        { period: '2027-01', signing: 240_000, collection: 0 },
        { period: '2027-02', signing: 1_050_000, collection: 1_800_000 },
        { period: '2027-03', signing: 80_000, collection: 240_000 },
        { period: '2027Q1', signing: 1_370_000, collection: 2_040_000 },
      ],
      coverage: { target: 2_000_000, weighted: 1_370_000, ratio: 0.685 },
    })
  })

  it('a month derives its target from the quarter (÷3) and a year target from settings is used as is', async () => {
    const m = JSON.parse((await cli('pipeline', pipeDir, '--period', '2027-02', '--json')).out)
    // 2,000,000 ÷ 3 = 666,666.67; P2 signs in February: 1,050,000
    expect(m.coverage).toEqual({ target: 666_666.67, weighted: 1_050_000, ratio: 1.575 })
    const q4 = JSON.parse((await cli('pipeline', pipeDir, '--period', '2026Q4', '--json')).out)
    // P3 signs 2026-12-20 (1,800,000); no 2026 target
    expect(q4.coverage).toEqual({ target: null, weighted: 1_800_000, ratio: null })
  })

  it('the text report shows the period, Q4 concentration and the calendar range', async () => {
    const r = await cli('pipeline', pipeDir, '--period', '2027Q1', '--today', '2026-12-01')
    expect(r.code).toBe(0)
    expect(r.out).toContain('2027Q1')
    expect(r.out).toContain('68.5%')
    expect(r.out).toContain('calendar valid through 2026')
  })

  it('refuses a malformed period with a validation error and no output', async () => {
    const r = await cli('pipeline', pipeDir, '--period', '2027Q5', '--json')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/VALIDATION/)
  })
})

describe('winloss <ws> --json', () => {
  it('rates by competitor, 性质, method and price weight; gaps at losses', async () => {
    const r = await cli('winloss', wlDir, '--json')
    expect(r.code, r.err).toBe(0)
    const w = JSON.parse(r.out)
    expect(w.overall).toEqual({ key: '全部', decided: 4, won: 2, lost: 2, rate: 0.5 })
    expect([w.failed, w.dropped, w.open]).toEqual([1, 0, 1])
    expect(w.byCompetitor.map((c: Record<string, unknown>) => [c.name, c.decided, c.won, c.theyWon])).toEqual(
      [
        ['华东智联科技有限公司', 2, 1, 1],
        ['联创医疗设备有限公司', 2, 1, 1],
      ],
    )
    expect(w.byNature.map((c: Record<string, unknown>) => [c.key, c.won, c.decided, c.rate])).toEqual([
      ['政府', 1, 2, 0.5],
      ['国企', 0, 1, 0],
      ['民营', 1, 1, 1],
    ])
    expect(w.byMethod.map((c: Record<string, unknown>) => [c.key, c.won, c.decided, c.rate])).toEqual([
      ['综合评分法', 2, 3, 0.6667],
      ['最低评标价法', 0, 1, 0],
    ])
    expect(w.byPriceWeight.map((c: Record<string, unknown>) => [c.key, c.won, c.decided])).toEqual([
      ['30%', 1, 2],
      ['最低评标价法', 0, 1],
      ['未知', 1, 1],
    ])
    // W2: 1,000,000 − 950,000 = 50,000 (5.26 %); W3: 2,000,000 − 1,600,000 = 400,000 (25 %); mean 15.13 %
    expect(w.gaps.map((g: Record<string, unknown>) => [g.bidId, g.gap, g.gapPct])).toEqual([
      ['W2', 50_000, 5.26],
      ['W3', 400_000, 25],
    ])
    expect(w.averageGapPct).toBe(15.13)
    // price positions: our W2 price is 1,000,000 of a 1,250,000 ceiling = 80 %; W3 has no ceiling: missing
    const us = w.positions.series.find((s: Record<string, unknown>) => s.isUs)
    const t = w.positions.tenders.map((x: Record<string, unknown>) => x.key)
    expect(us.values[t.indexOf('W2')]).toBe(80)
    expect([us.values[t.indexOf('W3')], us.missing[t.indexOf('W3')]]).toEqual([null, 'ceiling'])
  })
})

describe('deadline 质疑|投诉 --from --json (the --from day not counted)', () => {
  // Official 2026 calendar (the State Council notice for 2026, as the chinese-days data holds it): 春节 2/15–23 off, 2/14 and 2/28 (Sat) worked; 中秋 9/25–27 off;
  // 国庆 10/1–7 off, 9/20 (Sun) and 10/10 (Sat) worked.
  it.each([
    // 2/13 (1), 2/14 Sat 调休 (2), 2/15–23 off, 2/24–27 (3–6), 2/28 Sat 调休 (7)
    ['质疑', '2026-02-12', '2026-02-28', 7],
    // … 3/2–6 (8–12), 3/9–11 (13–15)
    ['投诉', '2026-02-12', '2026-03-11', 15],
    // 9/29–30 (1–2), 10/1–7 off, 10/8–9 (3–4), 10/10 Sat 调休 (5), 10/12–13 (6–7)
    ['质疑', '2026-09-28', '2026-10-13', 7],
    // 9/20 Sun 调休 (1), 9/21–24 (2–5), 中秋 9/25–27 off, 9/28–30 (6–8), 国庆 off, 10/8–9 (9–10), 10/10 (11), 10/12–15 (12–15)
    ['投诉', '2026-09-18', '2026-10-15', 15],
    // 劳动节 5/1–5 off, 5/9 Sat worked: 4/30 (1), 5/6–8 (2–4), 5/9 (5), 5/11–12 (6–7)
    ['质疑', '2026-04-29', '2026-05-12', 7],
  ])('%s from %s → %s', async (kind, from, deadline, workingDays) => {
    const r = await cli('deadline', kind, '--from', from, '--json')
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out)).toEqual({ deadline, workingDays })
  })

  it('2027 is refused with the calendar range, never guessed', async () => {
    const r = await cli('deadline', '质疑', '--from', '2027-01-29', '--json')
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
    expect(r.err).toContain('CALENDAR_UNCOVERED')
    expect(r.err).toContain('valid through 2026')
    // a period that starts in 2026 and runs into 2027: 12/28–31 are four days, the fifth is in 2027
    expect((await cli('deadline', '质疑', '--from', '2026-12-25')).err).toContain('2027')
  })

  it.each([
    // TEST DATA supplement (fictitious): 春节 2/5–11 off, 2/13 Sat worked; 国庆 10/1–7 off, 9/26 and 10/9 worked
    ['质疑', '2027-01-29', '2027-02-15', 7],
    ['投诉', '2027-01-29', '2027-02-25', 15],
    // 9/26 Sun (1), 9/27–30 (2–5), 10/1–7 off, 10/8 (6), 10/9 Sat (7)
    ['质疑', '2027-09-24', '2027-10-09', 7],
  ])('TEST DATA 2027 supplement of a workspace: %s from %s → %s', async (kind, from, deadline, n) => {
    const r = await cli('deadline', kind, '--from', from, '--workspace', suppDir, '--json')
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out)).toEqual({ deadline, workingDays: n })
    const text = await cli('deadline', kind, '--from', from, '--workspace', suppDir)
    expect(text.out).toContain('calendar valid through 2027')
  })

  it('bad input is a usage error', async () => {
    expect((await cli('deadline', '申诉', '--from', '2026-03-02')).code).toBe(2)
    expect((await cli('deadline', '质疑')).code).toBe(2)
    const bad = await cli('deadline', '质疑', '--from', '2026-02-30', '--json')
    expect([bad.code, bad.out]).toEqual([2, ''])
  })
})
