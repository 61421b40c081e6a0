/** Which of the nine patterns a concession sequence looks like, and what that tells the buyer. */
import { CONCESSION_PATTERNS, shapeWeights, type Bilingual, type ConcessionPatternName } from './patterns'

export interface Classification {
  pattern: ConcessionPatternName
  distance: number
  signal: Bilingual
  /** All nine, nearest first. */
  ranking: { pattern: ConcessionPatternName; distance: number }[]
}

/*
 * A take-back is a tiny step in money but a big event for the buyer; on normalised shapes it would
 * barely move the Euclidean distance, so a mismatch in "has a negative step" costs this much extra.
 */
const TAKE_BACK_MISMATCH = 0.5

/** Below this share of the planned total, the buyer has in effect seen no concession at all. */
const NEGLIGIBLE_SHARE = 0.1

/**
 * Distance is Euclidean between the sequence and each pattern's exact shape at the same number of
 * rounds, both as fractions of what was given (the sequence's own sum), so a negotiation that closed
 * before the budget was spent is judged by its shape. With `total` (the planned budget), giving under
 * a tenth of it reads as 强硬态度型 whatever the shape. A single round is read as that round followed
 * by nothing.
 */
export function classifySequence(steps: readonly number[], options: { total?: number } = {}): Classification {
  const seq = steps.length === 1 ? [steps[0], 0] : steps.length === 0 ? [0, 0] : [...steps]
  const sum = seq.reduce((a, b) => a + b, 0)
  const abs = seq.reduce((a, b) => a + Math.abs(b), 0)
  const scale = sum > 0 ? sum : abs
  const negligible =
    options.total !== undefined && options.total > 0 && sum < NEGLIGIBLE_SHARE * options.total
  const u = scale > 0 && !negligible ? seq.map((x) => x / scale) : seq.map(() => 0)
  const userTakesBack = seq.some((x) => x < 0)
  const ranking = CONCESSION_PATTERNS.map((p) => {
    const w = shapeWeights(p.name, u.length)
    let d2 = 0
    for (let i = 0; i < u.length; i++) d2 += (u[i] - w[i]) ** 2
    const patternTakesBack = w.some((x) => x < 0)
    const distance = Math.sqrt(d2) + (userTakesBack !== patternTakesBack ? TAKE_BACK_MISMATCH : 0)
    return { pattern: p.name, distance }
  }).sort((a, b) => a.distance - b.distance)
  const best = CONCESSION_PATTERNS.find((p) => p.name === ranking[0].pattern)!
  return { pattern: best.name, distance: ranking[0].distance, signal: best.signal, ranking }
}
