import { AppError } from '@shared/errors'
import { BENCHMARK_DIMENSIONS, type Competitor } from '@shared/schemas'

export type Dimension = (typeof BENCHMARK_DIMENSIONS)[number]
export type Lang = 'zh' | 'en'

export const DIMENSION_LABELS: Record<Dimension, { zh: Dimension; en: string }> = {
  公司规模与知名度: { zh: '公司规模与知名度', en: 'Company size and reputation' },
  产品功能与技术: { zh: '产品功能与技术', en: 'Product features and technology' },
  公司及产品线收款: { zh: '公司及产品线收款', en: 'Revenue collected (company and product line)' },
  人才数量: { zh: '人才数量', en: 'Headcount of skilled staff' },
  人才能力: { zh: '人才能力', en: 'Staff capability' },
  行业经营效果: { zh: '行业经营效果', en: 'Results in the industry' },
  市场费用投入: { zh: '市场费用投入', en: 'Marketing spend' },
  政府关系: { zh: '政府关系', en: 'Government relations' },
}

export function dimensionLabel(d: Dimension, lang: Lang = 'zh'): string {
  return DIMENSION_LABELS[d][lang]
}

type Entry = Competitor['benchmark'][number]

/** A score with where it came from; `null` score means nobody has scored it (not zero). */
export interface ScoreCell {
  score: number | null
  evidence: string
  date: string | null
}

/*
 * A competitor may hold several entries for one dimension (history, or merged records).
 * The one with the latest date counts; undated entries are older than any dated one; on a tie
 * the later entry in the list wins, because it was recorded later.
 */
function latestEntry(entries: readonly Entry[], pick: (e: Entry) => number | null): Entry | null {
  let best: Entry | null = null
  for (const e of entries) {
    if (pick(e) === null) continue
    if (best === null || (e.date ?? '') >= (best.date ?? '')) best = e
  }
  return best
}

/** Their score on each dimension (latest non-missing entry), all eight dimensions present. */
export function theirScores(c: Competitor): Record<Dimension, ScoreCell> {
  return scoresBy(c.benchmark, (e) => e.them)
}

function scoresBy(
  entries: readonly Entry[],
  pick: (e: Entry) => number | null,
): Record<Dimension, ScoreCell> {
  const out = {} as Record<Dimension, ScoreCell>
  for (const d of BENCHMARK_DIMENSIONS) {
    const e = latestEntry(
      entries.filter((x) => x.dimension === d),
      pick,
    )
    out[d] = e
      ? { score: pick(e), evidence: e.evidence, date: e.date }
      : { score: null, evidence: '', date: null }
  }
  return out
}

export interface OurScore extends ScoreCell {
  /** Different "us" scores were recorded against different competitors for this dimension. */
  conflict: boolean
  /** Every distinct value recorded, for the UI to show when there is a conflict. */
  values: number[]
}

/**
 * Our score per dimension. It is recorded on each competitor's benchmark rows, so it may differ
 * between competitors; the latest dated one counts and `conflict` says when they disagree.
 */
export function ourScores(competitors: readonly Competitor[]): Record<Dimension, OurScore> {
  const all = competitors.flatMap((c) => c.benchmark)
  const latest = scoresBy(all, (e) => e.us)
  const out = {} as Record<Dimension, OurScore>
  for (const d of BENCHMARK_DIMENSIONS) {
    const values = [
      ...new Set(all.filter((e) => e.dimension === d && e.us !== null).map((e) => e.us as number)),
    ]
    out[d] = { ...latest[d], conflict: values.length > 1, values }
  }
  return out
}

export interface GapRow {
  competitorId: string
  competitor: string
  dimension: Dimension
  us: number | null
  them: number | null
  /** them − us: positive = we are behind. Null when either score is missing. */
  gap: number | null
  evidence: string
  date: string | null
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** Rows of one competitor, in dimension order; "us" is the score recorded against this competitor. */
export function gapRows(c: Competitor): GapRow[] {
  const us = scoresBy(c.benchmark, (e) => e.us)
  const them = theirScores(c)
  return BENCHMARK_DIMENSIONS.map((d) => {
    const u = us[d].score
    const t = them[d].score
    const newer = (them[d].date ?? '') >= (us[d].date ?? '') ? them[d] : us[d]
    return {
      competitorId: c.id,
      competitor: c.title,
      dimension: d,
      us: u,
      them: t,
      gap: u === null || t === null ? null : round2(t - u),
      evidence: [them[d].evidence, us[d].evidence].filter((x, i, a) => x && a.indexOf(x) === i).join('；'),
      date: newer.date,
    }
  })
}

/**
 * Us vs each competitor on the eight dimensions, biggest disadvantage first (largest them − us).
 * Rows with a missing score come last, never counted as zero. Ties keep competitor order, then
 * dimension order, so the table is stable.
 */
export function gapTable(competitors: readonly Competitor[]): GapRow[] {
  const rows = competitors.flatMap((c, ci) => gapRows(c).map((r, di) => ({ r, ci, di })))
  rows.sort((x, y) => {
    const gx = x.r.gap
    const gy = y.r.gap
    if (gx === null && gy !== null) return 1
    if (gy === null && gx !== null) return -1
    if (gx !== null && gy !== null && gx !== gy) return gy - gx
    return x.ci - y.ci || x.di - y.di
  })
  return rows.map((x) => x.r)
}

/** Mean of them − us over dimensions scored on both sides, or null when none is. */
export function averageGap(c: Competitor): { mean: number | null; scored: number } {
  const gaps = gapRows(c)
    .map((r) => r.gap)
    .filter((g): g is number => g !== null)
  return {
    mean: gaps.length ? round2(gaps.reduce((s, g) => s + g, 0) / gaps.length) : null,
    scored: gaps.length,
  }
}

export interface RadarSeries {
  name: string
  /** One score per dimension in BENCHMARK_DIMENSIONS order; null = missing. */
  scores: (number | null)[]
}

export interface RadarOptions {
  lang?: Lang
  title?: string
  /** Font family for every label; the server-side renderer needs one that has CJK glyphs. */
  fontFamily?: string
  colors?: string[]
}

export const MAX_RADAR_COMPETITORS = 4
export const SERIES_COLORS = ['#1f5fbf', '#d4380d', '#389e0d', '#d48806', '#722ed1']
const RADAR_CENTER = ['50%', '47%']
const RADAR_RADIUS = '58%'

/** Scores of a record in dimension order, for radarOption. */
export function seriesOf(name: string, scores: Record<Dimension, { score: number | null }>): RadarSeries {
  return { name, scores: BENCHMARK_DIMENSIONS.map((d) => scores[d].score) }
}

/**
 * ECharts option: radar grid with the eight indicators (max 10), us and up to four competitors.
 * ECharts draws a missing radar value at the centre, which reads as zero; so each series is drawn as
 * a line on a polar system laid exactly over the radar, where a missing score leaves a gap.
 * Pure JSON (no functions), so the renderer and the server-side exporter share it.
 */
export function radarOption(us: RadarSeries, competitors: readonly RadarSeries[], opts: RadarOptions = {}) {
  if (competitors.length > MAX_RADAR_COMPETITORS) {
    throw new AppError('VALIDATION', {
      zh: `雷达图最多叠加 ${MAX_RADAR_COMPETITORS} 个竞争对手，当前 ${competitors.length} 个，请先选择`,
      en: `the radar overlays at most ${MAX_RADAR_COMPETITORS} competitors, got ${competitors.length}; pick some first`,
    })
  }
  const lang = opts.lang ?? 'zh'
  const all = [us, ...competitors]
  for (const s of all) {
    if (s.scores.length !== BENCHMARK_DIMENSIONS.length) {
      throw new AppError('VALIDATION', {
        zh: `“${s.name}”应有 8 个维度得分，实际 ${s.scores.length} 个`,
        en: `"${s.name}" needs 8 dimension scores, got ${s.scores.length}`,
      })
    }
    const bad = s.scores.find((v) => v !== null && !(Number.isFinite(v) && v >= 0 && v <= 10))
    if (bad !== undefined) {
      throw new AppError('VALIDATION', {
        zh: `“${s.name}”的得分 ${bad} 超出 0–10`,
        en: `"${s.name}" has score ${bad} outside 0–10`,
      })
    }
  }
  const colors = opts.colors ?? SERIES_COLORS
  const n = BENCHMARK_DIMENSIONS.length
  const textStyle = opts.fontFamily ? { fontFamily: opts.fontFamily } : {}
  return {
    animation: false,
    color: colors,
    textStyle,
    ...(opts.title ? { title: { text: opts.title, left: 'center', top: 8, textStyle } } : {}),
    legend: { bottom: 8, data: all.map((s) => s.name), textStyle },
    tooltip: { trigger: 'item' },
    radar: {
      center: RADAR_CENTER,
      radius: RADAR_RADIUS,
      startAngle: 90,
      splitNumber: 5,
      axisName: { color: '#333', ...textStyle },
      indicator: BENCHMARK_DIMENSIONS.map((d) => ({ name: dimensionLabel(d, lang), max: 10, min: 0 })),
    },
    // Radar indicators run counter-clockwise from the top; the polar overlay matches that.
    polar: { center: RADAR_CENTER, radius: RADAR_RADIUS },
    angleAxis: { type: 'value', min: 0, max: n, startAngle: 90, clockwise: false, show: false },
    radiusAxis: { type: 'value', min: 0, max: 10, show: false },
    series: all.map((s, i) => ({
      type: 'line',
      name: s.name,
      coordinateSystem: 'polar',
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 6,
      lineStyle: { width: i === 0 ? 3 : 2 },
      // [radius, angle]; the first point is repeated at angle n to close the polygon; '-' = missing.
      data: [...s.scores, s.scores[0]].map((v, k) => [v ?? '-', k]),
    })),
  }
}

export type RadarOption = ReturnType<typeof radarOption>

/**
 * The radar for a bid: us (see ourScores) against the first four competitors, or the ids chosen.
 */
export function bidRadarOption(
  competitors: readonly Competitor[],
  opts: RadarOptions & { usLabel?: string; pick?: string[] } = {},
) {
  const chosen = opts.pick
    ? competitors.filter((c) => opts.pick!.includes(c.id))
    : competitors.slice(0, MAX_RADAR_COMPETITORS)
  const usName = opts.usLabel ?? (opts.lang === 'en' ? 'Us' : '我方')
  return radarOption(
    seriesOf(usName, ourScores(competitors)),
    chosen.map((c) => seriesOf(c.title, theirScores(c))),
    opts,
  )
}
