import type { Competitor } from '@shared/schemas'
import type { Lang } from './benchmark'

export interface ShareCell {
  /** Percent 0–100, or null when unknown: shown as missing, never as zero. */
  share: number | null
  source: string
  date: string | null
}

export interface ShareTable {
  /** Segment names in first-seen order (competitor order, then their segment order). */
  segments: string[]
  rows: { competitorId: string; competitor: string; cells: ShareCell[] }[]
  /** Per segment: sum of the known shares and how many competitors have no figure. */
  totals: { known: number | null; missing: number }[]
}

const segKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
const round2 = (n: number) => Math.round(n * 100) / 100

/*
 * One cell per competitor and segment. When a competitor holds several figures for a segment
 * (different sources or years), the latest dated figure with a number wins; a figure always
 * beats "unknown", so an undated 30 % is shown rather than a newer entry without a number.
 */
function pickCell(entries: Competitor['segments']): ShareCell {
  let best: Competitor['segments'][number] | null = null
  for (const e of entries) {
    if (best === null) best = e
    else if ((e.share !== null) !== (best.share !== null)) best = e.share !== null ? e : best
    else if ((e.date ?? '') >= (best.date ?? '')) best = e
  }
  return best
    ? { share: best.share, source: best.source, date: best.date }
    : { share: null, source: '', date: null }
}

/** Market share per segment across competitors; a competitor without a figure gets null. */
export function shareTable(competitors: readonly Competitor[]): ShareTable {
  const names = new Map<string, string>()
  for (const c of competitors) {
    for (const s of c.segments) {
      const k = segKey(s.name)
      if (k !== '' && !names.has(k)) names.set(k, s.name.trim())
    }
  }
  const keys = [...names.keys()]
  const rows = competitors.map((c) => ({
    competitorId: c.id,
    competitor: c.title,
    cells: keys.map((k) => pickCell(c.segments.filter((s) => segKey(s.name) === k))),
  }))
  const totals = keys.map((_, i) => {
    const known = rows.map((r) => r.cells[i].share).filter((v): v is number => v !== null)
    return {
      known: known.length ? round2(known.reduce((a, b) => a + b, 0)) : null,
      missing: rows.length - known.length,
    }
  })
  return { segments: [...names.values()], rows, totals }
}

/** Grouped bar chart (segments on x, one bar per competitor); missing shares are gaps ('-'). */
export function shareBarOption(
  table: ShareTable,
  opts: { lang?: Lang; title?: string; fontFamily?: string } = {},
) {
  const textStyle = opts.fontFamily ? { fontFamily: opts.fontFamily } : {}
  const en = opts.lang === 'en'
  return {
    animation: false,
    textStyle,
    ...(opts.title ? { title: { text: opts.title, left: 'center', top: 8, textStyle } } : {}),
    legend: { bottom: 8, data: table.rows.map((r) => r.competitor), textStyle },
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 24, top: opts.title ? 56 : 32, bottom: 72 },
    xAxis: { type: 'category', data: table.segments, axisLabel: { interval: 0, ...textStyle } },
    yAxis: { type: 'value', name: en ? 'Share %' : '份额 %', min: 0, max: 100, nameTextStyle: textStyle },
    series: table.rows.map((r) => ({
      type: 'bar',
      name: r.competitor,
      label: { show: true, position: 'top', ...textStyle },
      data: r.cells.map((c) => (c.share === null ? '-' : c.share)),
    })),
  }
}
