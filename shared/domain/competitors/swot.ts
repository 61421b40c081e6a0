import { BENCHMARK_DIMENSIONS, type Competitor } from '@shared/schemas'
import { unionText } from './aliases'
import { gapRows, ourScores, theirScores, type Dimension } from './benchmark'

export type SwotQuadrant = 's' | 'w' | 'o' | 't'

export const SWOT_HEADINGS: Record<SwotQuadrant, { zh: string; en: string }> = {
  s: { zh: '优势（S）', en: 'Strengths (S)' },
  w: { zh: '劣势（W）', en: 'Weaknesses (W)' },
  o: { zh: '机会（O）', en: 'Opportunities (O)' },
  t: { zh: '威胁（T）', en: 'Threats (T)' },
}

export interface SwotItem {
  text: string
  /** swot = typed in the SWOT; profile = the competitor's strengths/weaknesses; benchmark = derived from scores. */
  origin: 'swot' | 'profile' | 'benchmark'
  /** For the us-vs-field SWOT: the competitors that gave rise to the item. */
  competitors?: string[]
}

export type Swot = Record<SwotQuadrant, SwotItem[]>

/** A lead of at least this many points (of 10) on a dimension counts as a strength. Editable. */
export const DEFAULT_SWOT_THRESHOLD = 2

function items(texts: string[], origin: SwotItem['origin']): SwotItem[] {
  return texts.map((text) => ({ text: text.trim(), origin }))
}

function dedupe(list: SwotItem[]): SwotItem[] {
  const keep = new Set(unionText(list.map((i) => i.text)))
  return list.filter((i) => keep.delete(i.text))
}

/**
 * SWOT of one competitor: S and W are theirs relative to us (typed items, their profile strengths
 * and weaknesses, and dimensions where the score gap reaches the threshold); O and T are the market.
 */
export function competitorSwot(c: Competitor, threshold = DEFAULT_SWOT_THRESHOLD): Swot {
  const s: SwotItem[] = [...items(c.swot.s, 'swot'), ...items(c.strengths, 'profile')]
  const w: SwotItem[] = [...items(c.swot.w, 'swot'), ...items(c.weaknesses, 'profile')]
  for (const r of gapRows(c)) {
    if (r.gap === null) continue
    const text = `${r.dimension}：对方 ${r.them} 分，我方 ${r.us} 分`
    if (r.gap >= threshold) s.push({ text, origin: 'benchmark' })
    else if (-r.gap >= threshold) w.push({ text, origin: 'benchmark' })
  }
  return {
    s: dedupe(s),
    w: dedupe(w),
    o: dedupe(items(c.swot.o, 'swot')),
    t: dedupe(items(c.swot.t, 'swot')),
  }
}

export interface FieldSwot extends Swot {
  /** Dimensions where we or every competitor lack a score: not judged, never treated as zero. */
  unscored: Dimension[]
}

function gather(competitors: readonly Competitor[], pick: (c: Competitor) => string[]): SwotItem[] {
  const byKey = new Map<string, SwotItem>()
  for (const c of competitors) {
    for (const text of pick(c)) {
      const key = text.normalize('NFKC').replace(/\s+/g, '')
      if (key === '') continue
      const item = byKey.get(key) ?? { text: text.trim(), origin: 'swot' as const, competitors: [] }
      if (!item.competitors!.includes(c.title)) item.competitors!.push(c.title)
      byKey.set(key, item)
    }
  }
  return [...byKey.values()]
}

/**
 * Our SWOT against the field. S: dimensions where we lead every scored competitor by the threshold.
 * W: dimensions where some competitor leads us by the threshold. O: market opportunities and the
 * competitors' weaknesses; T: market threats and their strengths — merged across competitors, each
 * with the competitors it came from.
 */
export function fieldSwot(competitors: readonly Competitor[], threshold = DEFAULT_SWOT_THRESHOLD): FieldSwot {
  const us = ourScores(competitors)
  const s: SwotItem[] = []
  const w: SwotItem[] = []
  const unscored: Dimension[] = []
  const them = competitors.map((c) => ({ c, scores: theirScores(c) }))
  for (const d of BENCHMARK_DIMENSIONS) {
    const u = us[d].score
    const scored = them.filter((x) => x.scores[d].score !== null)
    if (u === null || scored.length === 0) {
      unscored.push(d)
      continue
    }
    const best = Math.max(...scored.map((x) => x.scores[d].score as number))
    const leaders = scored.filter((x) => (x.scores[d].score as number) - u >= threshold)
    if (u - best >= threshold) {
      s.push({
        text: `${d}：我方 ${u} 分，对手最高 ${best} 分`,
        origin: 'benchmark',
        competitors: scored.map((x) => x.c.title),
      })
    }
    if (leaders.length) {
      const who = leaders.map((x) => `${x.c.title} ${x.scores[d].score} 分`).join('、')
      w.push({
        text: `${d}：我方 ${u} 分，落后于 ${who}`,
        origin: 'benchmark',
        competitors: leaders.map((x) => x.c.title),
      })
    }
  }
  const prefixed = (list: SwotItem[], zh: string) =>
    list.map((i) => ({ ...i, text: `${zh}${i.text}`, origin: 'profile' as const }))
  return {
    s,
    w,
    o: [
      ...gather(competitors, (c) => c.swot.o),
      ...prefixed(
        gather(competitors, (c) => unionText(c.swot.w, c.weaknesses)),
        '对手弱点：',
      ),
    ],
    t: [
      ...gather(competitors, (c) => c.swot.t),
      ...prefixed(
        gather(competitors, (c) => unionText(c.swot.s, c.strengths)),
        '对手优势：',
      ),
    ],
    unscored,
  }
}
